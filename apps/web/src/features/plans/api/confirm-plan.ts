import { apiRoutes, type ConfirmPlanRequest } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { usePlanWrite } from './plan-write';
import { refreshAfterTargetChange, rereadUnlessStale } from './plan-cache';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans/:id/confirm — accept a derived plan, raising some targets if wished. */
export const confirmPlan = (planId: string, request: ConfirmPlanRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.confirm, { params: { id: planId }, body: request }, { ifMatch });

export const useConfirmPlan = (planId: string) =>
  usePlanWrite(planId, (request: ConfirmPlanRequest, ifMatch) => confirmPlan(planId, request, ifMatch), {
    onSuccess: (queryClient, plan) => {
      queryClient.setQueryData(queryKeys.plans.detail(planId), plan);
      // The parent's children list and every compliance view; raised values move the floors below.
      return Promise.all([
        refreshAfterTargetChange(queryClient, null),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() }),
      ]);
    },
    onError: (queryClient, error) => rereadUnlessStale(queryClient, planId, error),
  });
