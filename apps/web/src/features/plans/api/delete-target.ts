import { apiRoutes } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { usePlanWrite } from './plan-write';
import { refreshAfterTargetChange } from './plan-cache';

/** DELETE /api/plans/:id/targets/:code — only a target of the plan's own. */
export const deleteTarget = (planId: string, code: string, ifMatch?: number) =>
  callApi(apiRoutes.plans.deleteTarget, { params: { id: planId, code } }, { ifMatch });

export const useDeleteTarget = (planId: string, code: string) =>
  usePlanWrite(planId, (_: undefined, ifMatch) => deleteTarget(planId, code, ifMatch), {
    onSuccess: (queryClient) => refreshAfterTargetChange(queryClient, planId),
  });
