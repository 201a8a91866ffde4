import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:id/history — every change to the plan, oldest first. */
export const getPlanHistory = (planId: string, signal?: AbortSignal) =>
  callApi(apiRoutes.audit.history, { params: { id: planId } }, { signal });

export const planHistoryQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: queryKeys.plans.history(planId),
    queryFn: ({ signal }) => getPlanHistory(planId, signal),
    // Any write adds to it: read it again each time the tab opens.
    staleTime: 0,
  });

export const usePlanHistory = (planId: string) => useQuery(planHistoryQueryOptions(planId));
