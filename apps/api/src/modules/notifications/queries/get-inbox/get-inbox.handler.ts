import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { InboxItem } from '@cchc/contracts';
import { inboxRankSql, inboxTaskSql, writesPlans } from '@cchc/domain';
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
}

/**
 * Computed, never stored: one query over the plans of the caller's unit, each
 * asking what the domain's inboxTaskSql says (confirm, re-confirm, issue), most
 * urgent kind first, the longest waiting first within a kind. Only a role that
 * writes plans has anything to do.
 *
 * TODO(lcdeadlines): `children_overdue` (the units below not issued past the
 * plan's plans.children_due_on, by childTimelinessSql) and `dueOn` (the plan
 * above's children_due_on) wait for that column; until then dueOn is null and
 * no children_overdue item is answered.
 */
@QueryHandler(GetInboxQuery)
export class GetInboxHandler implements IQueryHandler<GetInboxQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ actor }: GetInboxQuery): Promise<InboxItem[]> {
    if (!actor.unitCode || !writesPlans(actor.role)) return [];
    const rows: InboxRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${inboxTaskSql('p')} AS kind, p.id, p.unit_code, p.year, p.kind AS plan_kind, p.title,
                p.document_number, p.status, p.updated_at AS since, NULL::text AS due_on
         FROM plans p WHERE p.unit_code = $1) own
       WHERE kind IS NOT NULL
       ORDER BY ${inboxRankSql('kind')}, since, id`,
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
      since: new Date(r.since).toISOString(),
      dueOn: r.due_on,
    }));
  }
}
