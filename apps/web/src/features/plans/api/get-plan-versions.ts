import { apiRoutes } from '@cchc/contracts';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:id/versions — every issued version, numbered from 1. */
export const usePlanVersions = (planId: string) =>
  useQuery({
    queryKey: queryKeys.plans.versions(planId),
    queryFn: ({ signal }) =>
      callApi(apiRoutes.planLifecycle.versions, { params: { id: planId } }, { signal }),
  });

/** GET /api/plans/:id/versions/:n — a version exactly as it was issued (never changes). */
export const usePlanVersion = (planId: string, n: number | null) =>
  useQuery({
    queryKey: queryKeys.plans.version(planId, n ?? 0),
    queryFn: ({ signal }) =>
      callApi(apiRoutes.planLifecycle.version, { params: { id: planId, n: n ?? 0 } }, { signal }),
    enabled: n !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** GET /api/plans/:id/diff?from=N&to=M|current — what changed from one version to another. */
export const usePlanDiff = (planId: string, from: number | null, to: number | 'current') =>
  useQuery({
    queryKey: queryKeys.plans.diff(planId, from ?? 0, to),
    queryFn: ({ signal }) =>
      callApi(
        apiRoutes.planLifecycle.diff,
        { params: { id: planId }, query: { from: from ?? 0, to } },
        { signal },
      ),
    enabled: from !== null,
    // The working copy changes with every save: read it again when the tab opens.
    staleTime: to === 'current' ? 0 : Number.POSITIVE_INFINITY,
  });
