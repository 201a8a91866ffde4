import { apiRoutes, type UpdateTargetRequest } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { usePlanWrite } from './plan-write';
import { patchCachedPlan, refreshAfterTargetChange, rereadUnlessStale } from './plan-cache';

/** PATCH /api/plans/:id/targets/:code — an inherited target may not become weaker than its floor. */
export const updateTarget = (planId: string, code: string, request: UpdateTargetRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.updateTarget, { params: { id: planId, code }, body: request }, { ifMatch });

export const useUpdateTarget = (planId: string, code: string) =>
  usePlanWrite(
    planId,
    (request: UpdateTargetRequest, ifMatch) => updateTarget(planId, code, request, ifMatch),
    {
      onSuccess: (queryClient, target) => {
        patchCachedPlan(queryClient, planId, { target });
        // This plan, the floors of every plan below it, and the compliance views above and below.
        return refreshAfterTargetChange(queryClient, null);
      },
      onError: (queryClient, error) => rereadUnlessStale(queryClient, planId, error),
    },
  );
