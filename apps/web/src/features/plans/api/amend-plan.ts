import { type AmendPlanRequest, apiRoutes } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { rereadUnlessStale } from './plan-cache';
import { usePlanWrite } from './plan-write';

/** POST /api/plans/:id/amendments — reopen an issued plan as the draft of its next version. */
export const amendPlan = (planId: string, request: AmendPlanRequest, ifMatch?: number) =>
  callApi(apiRoutes.planLifecycle.amend, { params: { id: planId }, body: request }, { ifMatch });

export const useAmendPlan = (planId: string) =>
  usePlanWrite(planId, (request: AmendPlanRequest, ifMatch) => amendPlan(planId, request, ifMatch), {
    onSuccess: (queryClient, plan) => {
      queryClient.setQueryData(queryKeys.plans.detail(planId), plan);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.children() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.history(planId) }),
      ]);
    },
    onError: (queryClient, error) => rereadUnlessStale(queryClient, planId, error),
  });
