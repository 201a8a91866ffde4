import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReportResponse } from '@cchc/contracts';
import { mayReopenReport, mayWritePlan, periodWindow } from '@cchc/domain';
import { Clock } from '../../../../common/clock.js';
import { DomainError } from '../../../../common/domain-error.js';
import { queryRows } from '../../../../database/query-rows.js';
import { PlanWriter } from '../../../plans/infrastructure/plan-writer.js';
import { loadCalendar, periodOf } from '../../infrastructure/calendar.js';
import { reportSnapshot } from '../../infrastructure/report-guard.js';
import { findReport, reportResponse } from '../../infrastructure/report-rows.js';
import { ReopenReportCommand } from './reopen-report.command.js';

/**
 * Only an officer of the unit of the plan above (the plan this one derives from)
 * reopens a report: a submitted one, or one of a locked period (also when the unit
 * never filed: the draft is created). The reason, when and by whom are kept with the
 * report and in the history; the unit is told (notification `report_reopened`). The
 * report becomes a draft again, late if it was.
 */
@CommandHandler(ReopenReportCommand)
export class ReopenReportHandler implements ICommandHandler<ReopenReportCommand> {
  constructor(
    private readonly writer: PlanWriter,
    private readonly clock: Clock,
  ) {}

  execute({ planId, periodKey, reason, actor }: ReopenReportCommand): Promise<ReportResponse> {
    return this.writer.write(
      { planId, expectedVersion: null },
      async ({ manager: m, plan }) => {
        const [above] = plan.parent_plan_id
          ? await queryRows<{ unit_code: string }>(m, 'SELECT unit_code FROM plans WHERE id = $1', [
              plan.parent_plan_id,
            ])
          : [];
        if (!above || !mayWritePlan(actor, above.unit_code)) {
          throw new DomainError(
            'FORBIDDEN',
            above
              ? `Only officers of unit ${above.unit_code}, the unit above, reopen this plan's reports`
              : 'This plan derives from no plan above: nobody reopens its reports',
          );
        }
        const now = this.clock.now();
        const calendar = await loadCalendar(m, planId);
        const period = periodOf(calendar, periodKey);
        const before = await findReport(m, planId, period.key);
        const locked = periodWindow(period, calendar.lockDays, now) === 'locked';
        if (!mayReopenReport(before?.status === 'submitted', locked)) {
          throw new DomainError(
            'REPORT_NOT_SUBMITTED',
            `The report for ${period.label} is not submitted and its period is not locked: the unit can still file it`,
            { period: period.key },
          );
        }
        await m.query(
          `INSERT INTO progress_reports (plan_id, province_code, period_key, status, reopened_reason, reopened_at,
                                         reopened_by, updated_at)
           VALUES ($1, $2, $3, 'draft', $4, $5, $6, $5)
           ON CONFLICT (plan_id, period_key) DO UPDATE
             SET status = 'draft', reopened_reason = $4, reopened_at = $5, reopened_by = $6, updated_at = $5`,
          [planId, plan.province_code, period.key, reason, now, actor.username],
        );
        const after = await findReport(m, planId, period.key);
        return {
          result: await reportResponse(m, planId, calendar, period, now),
          changes: [
            {
              planId,
              action: 'report_reopened',
              before: reportSnapshot(period, before),
              after: { ...reportSnapshot(period, after), reopened: { reason, by: actor.username } },
            },
          ],
        };
      },
      { event: 'report', bumpVersion: false },
    );
  }
}
