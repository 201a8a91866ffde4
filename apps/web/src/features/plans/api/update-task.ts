import { apiRoutes, type UpdateTaskRequest } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { usePlanWrite } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';
import { patchCachedPlan } from './plan-cache';

/** PATCH /api/plans/:id/tasks/:taskId */
export const updateTask = (planId: string, taskId: string, request: UpdateTaskRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.updateTask, { params: { id: planId, taskId }, body: request }, { ifMatch });

export const useUpdateTask = (planId: string, taskId: string) =>
  usePlanWrite(
    planId,
    (request: UpdateTaskRequest, ifMatch) => updateTask(planId, taskId, request, ifMatch),
    {
      onSuccess: (queryClient, task) => {
        patchCachedPlan(queryClient, planId, { task });
        return queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) });
      },
    },
  );
