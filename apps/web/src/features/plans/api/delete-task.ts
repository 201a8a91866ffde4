import { apiRoutes } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /api/plans/:id/tasks/:taskId */
export const deleteTask = (planId: string, taskId: string, ifMatch?: number) =>
  callApi(apiRoutes.plans.deleteTask, { params: { id: planId, taskId } }, { ifMatch });

export function useDeleteTask(planId: string, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => writeToPlan(queryClient, planId, (ifMatch) => deleteTask(planId, taskId, ifMatch)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
  });
}
