import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans?unit=CODE — a unit's plans, newest year first. */
export const listUnitPlans = (unit: string, signal?: AbortSignal) =>
  callApi(apiRoutes.plans.list, { query: { unit } }, { signal });

export const unitPlansQueryOptions = (unit: string) =>
  queryOptions({
    queryKey: queryKeys.plans.list({ unit }),
    queryFn: ({ signal }) => listUnitPlans(unit, signal),
  });

export const useUnitPlans = (unit: string | null) =>
  useQuery({ ...unitPlansQueryOptions(unit ?? ''), enabled: Boolean(unit) });
