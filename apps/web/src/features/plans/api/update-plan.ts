import type { PlanResponse, UpdatePlanRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/plans/:id — the header: title, document number, legal basis, objectives. */
export const updatePlan = (id: string, request: UpdatePlanRequest, ifMatch?: number) =>
  apiRequest<PlanResponse>(`/plans/${id}`, { method: 'PATCH', body: request, ifMatch });

export function useUpdatePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePlanRequest) =>
      writeToPlan(queryClient, id, (ifMatch) => updatePlan(id, request, ifMatch)),
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.plans.detail(id), plan);
      return queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() });
    },
  });
}
