import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { planViewRoot, seesPlansOfUnit, visiblePlansSql } from '../../../../common/access/plan-access.js';
import { DomainError } from '../../../../common/domain-error.js';
import { currentActor } from '../../../../common/request-context.js';
import { PLAN_COLUMNS, PLAN_FROM, type PlanRow, toPlanSummary } from '../../infrastructure/plan-row.js';
import { type PlanPage, ListPlansQuery } from './list-plans.query.js';
import { decodePlanCursor, encodePlanCursor } from './plan-cursor.js';

@QueryHandler(ListPlansQuery)
export class ListPlansHandler implements IQueryHandler<ListPlansQuery> {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page, newest year first, annual before remediation plans, then in the
   * order they were made (ids are uuidv7: time-ordered). Keyset paging: the
   * next page starts after the last plan's key, so pages neither skip nor
   * repeat plans when others are added meanwhile, and page 1,000 costs what
   * page 1 does.
   */
  async execute({ params }: ListPlansQuery): Promise<PlanPage> {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    // A unit outside the caller's view says so, rather than seem to have no plans
    // (units are no secret; whether they have plans is). An unknown unit has none.
    if (params.unit && !(await seesPlansOfUnit(this.dataSource.manager, actor, params.unit))) {
      const [known] = await this.dataSource.query('SELECT 1 FROM units WHERE code = $1', [params.unit]);
      if (known)
        throw new DomainError('FORBIDDEN', `The plans of unit ${params.unit} are outside your view`, {
          field: 'query.unit',
        });
    }
    const after = params.cursor ? decodePlanCursor(params.cursor) : null;
    const limit = params.limit ?? 100;
    const rows: PlanRow[] = await this.dataSource.query(
      `SELECT ${PLAN_COLUMNS}
       FROM ${PLAN_FROM}
       WHERE ($1::text IS NULL OR p.unit_code = $1) AND ($2::int IS NULL OR p.year = $2)
         -- only plans the caller may see: its subtree's, and those its own plans derive from
         AND ($3::text IS NULL OR ${visiblePlansSql('$3')})
         AND ($4::int IS NULL OR p.year < $4 OR (p.year = $4 AND (p.kind, p.id) > ($5::text, $6::uuid)))
       ORDER BY p.year DESC, p.kind, p.id
       LIMIT $7`,
      [
        params.unit ?? null,
        params.year ?? null,
        planViewRoot(actor),
        after?.year ?? null,
        after?.kind ?? null,
        after?.id ?? null,
        limit + 1,
      ],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      plans: page.map(toPlanSummary),
      nextCursor: rows.length > limit && last ? encodePlanCursor(last) : null,
    };
  }
}
