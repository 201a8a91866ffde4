import { apiRoutes } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/notifications/:id/read — read by this user (others of the unit keep theirs). */
export const markRead = (id: string) => callApi(apiRoutes.notifications.read, { params: { id } });

/** POST /api/notifications/read-all */
export const markAllRead = () => callApi(apiRoutes.notifications.readAll, {});

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications.list() }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications.list() }),
  });
}
