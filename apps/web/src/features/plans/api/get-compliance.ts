import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:id/compliance — every target below this plan, at any depth, weaker than its floor or missing. */
export const getCompliance = (planId: string, signal?: AbortSignal) =>
  callApi(apiRoutes.plans.compliance, { params: { id: planId } }, { signal });

export const complianceQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: queryKeys.plans.compliance(planId),
    queryFn: ({ signal }) => getCompliance(planId, signal),
  });

export const useCompliance = (planId: string) => useQuery(complianceQueryOptions(planId));
