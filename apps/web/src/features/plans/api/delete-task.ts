import { apiRoutes } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { usePlanWrite } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /api/plans/:id/tasks/:taskId */
export const deleteTask = (planId: string, taskId: string, ifMatch?: number) =>
  callApi(apiRoutes.plans.deleteTask, { params: { id: planId, taskId } }, { ifMatch });

export const useDeleteTask = (planId: string, taskId: string) =>
  usePlanWrite(planId, (_: undefined, ifMatch) => deleteTask(planId, taskId, ifMatch), {
    onSuccess: (queryClient) => queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
  });
