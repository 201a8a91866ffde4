import { apiRoutes, type CreateTaskRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans/:id/tasks */
export const addTask = (planId: string, request: CreateTaskRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.addTask, { params: { id: planId }, body: request }, { ifMatch });

export function useAddTask(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTaskRequest) =>
      writeToPlan(queryClient, planId, (ifMatch) => addTask(planId, request, ifMatch)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
  });
}
