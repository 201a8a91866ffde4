import { apiRoutes } from '@cchc/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, routeUrl } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:id/rollup?period=KEY[&unit=CODE] — the period's reports over the plan's subtree. */
export const getRollup = (planId: string, period: string, unit: string | undefined, signal?: AbortSignal) =>
  callApi(apiRoutes.reports.rollup, { params: { id: planId }, query: { period, unit } }, { signal });

export const rollupQueryOptions = (planId: string, period: string, unit?: string) =>
  queryOptions({
    queryKey: queryKeys.reports.rollup(planId, period, unit ?? null),
    queryFn: ({ signal }) => getRollup(planId, period, unit, signal),
  });

export const useRollup = (planId: string, period: string | null, unit?: string) =>
  useQuery({
    ...rollupQueryOptions(planId, period ?? '', unit),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });

/** The same roll-up as an Excel workbook: a download link's address (the session cookie goes along). */
export const rollupXlsxUrl = (planId: string, period: string, unit?: string) =>
  routeUrl(apiRoutes.reports.rollupXlsx, { params: { id: planId }, query: { period, unit } });
