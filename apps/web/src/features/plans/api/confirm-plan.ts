import { apiRoutes, type ConfirmPlanRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi, isStaleVersion } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans/:id/confirm — accept a derived plan, raising some targets if wished. */
export const confirmPlan = (planId: string, request: ConfirmPlanRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.confirm, { params: { id: planId }, body: request }, { ifMatch });

export function useConfirmPlan(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ConfirmPlanRequest) =>
      writeToPlan(queryClient, planId, (ifMatch) => confirmPlan(planId, request, ifMatch)),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.plans.detail(planId), plan);
      // The parent's children list and every compliance view; raised values move the floors below.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.details() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.children() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.compliance() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() }),
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
