import { apiRoutes, type UpdateTaskRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';
import { patchCachedPlan } from './plan-cache';

/** PATCH /api/plans/:id/tasks/:taskId */
export const updateTask = (planId: string, taskId: string, request: UpdateTaskRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.updateTask, { params: { id: planId, taskId }, body: request }, { ifMatch });

export function useUpdateTask(planId: string, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateTaskRequest) =>
      writeToPlan(queryClient, planId, (ifMatch) => updateTask(planId, taskId, request, ifMatch)),
    onSuccess: (task) => {
      patchCachedPlan(queryClient, planId, { task });
      return queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) });
    },
  });
}
