import { type TargetImpactQuery, apiRoutes } from '@cchc/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * GET /api/plans/:id/targets/:code/impact — how many plans below a proposed value and
 * level floors (absent: as saved; '' for a level floor: none of its own) would leave
 * under the floor, and how many are under it now. Nothing is written.
 */
export const getTargetImpact = (
  planId: string,
  code: string,
  proposed: TargetImpactQuery,
  signal?: AbortSignal,
) => callApi(apiRoutes.plans.targetImpact, { params: { id: planId, code }, query: proposed }, { signal });

export const useTargetImpact = (
  planId: string,
  code: string,
  proposed: Record<string, string>,
  enabled: boolean,
) =>
  useQuery({
    queryKey: queryKeys.plans.impact(planId, code, proposed),
    queryFn: ({ signal }) => getTargetImpact(planId, code, proposed, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
