import { apiRoutes, type UpdateTargetRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, isStaleVersion } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';
import { patchCachedPlan } from './plan-cache';

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
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.details() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.children() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.compliance() }),
      ]);
    },
    // A refusal may mean the floors moved since the plan was read: read it again. Not when someone
    // else changed the plan: the screen says so and lets its user reload when ready.
    onError: (error) =>
      isStaleVersion(error)
        ? undefined
        : queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) }),
  });
}
