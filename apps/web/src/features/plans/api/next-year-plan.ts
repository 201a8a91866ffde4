import { apiRoutes } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans/:id/next-year — the unit's plan for the following year, started from this one. */
export const nextYearPlan = (id: string) => callApi(apiRoutes.planLifecycle.nextYear, { params: { id } });

export function useNextYearPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The source plan is only read: no If-Match, no new version of it.
    mutationFn: () => nextYearPlan(id),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.plans.detail(plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() });
    },
  });
}
