import type { PlanResponse, UpdatePlanRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/plans/:id — the header: title, document number, legal basis, objectives. */
export const updatePlan = (id: string, request: UpdatePlanRequest) =>
  apiRequest<PlanResponse>(`/plans/${id}`, { method: 'PATCH', body: request });

export function useUpdatePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePlanRequest) => updatePlan(id, request),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.plans.detail(id), plan);
      return queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() });
    },
  });
}
