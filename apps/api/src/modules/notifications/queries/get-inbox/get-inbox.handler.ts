import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { InboxItem } from '@cchc/contracts';
import {
  childTimelinessSql,
  inboxRankSql,
  inboxTaskSql,
  VIETNAM_TODAY_SQL,
  periodOpensAt,
  reportDueInstant,
  statusesAllowing,
  writesPlans,
} from '@cchc/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../common/clock.js';
import { queryRows } from '../../../../database/query-rows.js';
import { loadCalendars } from '../../../reports/infrastructure/calendar.js';
import { type ReportRow, reportWindow } from '../../../reports/infrastructure/report-rows.js';
import { GetInboxQuery } from './get-inbox.query.js';

interface InboxRow {
  kind: InboxItem['kind'];
  id: string;
  unit_code: string;
  year: number;
  plan_kind: InboxItem['plan']['kind'];
  title: string;
  document_number: string | null;
  status: InboxItem['plan']['status'];
  since: Date;
  due_on: string | null;
  count: number | null;
}

/** Today in Vietnam, as the children list judges deadlines. */
const TODAY = VIETNAM_TODAY_SQL;
/** When plan `c` was first issued: what a deadline asks for (a later amendment does not make it late). */
const firstIssue = (c: string) => `coalesce(
  (SELECT v.issued_on FROM plan_versions v WHERE v.plan_id = ${c}.id AND v.number = 1),
  CASE WHEN ${c}.document_version > 0 THEN ${c}.issued_on END)`;

/**
 * Computed, never stored: one query over the plans of the caller's unit, each
 * asking what the domain's inboxTaskSql says (confirm, re-confirm, issue), most
 * urgent kind first, the longest waiting first within a kind; and, for each
 * plan of the unit with a deadline for the units below (`children_due_on`), how
 * many of them are `overdue` by the domain's childTimelinessSql. An item of the
 * unit's own plan carries the deadline of the plan above (`dueOn`). Only a role
 * that writes plans has anything to do.
 */
@QueryHandler(GetInboxQuery)
export class GetInboxHandler implements IQueryHandler<GetInboxQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ actor }: GetInboxQuery): Promise<InboxItem[]> {
    if (!actor.unitCode || !writesPlans(actor.role)) return [];
    const rows: InboxRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${inboxTaskSql('p')} AS kind, p.id, p.unit_code, p.year, p.kind AS plan_kind, p.title,
                p.document_number, p.status, p.updated_at AS since, above.children_due_on::text AS due_on,
                NULL::int AS count
         FROM plans p LEFT JOIN plans above ON above.id = p.parent_plan_id
         WHERE p.unit_code = $1
         UNION ALL
         SELECT 'children_overdue', p.id, p.unit_code, p.year, p.kind, p.title, p.document_number, p.status,
                p.updated_at, p.children_due_on::text, o.n
         FROM plans p
         JOIN LATERAL (
           SELECT count(*)::int AS n FROM plans c WHERE c.parent_plan_id = p.id
             AND ${childTimelinessSql('p.children_due_on', firstIssue('c'), TODAY)} = 'overdue') o ON o.n > 0
         WHERE p.unit_code = $1 AND p.children_due_on IS NOT NULL) items
       WHERE kind IS NOT NULL
       ORDER BY ${inboxRankSql('kind')}, coalesce(due_on, '9999-12-31'), since, id`,
      [actor.unitCode],
    );
    const items: InboxItem[] = rows.map((r) => ({
      kind: r.kind,
      plan: planOf(r),
      ...(r.count !== null && { count: r.count }),
      since: new Date(r.since).toISOString(),
      dueOn: r.due_on,
    }));
    return [...items, ...(await this.reportItems(actor.unitCode))];
  }

  /**
   * The reports the unit must file (`report_due`: a period of an issued plan of its own
   * whose window is open, or which the unit above reopened, and whose report is not
   * submitted), then the units below to chase (`reports_overdue`: for each period of its
   * own plans past its due instant, how many issued plans derived from them have not
   * submitted that period's report), each by due date. A few set-based statements.
   */
  private async reportItems(unitCode: string): Promise<InboxItem[]> {
    const m = this.dataSource.manager;
    const now = this.clock.now();
    const filing = statusesAllowing('report');
    const plans = await queryRows<InboxRow & { parent_plan_id: string | null }>(
      m,
      `SELECT p.id, p.unit_code, p.year, p.kind AS plan_kind, p.title, p.document_number, p.status,
              p.parent_plan_id, p.updated_at AS since
       FROM plans p WHERE p.unit_code = $1 ORDER BY p.year, p.id`,
      [unitCode],
    );
    if (plans.length === 0) return [];
    const calendars = await loadCalendars(
      m,
      plans.map((p) => p.id),
    );
    const reports = await queryRows<ReportRow & { plan_id: string; period_key: string }>(
      m,
      'SELECT * FROM progress_reports WHERE plan_id = ANY($1::uuid[])',
      [plans.map((p) => p.id)],
    );
    const reportOf = new Map(reports.map((r) => [`${r.plan_id}/${r.period_key}`, r]));
    const due: InboxItem[] = [];
    const overdue: { plan_id: string; key: string; label: string; due_on: string }[] = [];
    for (const plan of plans) {
      const calendar = calendars.get(plan.id);
      if (!calendar) continue;
      for (const period of calendar.periods) {
        // A derived plan's own periods are for the units below it: the unit reports on
        // those it inherits, and chases the units below on all.
        const files = plan.parent_plan_id === null || period.inherited;
        if (files && filing.includes(plan.status)) {
          const report = reportOf.get(`${plan.id}/${period.key}`) ?? null;
          // Open, or opened again by the unit above (reportWindow), and not submitted yet.
          if (
            report?.status !== 'submitted' &&
            reportWindow(period, calendar.lockDays, report, now) === 'open'
          ) {
            due.push({
              kind: 'report_due',
              plan: planOf(plan),
              period: { key: period.key, label: period.label },
              since: periodOpensAt(period).toISOString(),
              dueOn: period.dueOn,
            });
          }
        }
        if (reportDueInstant(period) < now)
          overdue.push({ plan_id: plan.id, key: period.key, label: period.label, due_on: period.dueOn });
      }
    }
    const late = await queryRows<{ plan_id: string; key: string; label: string; due_on: string; n: number }>(
      m,
      `SELECT o.plan_id, o.key, o.label, o.due_on, count(*)::int AS n
       FROM jsonb_to_recordset($1::jsonb) AS o (plan_id uuid, key text, label text, due_on text)
       JOIN plans c ON c.parent_plan_id = o.plan_id AND c.status = ANY($2::text[])
       LEFT JOIN progress_reports r ON r.plan_id = c.id AND r.period_key = o.key
       WHERE r.id IS NULL OR r.status <> 'submitted'
       GROUP BY o.plan_id, o.key, o.label, o.due_on`,
      [JSON.stringify(overdue), filing],
    );
    const byId = new Map(plans.map((p) => [p.id, p]));
    const chase: InboxItem[] = late.flatMap((r) => {
      const plan = byId.get(r.plan_id);
      if (!plan) return [];
      return [
        {
          kind: 'reports_overdue' as const,
          plan: planOf(plan),
          count: r.n,
          period: { key: r.key, label: r.label },
          since: reportDueInstant({ dueOn: r.due_on }).toISOString(),
          dueOn: r.due_on,
        },
      ];
    });
    const byDue = (a: InboxItem, b: InboxItem) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '');
    return [...due.sort(byDue), ...chase.sort(byDue)];
  }
}

function planOf(r: Omit<InboxRow, 'kind'>): InboxItem['plan'] {
  return {
    id: r.id,
    unitCode: r.unit_code,
    year: r.year,
    kind: r.plan_kind,
    title: r.title,
    documentNumber: r.document_number,
    status: r.status,
  };
}
