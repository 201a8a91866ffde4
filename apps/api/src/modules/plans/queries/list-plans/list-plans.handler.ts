import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { PlanSummaryResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { visiblePlansSql } from '../../../../common/access/plan-access.js';
import { DomainError } from '../../../../common/domain-error.js';
import { currentActor } from '../../../../common/request-context.js';
import { type PlanRow, toPlanSummary } from '../../infrastructure/plan-rows.js';
import { ListPlansQuery } from './list-plans.query.js';

/** The unit whose view the caller has; null: everything (system administrator). */
function visibleFrom(): string | null {
  const actor = currentActor();
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  return actor.role === 'system_admin' ? null : (actor.unitCode ?? '-');
}

@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ params }: ListPlansQuery): Promise<PlanSummaryResponse[]> {
    const rows: PlanRow[] = await this.dataSource.query(
      `SELECT p.*, u.name AS unit_name, u.type AS unit_type, u.level AS unit_level
       FROM plans p JOIN units u ON u.code = p.unit_code
       WHERE ($1::text IS NULL OR p.unit_code = $1) AND ($2::int IS NULL OR p.year = $2)
         -- only plans the caller may see: its subtree's, and those its own plans derive from
         AND ($3::text IS NULL OR ${visiblePlansSql('$3')})
       ORDER BY p.year DESC, p.kind, p.created_at
       LIMIT 500`,
      [params.unit ?? null, params.year ?? null, visibleFrom()],
    );
    return rows.map(toPlanSummary);
  }
}
