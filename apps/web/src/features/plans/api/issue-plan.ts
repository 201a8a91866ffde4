import { type IssuePlanRequest, apiRoutes } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { rereadUnlessStale } from './plan-cache';
import { usePlanWrite } from './plan-write';

/** POST /api/plans/:id/issue — issue the plan (ban hành) under a number, a date and a signature. */
export const issuePlan = (planId: string, request: IssuePlanRequest, ifMatch?: number) =>
  callApi(apiRoutes.planLifecycle.issue, { params: { id: planId }, body: request }, { ifMatch });

export const useIssuePlan = (planId: string) =>
  usePlanWrite(planId, (request: IssuePlanRequest, ifMatch) => issuePlan(planId, request, ifMatch), {
    onSuccess: (queryClient, plan) => {
      queryClient.setQueryData(queryKeys.plans.detail(planId), plan);
      // A new version to list; the parent's children list shows the status.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.versions(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.children() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.plans.history(planId) }),
      ]);
    },
    onError: (queryClient, error) => rereadUnlessStale(queryClient, planId, error),
  });
