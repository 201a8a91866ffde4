import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';
import { queryKeys } from './query-keys';
import { markSessionEnded } from './session';

/** Marks the sign-in request, whose 401 means a wrong password, not an ended session. */
export const SIGN_IN_META = { signIn: true } as const;

/** Marks a read started before the session is known (routes.tsx, preloadScreen): its 401 only
 * means nobody is signed in yet, which the session's own read tells the screens. */
export const PREFETCH_META = { prefetch: true } as const;

/**
 * Any call refused with 401 ends the session on screen: the signed-in frame
 * sends its user to sign in, then back. A 403 may mean the user's rights
 * changed meanwhile: read who they are again, so the screens follow.
 */
function onRefusal(client: QueryClient, error: unknown, meta: Record<string, unknown> | undefined) {
  if (!isApiError(error) || meta?.signIn === true || meta?.prefetch === true) return;
  if (error.status === 401) markSessionEnded(client);
  else if (error.status === 403) void client.invalidateQueries({ queryKey: queryKeys.auth.session() });
}

/** Retries a read once when the server could not be reached or failed (5xx),
 * never when it refused the request (4xx): that answer will not change. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onRefusal(client, error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => onRefusal(client, error, mutation.meta),
    }),
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
  return client;
}
