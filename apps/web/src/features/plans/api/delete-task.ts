import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /api/plans/:id/tasks/:taskId */
export const deleteTask = (planId: string, taskId: string, ifMatch?: number) =>
  apiRequest<void>(`/plans/${planId}/tasks/${taskId}`, { method: 'DELETE', ifMatch });

export function useDeleteTask(planId: string, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => writeToPlan(queryClient, planId, (ifMatch) => deleteTask(planId, taskId, ifMatch)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
  });
}
