import { apiRoutes, type ListUnitsQuery } from '@cchc/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/units: the provinces; with `parent`, that unit's children; with `q`, a name search. */
export const listUnits = (params: Partial<ListUnitsQuery>, signal?: AbortSignal) =>
  callApi(apiRoutes.units.list, { query: params }, { signal });

export const provincesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.units.provinces(),
    queryFn: ({ signal }) => listUnits({ limit: 1000 }, signal),
    staleTime: 10 * 60_000,
  });

export const childUnitsQueryOptions = (code: string) =>
  queryOptions({
    queryKey: queryKeys.units.children(code),
    queryFn: ({ signal }) => listUnits({ parent: code, limit: 1000 }, signal),
    staleTime: 10 * 60_000,
  });

export const searchUnitsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: queryKeys.units.search(q),
    queryFn: ({ signal }) => listUnits({ q, limit: 50 }, signal),
    staleTime: 60_000,
  });

export const useProvinces = () => useQuery(provincesQueryOptions());

export const useChildUnits = (code: string, enabled: boolean) =>
  useQuery({ ...childUnitsQueryOptions(code), enabled });

export const useUnitSearch = (q: string) =>
  useQuery({ ...searchUnitsQueryOptions(q), enabled: q.length > 0, placeholderData: keepPreviousData });
