import type { CalendarResponse, ReportingPeriodResponse } from '@cchc/contracts';
import {
  DEFAULT_LOCK_DAYS,
  type ReportingPeriod,
  defaultReportingPeriods,
  periodLocksOn,
} from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../../../common/domain-error.js';
import { queryRows } from '../../../database/query-rows.js';

/** A plan's reporting calendar: the periods it reports on, and when they lock. */
export interface Calendar {
  planId: string;
  lockDays: number;
  /** The plan's own setting (null: as the plan above says). */
  ownLockDays: number | null;
  /** Seed 000's four, for the plan's year, because no plan of its chain from the top set periods. */
  isDefault: boolean;
  periods: (ReportingPeriod & { inherited: boolean })[];
}

interface PeriodRow {
  plan_id: string;
  key: string | null;
  label: string;
  from_on: string;
  to_on: string;
  due_on: string;
  inherited: boolean;
  is_default: boolean;
  lock_days: number;
  own_lock_days: number | null;
}

/**
 * The calendars of `planIds` in two statements, whatever their number: each plan
 * reports on the periods of its chain of plans above it, the top plan's first (seed
 * 000's four for the plan's year when the top plan set none), then each plan's
 * below in turn, then its own; a period is `inherited` when a plan above set it.
 * `lockDays` is the nearest setting up the chain (the plan's own first), else 15.
 */
export async function loadCalendars(m: EntityManager, planIds: string[]): Promise<Map<string, Calendar>> {
  const calendars = new Map<string, Calendar>();
  if (planIds.length === 0) return calendars;
  const years = await queryRows<{ year: number }>(
    m,
    'SELECT DISTINCT year FROM plans WHERE id = ANY($1::uuid[])',
    [planIds],
  );
  const defaults = years.flatMap(({ year }) =>
    defaultReportingPeriods(year).map((p, position) => ({
      year,
      position,
      key: p.key,
      label: p.label,
      from_on: p.from,
      to_on: p.to,
      due_on: p.dueOn,
    })),
  );
  const rows = await queryRows<PeriodRow>(
    m,
    `WITH RECURSIVE chain AS (
       SELECT p.id AS plan_id, p.id AS above_id, p.parent_plan_id, 0 AS depth, p.year, p.report_lock_days
       FROM plans p WHERE p.id = ANY($1::uuid[])
       UNION ALL
       SELECT c.plan_id, a.id, a.parent_plan_id, c.depth + 1, c.year, a.report_lock_days
       FROM chain c JOIN plans a ON a.id = c.parent_plan_id
     ),
     top AS (SELECT DISTINCT ON (plan_id) plan_id, above_id, depth, year FROM chain ORDER BY plan_id, depth DESC),
     lock AS (
       SELECT c0.plan_id, c0.report_lock_days AS own_lock_days,
              coalesce((SELECT c.report_lock_days FROM chain c
                        WHERE c.plan_id = c0.plan_id AND c.report_lock_days IS NOT NULL
                        ORDER BY c.depth LIMIT 1), $3::int) AS lock_days
       FROM chain c0 WHERE c0.depth = 0),
     periods AS (
       SELECT c.plan_id, c.depth, r.position, r.key, r.label, r.from_on, r.to_on, r.due_on, false AS is_default
       FROM chain c JOIN reporting_periods r ON r.plan_id = c.above_id
       UNION ALL
       SELECT t.plan_id, t.depth, d.position, d.key, d.label, d.from_on, d.to_on, d.due_on, true
       FROM top t
       JOIN jsonb_to_recordset($2::jsonb)
         AS d (year int, position int, key text, label text, from_on date, to_on date, due_on date) ON d.year = t.year
       WHERE NOT EXISTS (SELECT 1 FROM reporting_periods r WHERE r.plan_id = t.above_id))
     SELECT l.plan_id, x.key, x.label, x.from_on::text AS from_on, x.to_on::text AS to_on,
            x.due_on::text AS due_on, x.depth > 0 AS inherited, coalesce(x.is_default, false) AS is_default,
            l.lock_days, l.own_lock_days
     FROM lock l LEFT JOIN periods x ON x.plan_id = l.plan_id
     ORDER BY l.plan_id, x.depth DESC, x.position`,
    [planIds, JSON.stringify(defaults), DEFAULT_LOCK_DAYS],
  );
  for (const r of rows) {
    let calendar = calendars.get(r.plan_id);
    if (!calendar) {
      calendar = {
        planId: r.plan_id,
        lockDays: r.lock_days,
        ownLockDays: r.own_lock_days,
        isDefault: false,
        periods: [],
      };
      calendars.set(r.plan_id, calendar);
    }
    if (r.key === null) continue;
    if (r.is_default) calendar.isDefault = true;
    calendar.periods.push({
      key: r.key,
      label: r.label,
      from: r.from_on,
      to: r.to_on,
      dueOn: r.due_on,
      inherited: r.inherited,
    });
  }
  return calendars;
}

export async function loadCalendar(m: EntityManager, planId: string): Promise<Calendar> {
  const calendar = (await loadCalendars(m, [planId])).get(planId);
  if (!calendar) throw new NotFoundError(`Plan ${planId}`);
  return calendar;
}

/** The period `key` of the calendar, or 404. */
export function periodOf(calendar: Calendar, key: string, field?: string): Calendar['periods'][number] {
  const period = calendar.periods.find((p) => p.key === key);
  if (!period) {
    throw new DomainError(
      'NOT_FOUND',
      `Period ${key} is not in the reporting calendar of plan ${calendar.planId} (${calendar.periods.map((p) => p.key).join(', ')})`,
      field ? { field } : {},
    );
  }
  return period;
}

export function toPeriodResponse(
  period: Calendar['periods'][number],
  lockDays: number,
): ReportingPeriodResponse {
  return { ...period, locksOn: periodLocksOn(period, lockDays) };
}

export function toCalendarResponse(calendar: Calendar): CalendarResponse {
  return {
    planId: calendar.planId,
    lockDays: calendar.lockDays,
    isDefault: calendar.isDefault,
    periods: calendar.periods.map((p) => toPeriodResponse(p, calendar.lockDays)),
  };
}
