import type { TaskResponse, UpdateTaskRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';
import { patchCachedPlan } from './plan-cache';

/** PATCH /api/plans/:id/tasks/:taskId */
export const updateTask = (planId: string, taskId: string, request: UpdateTaskRequest, ifMatch?: number) =>
  apiRequest<TaskResponse>(`/plans/${planId}/tasks/${taskId}`, { method: 'PATCH', body: request, ifMatch });

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
