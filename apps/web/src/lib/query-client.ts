import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

/** Retries a read once when the server could not be reached or failed (5xx),
 * never when it refused the request (4xx): that answer will not change. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
