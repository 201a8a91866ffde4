import { apiRoutes, type CreateTargetRequest } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { usePlanWrite } from './plan-write';
import { refreshAfterTargetChange } from './plan-cache';

/** POST /api/plans/:id/targets — a target of the plan's own. */
export const addTarget = (planId: string, request: CreateTargetRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.addTarget, { params: { id: planId }, body: request }, { ifMatch });

export const useAddTarget = (planId: string) =>
  usePlanWrite(planId, (request: CreateTargetRequest, ifMatch) => addTarget(planId, request, ifMatch), {
    // A new target may be missing from the plans already derived from this one.
    onSuccess: (queryClient) => refreshAfterTargetChange(queryClient, planId),
  });
