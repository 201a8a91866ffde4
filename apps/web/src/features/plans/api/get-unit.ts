import type { UnitDetailResponse } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/units/:code — the unit a new plan is for. */
export const getUnit = (code: string, signal?: AbortSignal) =>
  apiRequest<UnitDetailResponse>(`/units/${encodeURIComponent(code)}`, { signal });

export const getUnitQueryOptions = (code: string) =>
  queryOptions({ queryKey: queryKeys.units.detail(code), queryFn: ({ signal }) => getUnit(code, signal) });

export const useUnit = (code: string | null) =>
  useQuery({ ...getUnitQueryOptions(code ?? ''), enabled: Boolean(code) });
