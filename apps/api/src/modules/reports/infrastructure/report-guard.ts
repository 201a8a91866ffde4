import type { PlanChangeRecord } from '@cchc/contracts';
import { periodLocksOn, periodWindow } from '@cchc/domain';
import { DomainError } from '../../../common/domain-error.js';
import type { EntityManager } from 'typeorm';
import { type Calendar, loadCalendar, periodOf } from './calendar.js';
import {
  type ReportRow,
  type ReportTargetRow,
  findReport,
  type ReportTaskRow,
  isReopened,
  toReportTarget,
  toReportTask,
} from './report-rows.js';

type Period = Calendar['periods'][number];

/**
 * What a save or a submit starts from, inside its write: the plan's calendar, the period
 * (404 for one the plan does not report on), the report as it stands, and the unit's right
 * to file it now (assertMayFile).
 */
export async function openForFiling(m: EntityManager, planId: string, periodKey: string, now: Date) {
  const calendar = await loadCalendar(m, planId);
  const period = periodOf(calendar, periodKey);
  const before = await findReport(m, planId, period.key);
  assertMayFile(period, calendar.lockDays, before, now);
  return { calendar, period, before };
}

/**
 * Whether the unit may save or submit its report now, else the refusal: not before the
 * period's data starts (PERIOD_NOT_OPEN), not from its lock day unless the unit above
 * reopened the report (PERIOD_LOCKED), and never a submitted one (REPORT_SUBMITTED).
 */
export function assertMayFile(period: Period, lockDays: number, report: ReportRow | null, now: Date): void {
  const window = periodWindow(period, lockDays, now);
  const where = { period: period.key, from: period.from, dueOn: period.dueOn };
  if (window === 'not_open') {
    throw new DomainError(
      'PERIOD_NOT_OPEN',
      `The period ${period.label} opens on ${period.from}: its report cannot be filed before`,
      where,
    );
  }
  if (report?.status === 'submitted') {
    throw new DomainError(
      'REPORT_SUBMITTED',
      `The report for ${period.label} is submitted and can no longer change, unless the unit above reopens it`,
      { ...where, submittedAt: report.submitted_at ? new Date(report.submitted_at).toISOString() : null },
    );
  }
  if (window === 'locked' && !isReopened(report)) {
    const locksOn = periodLocksOn(period, lockDays);
    throw new DomainError(
      'PERIOD_LOCKED',
      `The period ${period.label} locked on ${locksOn} (${lockDays} days after it was due): only the unit above can reopen its report`,
      { ...where, locksOn },
    );
  }
}

type Snapshot = Extract<PlanChangeRecord, { action: 'report_saved' }>['after'];

/** How the report stood, for its history: status, and the rows a write touched. */
export function reportSnapshot(
  period: Period,
  report: ReportRow | null,
  rows: { targets?: ReportTargetRow[]; tasks?: ReportTaskRow[]; summary?: boolean } = {},
): Snapshot {
  return {
    period: { key: period.key, label: period.label },
    status: report?.status ?? 'not_started',
    late: report?.late ?? false,
    submittedAt: report?.submitted_at ? new Date(report.submitted_at).toISOString() : null,
    ...(rows.summary && { summary: report?.summary ?? '' }),
    ...(rows.targets && {
      targets: rows.targets.map((r) => {
        const t = toReportTarget(r);
        return {
          code: t.code,
          value: t.value,
          numerator: t.numerator,
          denominator: t.denominator,
          note: t.note,
          meets: t.meets,
        };
      }),
    }),
    ...(rows.tasks && {
      tasks: rows.tasks.map((r) => {
        const t = toReportTask(r, period);
        return {
          taskId: t.taskId,
          state: t.state,
          percentDone: t.percentDone,
          note: t.note,
          contributions: t.contributions,
        };
      }),
    }),
  };
}
