import { CommandHandler, EventBus, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { FieldError, PlanResponse } from '@cchc/contracts';
import { targetValueProblem, toComparable } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { DomainError, ValidationFailedError } from '../../../../common/domain-error.js';
import { PlanChangedEvent } from '../../events/plan-changed.event.js';
import {
  ancestorTargets,
  bumpVersion,
  lockPlan,
  toPlanSummary,
  toRuleTarget,
} from '../../infrastructure/plan-rows.js';
import { assertNotWeakerThanParent } from '../../infrastructure/target-guard.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { GetPlanQuery } from '../../queries/get-plan/get-plan.query.js';
import { ConfirmPlanCommand } from './confirm-plan.command.js';

/**
 * Confirming accepts every inherited target as it then stands, so each must
 * meet its floor: raised values are checked, and so are the ones left alone
 * (a parent may have tightened since the cascade).
 */
@CommandHandler(ConfirmPlanCommand)
export class ConfirmPlanHandler implements ICommandHandler<ConfirmPlanCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queryBus: QueryBus,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ planId, request }: ConfirmPlanCommand): Promise<PlanResponse> {
    const before = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, planId);
      if (!plan.parent_plan_id) {
        throw new DomainError('PLAN_NOT_DERIVED', 'Only a plan derived from a parent plan can be confirmed');
      }
      const targets = await manager.findBy(TargetOrmEntity, { planId });
      const byCode = new Map(targets.map((t) => [t.code, t]));
      const errors: FieldError[] = [];
      for (const [i, { code, value }] of (request.targets ?? []).entries()) {
        const target = byCode.get(code);
        const problem = target ? targetValueProblem(target.measure, value) : null;
        if (!target) errors.push({ field: `targets.${i}.code`, message: `the plan has no target ${code}` });
        else if (problem) errors.push({ field: `targets.${i}.value`, message: problem });
        else target.value = toComparable(target.measure, value);
      }
      if (errors.length > 0) throw new ValidationFailedError(errors);
      const ancestors = await ancestorTargets(manager, planId, null);
      for (const target of targets) {
        if (!target.parentTargetId) continue;
        assertNotWeakerThanParent(
          target.code,
          target.measure,
          ancestors.get(target.code) ?? [],
          plan.unit_level,
          toRuleTarget(target),
        );
      }
      // Every raised value in one statement, not a save per target.
      const raised = targets.filter((t) => (request.targets ?? []).some((r) => r.code === t.code));
      if (raised.length > 0) {
        await manager.query(
          `UPDATE targets t SET value = r.value
           FROM unnest($2::text[], $3::numeric[]) AS r (code, value)
           WHERE t.plan_id = $1 AND t.code = r.code`,
          [planId, raised.map((t) => t.code), raised.map((t) => t.value)],
        );
      }
      await manager.query(`UPDATE plans SET status = 'confirmed' WHERE id = $1`, [planId]);
      await bumpVersion(manager, planId);
      return toPlanSummary(plan);
    });
    const after = await this.queryBus.execute(new GetPlanQuery(planId));
    this.eventBus.publish(new PlanChangedEvent(planId, 'plan_confirmed', before, after));
    return after;
  }
}
