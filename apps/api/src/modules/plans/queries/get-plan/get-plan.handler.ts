import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';
import { REFORM_AREAS, STANDARD_REFORM_AREAS } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { findPlan, toPlanSummary } from '../../infrastructure/plan-row.js';
import { ancestorTargets, toTargetResponse } from '../../infrastructure/target-rows.js';
import { parentDues, toTaskResponse } from '../../infrastructure/task-rows.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { TaskOrmEntity } from '../../infrastructure/task.orm-entity.js';
import { GetPlanQuery } from './get-plan.query.js';

/** A plan with its targets and tasks, by reform area in the standard order. */
@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ planId }: GetPlanQuery): Promise<PlanResponse> {
    return readPlan(this.dataSource.manager, planId);
  }
}

/** The plan as GET /api/plans/:id answers it, read through `m` (inside a write: as it now stands). */
export async function readPlan(m: EntityManager, planId: string): Promise<PlanResponse> {
  const plan = await findPlan(m, planId);
  const [targets, tasks, ancestors, dues] = await Promise.all([
    m.find(TargetOrmEntity, { where: { planId }, order: { id: 'ASC' } }),
    m.find(TaskOrmEntity, { where: { planId }, order: { id: 'ASC' } }),
    plan.parent_plan_id ? ancestorTargets(m, planId, null) : Promise.resolve(new Map()),
    plan.parent_plan_id ? parentDues(m, planId) : Promise.resolve(new Map<string, string | null>()),
  ]);
  const used = new Set([...targets.map((t) => t.area), ...tasks.map((t) => t.area)]);
  const areas = REFORM_AREAS.filter(
    (a) =>
      (STANDARD_REFORM_AREAS as readonly string[]).includes(a) || plan.kind === 'remediation' || used.has(a),
  ).map((area) => {
    const areaTasks = tasks
      .filter((t) => t.area === area)
      .map((t) => toTaskResponse(t, dues.get(t.id) ?? null));
    return {
      area,
      targets: targets
        .filter((t) => t.area === area)
        .map((t) => toTargetResponse(t, ancestors.get(t.code) ?? [], plan.unit_level)),
      tasks: areaTasks,
      budgetMillionVnd: areaTasks.reduce((sum, t) => sum + t.budgetMillionVnd, 0),
    };
  });
  return {
    ...toPlanSummary(plan),
    areas,
    budgetMillionVnd: areas.reduce((sum, a) => sum + a.budgetMillionVnd, 0),
  };
}
