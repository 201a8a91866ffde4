import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * GET /api/plans/:id/children — the plans derived directly from this one, with status and
 * compliance: the children screen lists them, the cascade screen marks the units that hold one.
 */
export const listChildPlans = (planId: string, signal?: AbortSignal) =>
  callApi(apiRoutes.plans.children, { params: { id: planId } }, { signal });

export const childPlansQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: queryKeys.plans.children(planId),
    queryFn: ({ signal }) => listChildPlans(planId, signal),
  });

export const useChildPlans = (planId: string) => useQuery(childPlansQueryOptions(planId));
