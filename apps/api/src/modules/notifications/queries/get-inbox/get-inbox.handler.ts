import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { InboxItem } from '@cchc/contracts';
import { childTimelinessSql, inboxRankSql, inboxTaskSql, writesPlans } from '@cchc/domain';
import { DataSource } from 'typeorm';
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
const TODAY = "(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
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
  constructor(private readonly dataSource: DataSource) {}

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
    return rows.map((r) => ({
      kind: r.kind,
      plan: {
        id: r.id,
        unitCode: r.unit_code,
        year: r.year,
        kind: r.plan_kind,
        title: r.title,
        documentNumber: r.document_number,
        status: r.status,
      },
      ...(r.count !== null && { count: r.count }),
      since: new Date(r.since).toISOString(),
      dueOn: r.due_on,
    }));
  }
}
