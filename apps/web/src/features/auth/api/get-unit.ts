import type { UnitDetailResponse } from '@cchc/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/units/:code — the signed-in user's unit, for its full name ("Thị xã Ngã Năm"). */
export const getUnit = (code: string, signal?: AbortSignal) =>
  apiRequest<UnitDetailResponse>(`/units/${encodeURIComponent(code)}`, { signal });

export const useOwnUnit = (code: string | null) =>
  useQuery({
    queryKey: queryKeys.units.detail(code ?? ''),
    queryFn: ({ signal }) => getUnit(code ?? '', signal),
    enabled: Boolean(code),
    staleTime: 10 * 60_000,
  });
