import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ChildPlanResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { CHILDREN_OF_PLAN, runComplianceQuery } from '../../infrastructure/compliance.sql.js';
import { findPlan } from '../../infrastructure/plan-row.js';
import { ListChildPlansQuery } from './list-child-plans.query.js';

@QueryHandler(ListChildPlansQuery)
export class ListChildPlansHandler implements IQueryHandler<ListChildPlansQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId, unitCodes }: ListChildPlansQuery): Promise<ChildPlanResponse[]> {
    await findPlan(this.dataSource.manager, planId);
    const rows: {
      id: string;
      unit_code: string;
      unit_name: string;
      unit_type: string;
      unit_level: ChildPlanResponse['unitLevel'];
      status: ChildPlanResponse['status'];
      version: number;
      violations: number;
    }[] = await runComplianceQuery(
      this.dataSource,
      CHILDREN_OF_PLAN,
      (compliance) => `WITH problems AS (${compliance})
       SELECT p.id, p.unit_code, u.name AS unit_name, u.type AS unit_type, u.level AS unit_level, p.status, p.version,
              (SELECT count(*)::int FROM problems WHERE problems.plan_id = p.id) AS violations
       FROM plans p JOIN units u ON u.code = p.unit_code
       WHERE p.parent_plan_id = $1 AND ($2::text[] IS NULL OR p.unit_code = ANY($2::text[]))
       ORDER BY p.unit_code`,
      [planId, unitCodes ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      unitType: r.unit_type,
      unitLevel: r.unit_level,
      status: r.status,
      version: r.version,
      complies: r.violations === 0,
      violations: r.violations,
    }));
  }
}
