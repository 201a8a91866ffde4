import type { UnitResponse } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, queryString } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/units?parent=CODE — the units a plan can be cascaded to. */
export const listChildUnits = (code: string, signal?: AbortSignal) =>
  apiRequest<UnitResponse[]>(`/units${queryString({ parent: code, limit: 1000 })}`, { signal });

export const childUnitsQueryOptions = (code: string) =>
  queryOptions({
    queryKey: queryKeys.units.children(code),
    queryFn: ({ signal }) => listChildUnits(code, signal),
    staleTime: 10 * 60_000,
  });

export const useChildUnits = (code: string | undefined) =>
  useQuery({ ...childUnitsQueryOptions(code ?? ''), enabled: Boolean(code) });
