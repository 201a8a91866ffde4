import type { PlanResponse } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';
import { queryKeys } from './query-keys';

/**
 * GET /api/plans/:id — the plan every plan screen (editor, cascade, children,
 * confirm, compliance) reads. Kept here, shared, so that the screens read one
 * cache entry; features still never import each other.
 */
export const getPlan = (id: string, signal?: AbortSignal) =>
  apiRequest<PlanResponse>(`/plans/${encodeURIComponent(id)}`, { signal });

export const getPlanQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.plans.detail(id), queryFn: ({ signal }) => getPlan(id, signal) });

export function usePlan(id: string | null | undefined) {
  return useQuery({ ...getPlanQueryOptions(id ?? ''), enabled: Boolean(id) });
}
