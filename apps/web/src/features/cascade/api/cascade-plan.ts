import type { CascadePlanRequest, CascadePlanResponse } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans/:id/cascade — derive (or bring up to date) the plans of all or some child units. */
export const cascadePlan = (planId: string, request: CascadePlanRequest) =>
  apiRequest<CascadePlanResponse>(`/plans/${planId}/cascade`, { method: 'POST', body: request });

export function useCascadePlan(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CascadePlanRequest) => cascadePlan(planId, request),
    // New and raised plans below: their details, every children list, compliance, and units' plan lists.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans.all() }),
  });
}
