import { apiRoutes, type CascadePlanRequest } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { usePlanWrite } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans/:id/cascade — derive (or bring up to date) the plans of all or some child units. */
export const cascadePlan = (planId: string, request: CascadePlanRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.cascade, { params: { id: planId }, body: request }, { ifMatch });

export const useCascadePlan = (planId: string) =>
  usePlanWrite(planId, (request: CascadePlanRequest, ifMatch) => cascadePlan(planId, request, ifMatch), {
    // Sent with the version shown, so that what is cascaded is what the screen showed; the plan
    // itself does not change (the plans below do).
    newVersion: false,
    // New and raised plans below: their details, every children list, compliance, and units' plan lists.
    onSuccess: (queryClient) => queryClient.invalidateQueries({ queryKey: queryKeys.plans.all() }),
  });
