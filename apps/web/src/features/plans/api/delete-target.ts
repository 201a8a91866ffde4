import { apiRoutes } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { refreshAfterTargetChange } from './plan-cache';

/** DELETE /api/plans/:id/targets/:code — only a target of the plan's own. */
export const deleteTarget = (planId: string, code: string, ifMatch?: number) =>
  callApi(apiRoutes.plans.deleteTarget, { params: { id: planId, code } }, { ifMatch });

export function useDeleteTarget(planId: string, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => writeToPlan(queryClient, planId, (ifMatch) => deleteTarget(planId, code, ifMatch)),
    onSuccess: () => refreshAfterTargetChange(queryClient, planId),
  });
}
