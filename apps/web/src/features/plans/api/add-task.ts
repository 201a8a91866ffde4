import { apiRoutes, type CreateTaskRequest } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { usePlanWrite } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans/:id/tasks */
export const addTask = (planId: string, request: CreateTaskRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.addTask, { params: { id: planId }, body: request }, { ifMatch });

export const useAddTask = (planId: string) =>
  usePlanWrite(planId, (request: CreateTaskRequest, ifMatch) => addTask(planId, request, ifMatch), {
    onSuccess: (queryClient) => queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
  });
