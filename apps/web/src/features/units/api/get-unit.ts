import type { UnitDetailResponse } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/units/:code — one unit with its ancestors, province first. */
export const getUnit = (code: string, signal?: AbortSignal) =>
  apiRequest<UnitDetailResponse>(`/units/${encodeURIComponent(code)}`, { signal });

export const getUnitQueryOptions = (code: string) =>
  queryOptions({
    queryKey: queryKeys.units.detail(code),
    queryFn: ({ signal }) => getUnit(code, signal),
    staleTime: 10 * 60_000,
  });

export const useUnit = (code: string | null) =>
  useQuery({ ...getUnitQueryOptions(code ?? ''), enabled: Boolean(code) });
