import { apiRoutes } from '@cchc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { afterReportChange } from './save-report';

/** POST /api/plans/:childPlanId/reports/:period/reopen — the unit above reopens a unit's report, for a reason. */
export const reopenReport = (planId: string, period: string, reason: string) =>
  callApi(apiRoutes.reports.reopenReport, { params: { id: planId, period }, body: { reason } });

export const useReopenReport = (period: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, reason }: { planId: string; reason: string }) =>
      reopenReport(planId, period, reason),
    onSuccess: (report) => afterReportChange(queryClient, report),
  });
};
