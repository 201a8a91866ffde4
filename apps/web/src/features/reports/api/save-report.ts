import { type ReportResponse, type SaveReportRequest, apiRoutes } from '@cchc/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PUT /api/plans/:id/reports/:period — save the report as a draft. */
export const saveReport = (planId: string, period: string, body: SaveReportRequest) =>
  callApi(apiRoutes.reports.saveReport, { params: { id: planId, period }, body });

/** POST /api/plans/:id/reports/:period/submit — submit it to the level above. */
export const submitReport = (planId: string, period: string) =>
  callApi(apiRoutes.reports.submitReport, { params: { id: planId, period } });

/** A report changed: it, every roll-up that counts it, and the inboxes (report_due, reports_overdue). */
export function afterReportChange(queryClient: QueryClient, report: ReportResponse) {
  queryClient.setQueryData(queryKeys.reports.report(report.planId, report.period.key), report);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.reports.rollups() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.notifications.all() }),
  ]);
}

export const useSaveReport = (planId: string, period: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveReportRequest) => saveReport(planId, period, body),
    onSuccess: (report) => afterReportChange(queryClient, report),
  });
};

/** Saves what is typed, then submits: what is sent is what was on the screen. */
export const useSubmitReport = (planId: string, period: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SaveReportRequest) => {
      await saveReport(planId, period, body);
      return submitReport(planId, period);
    },
    onSuccess: (report) => afterReportChange(queryClient, report),
  });
};
