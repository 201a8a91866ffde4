import { apiRoutes } from '@cchc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** How many notifications one page holds. */
export const NOTIFICATIONS_PAGE = 20;

/** GET /api/notifications — the unit's notifications, newest first, with the reader's read marks. */
export const listNotifications = (before: string | undefined, signal?: AbortSignal) =>
  callApi(
    apiRoutes.notifications.list,
    { query: { limit: NOTIFICATIONS_PAGE, ...(before && { before }) } },
    { signal },
  );

export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: queryKeys.notifications.list(),
    queryFn: ({ pageParam, signal }) => listNotifications(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    // Others write what a unit is told: look again now and then while the app is open.
    refetchInterval: 60_000,
    staleTime: 0,
  });

export const useNotifications = () => useInfiniteQuery(notificationsQueryOptions());
