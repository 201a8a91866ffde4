import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:id — the plan every plan screen (editor, cascade, children, confirm) reads, one cache entry. */
export const getPlan = (id: string, signal?: AbortSignal) =>
  callApi(apiRoutes.plans.get, { params: { id } }, { signal });

export const getPlanQueryOptions = (id: string) =>
  queryOptions({ queryKey: queryKeys.plans.detail(id), queryFn: ({ signal }) => getPlan(id, signal) });

export function usePlan(id: string | null | undefined) {
  return useQuery({ ...getPlanQueryOptions(id ?? ''), enabled: Boolean(id) });
}
