import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /api/plans/:id/tasks/:taskId */
export const deleteTask = (planId: string, taskId: string) =>
  apiRequest<void>(`/plans/${planId}/tasks/${taskId}`, { method: 'DELETE' });

export function useDeleteTask(planId: string, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteTask(planId, taskId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
  });
}
