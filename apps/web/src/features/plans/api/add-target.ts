import { apiRoutes, type CreateTargetRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { refreshAfterTargetChange } from './plan-cache';

/** POST /api/plans/:id/targets — a target of the plan's own. */
export const addTarget = (planId: string, request: CreateTargetRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.addTarget, { params: { id: planId }, body: request }, { ifMatch });

export function useAddTarget(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTargetRequest) =>
      writeToPlan(queryClient, planId, (ifMatch) => addTarget(planId, request, ifMatch)),
    // A new target may be missing from the plans already derived from this one.
    onSuccess: () => refreshAfterTargetChange(queryClient, planId),
  });
}
