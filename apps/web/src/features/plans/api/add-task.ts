import type { CreateTaskRequest, TaskResponse } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans/:id/tasks */
export const addTask = (planId: string, request: CreateTaskRequest, ifMatch?: number) =>
  apiRequest<TaskResponse>(`/plans/${planId}/tasks`, { method: 'POST', body: request, ifMatch });

export function useAddTask(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTaskRequest) =>
      writeToPlan(queryClient, planId, (ifMatch) => addTask(planId, request, ifMatch)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
  });
}
