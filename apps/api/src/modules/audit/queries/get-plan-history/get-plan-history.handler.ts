import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { PlanHistoryEntry } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { visiblePlansSql } from '../../../../common/access/plan-access.js';
import { NotFoundError } from '../../../../common/domain-error.js';
import { currentActor } from '../../../../common/request-context.js';
import { GetPlanHistoryQuery } from './get-plan-history.query.js';

@QueryHandler(GetPlanHistoryQuery)
export class GetPlanHistoryHandler implements IQueryHandler<GetPlanHistoryQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId }: GetPlanHistoryQuery): Promise<PlanHistoryEntry[]> {
    const [plan] = await this.dataSource.query('SELECT 1 FROM plans WHERE id = $1', [planId]);
    if (!plan) throw new NotFoundError(`Plan ${planId}`);
    const rows: {
      id: string;
      at: Date;
      actor_id: string | null;
      actor_username: string | null;
      action: string;
      before: unknown;
      after: unknown;
    }[] = await this.dataSource.query(
      'SELECT id, at, actor_id, actor_username, action, before, after FROM audit_log WHERE plan_id = $1 ORDER BY id',
      [planId],
    );
    // A cascade's entry names the child plans; a reader sees only those it may see.
    const actor = currentActor();
    const named = rows.flatMap((r) => childPlanIds(r));
    if (actor && actor.role !== 'system_admin' && named.length > 0) {
      const visible: { id: string }[] = await this.dataSource.query(
        `SELECT p.id FROM plans p WHERE p.id = ANY($1::uuid[]) AND ${visiblePlansSql('$2')}`,
        [[...new Set(named)], actor.unitCode],
      );
      const seen = new Set(visible.map((v) => v.id));
      for (const r of rows) {
        if (childPlanIds(r).length > 0) {
          const after = r.after as { childPlanIds: string[] };
          r.after = { ...after, childPlanIds: after.childPlanIds.filter((id) => seen.has(id)) };
        }
      }
    }
    // The audit log holds only what PlanChange (the contracts' planChange) let the writers record.
    return rows.map(
      (r) =>
        ({
          id: Number(r.id),
          at: new Date(r.at).toISOString(),
          actor: r.actor_id ? { id: r.actor_id, username: r.actor_username as string } : null,
          action: r.action,
          before: r.before,
          after: r.after,
        }) as PlanHistoryEntry,
    );
  }
}

function childPlanIds(row: { action: string; after: unknown }): string[] {
  const ids = (row.after as { childPlanIds?: unknown } | null)?.childPlanIds;
  return row.action === 'plan_cascaded' && Array.isArray(ids) ? ids : [];
}
