import type { CreateTaskRequest, TaskResponse } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans/:id/tasks */
export const addTask = (planId: string, request: CreateTaskRequest) =>
  apiRequest<TaskResponse>(`/plans/${planId}/tasks`, { method: 'POST', body: request });

export function useAddTask(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTaskRequest) => addTask(planId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
  });
}
