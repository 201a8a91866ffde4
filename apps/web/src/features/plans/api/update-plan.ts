import { apiRoutes, type UpdatePlanRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { writeToPlan } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/plans/:id — the header: title, document number, legal basis, objectives. */
export const updatePlan = (id: string, request: UpdatePlanRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.update, { params: { id }, body: request }, { ifMatch });

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
