import { apiRoutes, type UpdatePlanRequest } from '@cchc/contracts';
import { callApi } from '../../../lib/api-client';
import { usePlanWrite } from './plan-write';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /api/plans/:id — the header: title, document number, legal basis, objectives. */
export const updatePlan = (id: string, request: UpdatePlanRequest, ifMatch?: number) =>
  callApi(apiRoutes.plans.update, { params: { id }, body: request }, { ifMatch });

export const useUpdatePlan = (id: string) =>
  usePlanWrite(id, (request: UpdatePlanRequest, ifMatch) => updatePlan(id, request, ifMatch), {
    onSuccess: (queryClient, plan) => {
      queryClient.setQueryData(queryKeys.plans.detail(id), plan);
      return queryClient.invalidateQueries({ queryKey: queryKeys.plans.lists() });
    },
  });
