import { dueDeadline, parseDue } from '../plans/task-due';
import { isWeaker } from '../targets/target-rule';
import { type Direction, type Measure, type TargetValue, toComparable } from '../targets/target-value';

/** A report's life: nothing saved yet, a draft being filled in, submitted to the level above. */
export const REPORT_STATUSES = ['not_started', 'draft', 'submitted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const TASK_STATES = ['not_started', 'in_progress', 'done'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/**
 * How a target's value is reported: `cumulative` (year to date, the default: "tỷ lệ hồ sơ
 * đúng hạn từ đầu năm") or `period` (that period alone: "số cuộc kiểm tra trong quý").
 */
export const TARGET_REPORTING = ['cumulative', 'period'] as const;
export type TargetReporting = (typeof TARGET_REPORTING)[number];

/** How a unit's report for a period stands, seen from the level above. */
export const UNIT_REPORT_STATUSES = ['on_time', 'late', 'draft', 'missing'] as const;
export type UnitReportStatus = (typeof UNIT_REPORT_STATUSES)[number];

/**
 * Whether a reported value meets the plan's target, in the target's direction:
 * at least 98 % is met by 98 or more; at most 5 days by 5 or fewer; a deadline
 * (a date, at most) by a day on or before it. Equal always meets.
 */
export function targetMeets(
  target: { measure: Measure; direction: Direction; value: TargetValue },
  reported: TargetValue,
): boolean {
  return !isWeaker(
    target.direction,
    toComparable(target.measure, reported),
    toComparable(target.measure, target.value),
  );
}

/** How far a percentage may be from numerator / denominator: one decimal, rounded or cut off (66,7 or 66,6 for 2 of 3). */
export const PERCENT_TOLERANCE = 0.1;

/**
 * Whether a percentage agrees with the counts behind it (987 of 1.000 files on time: 98,7 %).
 * The denominator must be positive and the numerator no larger.
 */
export function percentAgrees(value: number, numerator: number, denominator: number): boolean {
  if (!(denominator > 0) || numerator < 0 || numerator > denominator) return false;
  return Math.abs((100 * numerator) / denominator - value) <= PERCENT_TOLERANCE + 1e-9;
}

/**
 * A task is overdue in a report when its deadline (the last day of its due date,
 * quarter or year) is before the period's data cut-off and it is not done.
 */
export function taskOverdue(due: string | null, state: TaskState, periodTo: string): boolean {
  if (state === 'done' || due === null) return false;
  const parsed = parseDue(due);
  return parsed !== null && dueDeadline(parsed) < periodTo;
}

/** A unit's report as the level above counts it: submitted on time or late, a draft, or nothing yet. */
export function unitReportStatus(report: { status: ReportStatus; late: boolean } | null): UnitReportStatus {
  if (report === null || report.status === 'not_started') return 'missing';
  if (report.status === 'draft') return 'draft';
  return report.late ? 'late' : 'on_time';
}

/** unitReportStatus as SQL over a report's status and late columns (null: no report). */
export function unitReportStatusSql(status: string, late: string): string {
  return `(CASE WHEN ${status} IS NULL OR ${status} = 'not_started' THEN 'missing'
    WHEN ${status} = 'draft' THEN 'draft' WHEN ${late} THEN 'late' ELSE 'on_time' END)`;
}

/**
 * The unit above may reopen a unit's report when it was submitted, or when its period is locked
 * (then also one never filed, which reopening starts as a draft).
 */
export function mayReopenReport(submitted: boolean, periodLocked: boolean): boolean {
  return submitted || periodLocked;
}
