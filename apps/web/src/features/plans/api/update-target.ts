import { apiRoutes, type UpdateTargetRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { patchCachedPlan, refreshAfterTargetChange, rereadUnlessStale } from './plan-cache';

/** PATCH /api/plans/:id/targets/:code — an inherited target may not become weaker than its floor. */
export const updateTarget = (planId: string, code: string, request: UpdateTargetRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.updateTarget, { params: { id: planId, code }, body: request }, { ifMatch });

export function useUpdateTarget(planId: string, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateTargetRequest) =>
      writeToPlan(queryClient, planId, (ifMatch) => updateTarget(planId, code, request, ifMatch)),
    onSuccess: (target) => {
      patchCachedPlan(queryClient, planId, { target });
      // This plan, the floors of every plan below it, and the compliance views above and below.
      return refreshAfterTargetChange(queryClient, null);
    },
    onError: (error) => rereadUnlessStale(queryClient, planId, error),
  });
}
