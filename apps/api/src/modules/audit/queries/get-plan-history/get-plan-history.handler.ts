import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { PlanHistoryEntry } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../../common/domain-error.js';
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
    return rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      actor: r.actor_id ? { id: r.actor_id, username: r.actor_username as string } : null,
      action: r.action,
      before: r.before,
      after: r.after,
    }));
  }
}
