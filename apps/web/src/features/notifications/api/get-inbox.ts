import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/inbox — what the unit must do now, most urgent first. */
export const getInbox = (signal?: AbortSignal) => callApi(apiRoutes.notifications.inbox, {}, { signal });

export const inboxQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.notifications.inbox(),
    queryFn: ({ signal }) => getInbox(signal),
    // Every plan write may change it: read it again each time the screen opens.
    staleTime: 0,
  });

export const useInbox = () => useQuery(inboxQueryOptions());
