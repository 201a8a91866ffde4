import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReportResponse } from '@cchc/contracts';
import { isReportLate } from '@cchc/domain';
import { Clock } from '../../../../common/clock.js';
import { PlanWriter } from '../../../plans/infrastructure/plan-writer.js';
import { openForFiling, reportSnapshot } from '../../infrastructure/report-guard.js';
import { findReport, reportResponse } from '../../infrastructure/report-rows.js';
import { SubmitReportCommand } from './submit-report.command.js';

/**
 * Submits the report as it stands (one never saved is submitted empty). After the
 * morning of its due day it is late; a report reopened after being late stays late.
 * From then on it is read-only unless the unit above reopens it. The unit above is
 * told (notification `report_submitted`, written from the history entry).
 */
@CommandHandler(SubmitReportCommand)
export class SubmitReportHandler implements ICommandHandler<SubmitReportCommand> {
  constructor(
    private readonly writer: PlanWriter,
    private readonly clock: Clock,
  ) {}

  execute({ planId, periodKey }: SubmitReportCommand): Promise<ReportResponse> {
    return this.writer.write(
      { planId, expectedVersion: null },
      async ({ manager: m, plan }) => {
        const now = this.clock.now();
        const { calendar, period, before } = await openForFiling(m, planId, periodKey, now);
        await m.query(
          `INSERT INTO progress_reports (plan_id, province_code, period_key, status, submitted_at, late, updated_at)
           VALUES ($1, $2, $3, 'submitted', $4, $5, $4)
           ON CONFLICT (plan_id, period_key) DO UPDATE
             SET status = 'submitted', submitted_at = $4, late = progress_reports.late OR $5, updated_at = $4`,
          [planId, plan.province_code, period.key, now, isReportLate(period, now)],
        );
        const after = await findReport(m, planId, period.key);
        return {
          result: await reportResponse(m, planId, calendar, period, now),
          changes: [
            {
              planId,
              action: 'report_submitted',
              before: reportSnapshot(period, before),
              after: reportSnapshot(period, after),
            },
          ],
        };
      },
      { event: 'report', bumpVersion: false },
    );
  }
}
