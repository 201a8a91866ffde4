import type { ReportResponse } from '@cchc/contracts';
import {
  type Direction,
  type Measure,
  type PeriodWindow,
  type ReformArea,
  type ReportStatus,
  type TargetReporting,
  type TaskState,
  REFORM_AREAS,
  fromComparable,
  periodWindow,
  taskOverdue,
} from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../../database/query-rows.js';
import { type Calendar, toPeriodResponse } from './calendar.js';

type Period = Calendar['periods'][number];
type Contribution = { agency: string; state: TaskState; note: string | null };

/**
 * Recounts the reports `where` picks (a condition on `progress_reports r`): how many of their
 * target values meet their targets and how many miss them (a blank value in neither). Run by
 * every write of report values, in its transaction; the roll-up adds these counts up per unit.
 */
export function recountReportsSql(where: string): string {
  return `UPDATE progress_reports p SET targets_met = c.met, targets_missed = c.missed
    FROM (SELECT r.id, count(rt.code) FILTER (WHERE rt.meets)::int AS met,
                 count(rt.code) FILTER (WHERE NOT rt.meets)::int AS missed
          FROM progress_reports r LEFT JOIN report_targets rt ON rt.report_id = r.id AND rt.value IS NOT NULL
          WHERE ${where} GROUP BY r.id) c
    WHERE p.id = c.id`;
}

/** A unit's report for a period as stored; null before anything was saved. */
export interface ReportRow {
  id: string;
  status: Exclude<ReportStatus, 'not_started'>;
  summary: string;
  submitted_at: Date | null;
  late: boolean;
  reopened_reason: string | null;
  reopened_at: Date | null;
  reopened_by: string | null;
  updated_at: Date;
}

export async function findReport(
  m: EntityManager,
  planId: string,
  periodKey: string,
): Promise<ReportRow | null> {
  const [row] = await queryRows<ReportRow>(
    m,
    'SELECT * FROM progress_reports WHERE plan_id = $1 AND period_key = $2',
    [planId, periodKey],
  );
  return row ?? null;
}

/** Reopened by the unit above and not submitted since: it may be saved and submitted though locked. */
export const isReopened = (report: ReportRow | null): boolean =>
  report !== null && report.reopened_at !== null && report.status === 'draft';

/** Whether the unit can file now: the period's window, opened again by a reopen. */
export function reportWindow(
  period: Period,
  lockDays: number,
  report: ReportRow | null,
  now: Date,
): PeriodWindow {
  const window = periodWindow(period, lockDays, now);
  return window === 'locked' && isReopened(report) ? 'open' : window;
}

/** A target of the plan with what the report says of it (nulls when not yet reported). */
export interface ReportTargetRow {
  code: string;
  name: string;
  area: ReformArea;
  measure: Measure;
  direction: Direction;
  reporting: TargetReporting;
  plan_value: string;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  note: string | null;
  meets: boolean | null;
}

export interface ReportTaskRow {
  task_id: string;
  title: string;
  area: ReformArea;
  lead_agency: string | null;
  coordinating_agencies: string[];
  due: string | null;
  state: TaskState | null;
  percent_done: number | null;
  note: string | null;
  contributions: Contribution[] | null;
}

const AREA_ORDER = `array_position(ARRAY[${REFORM_AREAS.map((a) => `'${a}'`).join(', ')}]::text[], x.area)`;

/** Every target of the plan, with the report's row for it; `codes`: only those. */
export function reportTargetRows(
  m: EntityManager,
  planId: string,
  reportId: string | null,
  codes: string[] | null = null,
): Promise<ReportTargetRow[]> {
  return queryRows<ReportTargetRow>(
    m,
    `SELECT x.code, x.name, x.area, x.measure, x.direction, x.reporting, x.value::text AS plan_value,
            r.value::text AS value, r.numerator::text AS numerator, r.denominator::text AS denominator,
            r.note, r.meets
     FROM targets x LEFT JOIN report_targets r ON r.report_id = $2 AND r.code = x.code
     WHERE x.plan_id = $1 AND ($3::text[] IS NULL OR x.code = ANY($3::text[]))
     ORDER BY ${AREA_ORDER}, x.id`,
    [planId, reportId, codes],
  );
}

/** Every task of the plan, with the report's row for it; `ids`: only those. */
export function reportTaskRows(
  m: EntityManager,
  planId: string,
  reportId: string | null,
  ids: string[] | null = null,
): Promise<ReportTaskRow[]> {
  return queryRows<ReportTaskRow>(
    m,
    `SELECT x.id AS task_id, x.title, x.area, x.lead_agency, x.coordinating_agencies, x.due,
            r.state, r.percent_done, r.note, r.contributions
     FROM tasks x LEFT JOIN report_tasks r ON r.report_id = $2 AND r.task_id = x.id
     WHERE x.plan_id = $1 AND ($3::uuid[] IS NULL OR x.id = ANY($3::uuid[]))
     ORDER BY ${AREA_ORDER}, x.id`,
    [planId, reportId, ids],
  );
}

const num = (v: string | null) => (v === null ? null : Number(v));

export function toReportTarget(r: ReportTargetRow): ReportResponse['targets'][number] {
  return {
    code: r.code,
    name: r.name,
    area: r.area,
    measure: r.measure,
    direction: r.direction,
    reporting: r.reporting,
    planValue: fromComparable(r.measure, Number(r.plan_value)),
    value: r.value === null ? null : fromComparable(r.measure, Number(r.value)),
    numerator: num(r.numerator),
    denominator: num(r.denominator),
    note: r.note,
    meets: r.meets,
  };
}

export function toReportTask(r: ReportTaskRow, period: Pick<Period, 'to'>): ReportResponse['tasks'][number] {
  const state = r.state ?? 'not_started';
  return {
    taskId: r.task_id,
    title: r.title,
    area: r.area,
    leadAgency: r.lead_agency,
    coordinatingAgencies: r.coordinating_agencies,
    due: r.due,
    state,
    percentDone: r.percent_done ?? 0,
    note: r.note,
    overdue: taskOverdue(r.due, state, period.to),
    contributions: r.contributions ?? [],
  };
}

/** The report as the routes answer it: every target and task of the plan, and where it stands. */
export async function reportResponse(
  m: EntityManager,
  planId: string,
  calendar: Calendar,
  period: Period,
  now: Date,
): Promise<ReportResponse> {
  const report = await findReport(m, planId, period.key);
  const targets = await reportTargetRows(m, planId, report?.id ?? null);
  const tasks = await reportTaskRows(m, planId, report?.id ?? null);
  return {
    planId,
    period: toPeriodResponse(period, calendar.lockDays),
    status: report?.status ?? 'not_started',
    window: reportWindow(period, calendar.lockDays, report, now),
    submittedAt: report?.submitted_at ? new Date(report.submitted_at).toISOString() : null,
    late: report?.late ?? false,
    reopened:
      report?.reopened_at && report.reopened_reason !== null
        ? {
            reason: report.reopened_reason,
            at: new Date(report.reopened_at).toISOString(),
            by: report.reopened_by,
          }
        : null,
    targets: targets.map(toReportTarget),
    tasks: tasks.map((t) => toReportTask(t, period)),
    summary: report?.summary ?? '',
    updatedAt: report ? new Date(report.updated_at).toISOString() : null,
  };
}
