import type { PlanHistoryEntry } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:id/history — every change to the plan, oldest first. */
export const getPlanHistory = (planId: string, signal?: AbortSignal) =>
  apiRequest<PlanHistoryEntry[]>(`/plans/${encodeURIComponent(planId)}/history`, { signal });

export const planHistoryQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: queryKeys.plans.history(planId),
    queryFn: ({ signal }) => getPlanHistory(planId, signal),
    // Any write adds to it: read it again each time the tab opens.
    staleTime: 0,
  });

export const usePlanHistory = (planId: string) => useQuery(planHistoryQueryOptions(planId));
