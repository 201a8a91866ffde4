import { apiRoutes, type CreatePlanRequest } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api/plans — a new draft plan of a unit for a year. */
export const createPlan = (request: CreatePlanRequest) => callApi(apiRoutes.plans.create, { body: request });

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.plans.detail(plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() });
    },
  });
}
