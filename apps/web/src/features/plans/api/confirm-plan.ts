import { apiRoutes, type ConfirmPlanRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { refreshAfterTargetChange, rereadUnlessStale } from './plan-cache';
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
        refreshAfterTargetChange(queryClient, null),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() }),
      ]);
    },
    onError: (error) => rereadUnlessStale(queryClient, planId, error),
  });
}
