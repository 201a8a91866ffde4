import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/units/:code — one unit with its ancestors, province first, and its full name ("Phường 1"). */
export const getUnit = (code: string, signal?: AbortSignal) =>
  callApi(apiRoutes.units.get, { params: { code } }, { signal });

export const getUnitQueryOptions = (code: string) =>
  queryOptions({
    queryKey: queryKeys.units.detail(code),
    queryFn: ({ signal }) => getUnit(code, signal),
    staleTime: 10 * 60_000,
  });

export const useUnit = (code: string | null | undefined) =>
  useQuery({ ...getUnitQueryOptions(code ?? ''), enabled: Boolean(code) });

/** The full names of several units by code (each read once, kept ten minutes): the users list. */
export function useUnitNames(codes: readonly string[]): ReadonlyMap<string, string> {
  return useQueries({
    queries: codes.map(getUnitQueryOptions),
    combine: (results) => {
      const names = new Map<string, string>();
      for (const r of results) if (r.data) names.set(r.data.code, r.data.fullName);
      return names;
    },
  });
}
