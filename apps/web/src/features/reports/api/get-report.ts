import { apiRoutes } from '@cchc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/plans/:id/reports/:period — the unit's report for a period, every target and task of its plan. */
export const getReport = (planId: string, period: string, signal?: AbortSignal) =>
  callApi(apiRoutes.reports.report, { params: { id: planId, period } }, { signal });

export const reportQueryOptions = (planId: string, period: string) =>
  queryOptions({
    queryKey: queryKeys.reports.report(planId, period),
    queryFn: ({ signal }) => getReport(planId, period, signal),
  });

export const useReport = (planId: string, period: string | null) =>
  useQuery({ ...reportQueryOptions(planId, period ?? ''), enabled: period !== null });
