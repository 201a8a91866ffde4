import type { UnitDetailResponse, UnitResponse } from '@cchc/contracts';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { apiRequest, queryString } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/units?q= — units by name, with or without diacritics: the unit of a new account. */
export const searchUnits = (q: string, signal?: AbortSignal) =>
  apiRequest<UnitResponse[]>(`/units${queryString({ q, limit: 50 })}`, { signal });

export const useUnitSearch = (q: string) =>
  useQuery({
    queryKey: queryKeys.units.search(q),
    queryFn: ({ signal }) => searchUnits(q, signal),
    enabled: q.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

/** GET /api/units/:code — a unit's full name ("Phường 1", not "1"). */
export const getUnit = (code: string, signal?: AbortSignal) =>
  apiRequest<UnitDetailResponse>(`/units/${encodeURIComponent(code)}`, { signal });

/** The full names of the units of the accounts listed, by code (read once, kept ten minutes). */
export function useUnitNames(codes: readonly string[]): ReadonlyMap<string, string> {
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: queryKeys.units.detail(code),
      queryFn: ({ signal }: { signal: AbortSignal }) => getUnit(code, signal),
      staleTime: 10 * 60_000,
    })),
    combine: (results) => {
      const names = new Map<string, string>();
      for (const r of results) if (r.data) names.set(r.data.code, r.data.fullName);
      return names;
    },
  });
}
