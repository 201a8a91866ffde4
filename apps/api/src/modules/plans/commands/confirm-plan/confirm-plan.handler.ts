import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { FieldError, PlanResponse } from '@cchc/contracts';
import { effectiveFloor, fromComparable, targetValueProblem, toComparable } from '@cchc/domain';
import { ValidationFailedError } from '../../../../common/domain-error.js';
import { findPlan, toPlanSummary } from '../../infrastructure/plan-row.js';
import { ancestorTargets, toRuleTarget, toTargetResponse } from '../../infrastructure/target-rows.js';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import {
  type WeakerTarget,
  assertFollowsParent,
  refuseWeakerTargets,
  weakerThanParent,
} from '../../infrastructure/target-guard.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { GetPlanQuery } from '../../queries/get-plan/get-plan.query.js';
import { ConfirmPlanCommand } from './confirm-plan.command.js';

/**
 * Confirming accepts every inherited target as it then stands, so each must
 * meet its floor: raised values are checked, and so are the ones left alone
 * (a parent may have tightened since the cascade), and none the parent has
 * may be missing. Inherited means by code, whatever row it came from.
 */
@CommandHandler(ConfirmPlanCommand)
export class ConfirmPlanHandler implements ICommandHandler<ConfirmPlanCommand> {
  constructor(
    private readonly writer: PlanWriter,
    private readonly queryBus: QueryBus,
  ) {}

  async execute(command: ConfirmPlanCommand): Promise<PlanResponse> {
    const { planId, request } = command;
    await this.writer.write(
      command,
      async ({ manager, plan }) => {
        const targets = await manager.findBy(TargetOrmEntity, { planId });
        const ancestors = await ancestorTargets(manager, planId, null);
        const byCode = new Map(targets.map((t) => [t.code, t]));
        const beforeRaised = new Map<string, TargetOrmEntity>();
        const errors: FieldError[] = [];
        for (const [i, { code, value }] of (request.targets ?? []).entries()) {
          const target = byCode.get(code);
          const problem = target ? targetValueProblem(target.measure, value) : null;
          if (!target) errors.push({ field: `targets.${i}.code`, message: `the plan has no target ${code}` });
          else if (problem) errors.push({ field: `targets.${i}.value`, message: problem });
          else {
            beforeRaised.set(code, { ...target });
            target.value = toComparable(target.measure, value);
          }
        }
        if (errors.length > 0) throw new ValidationFailedError(errors);
        // Every target too weak, missing ones included, refused together: one refusal names them all.
        const weaker: WeakerTarget[] = [];
        for (const [code, above] of ancestors) {
          const [parent] = above;
          if (parent?.distance !== 1 || byCode.has(code)) continue;
          const floor = effectiveFloor(parent.direction, above, plan.unit_level);
          weaker.push({
            targetCode: code,
            field: 'value',
            parentValue: floor === null ? undefined : fromComparable(parent.measure, floor),
            triedValue: null,
            message: `Target ${code} of the parent plan is missing: cascade the parent plan again before confirming`,
          });
        }
        for (const target of targets) {
          const above = ancestors.get(target.code) ?? [];
          const [parent] = above;
          if (!parent) continue;
          assertFollowsParent(target.code, target, parent);
          const problem = weakerThanParent(
            target.code,
            target.measure,
            above,
            plan.unit_level,
            toRuleTarget(target),
          );
          if (problem) weaker.push(problem);
        }
        if (weaker.length > 0) refuseWeakerTargets(weaker);
        // Every raised value in one statement, not a save per target.
        const raised = targets.filter((t) => beforeRaised.has(t.code));
        if (raised.length > 0) {
          await manager.query(
            `UPDATE targets t SET value = r.value
           FROM unnest($2::text[], $3::numeric[]) AS r (code, value)
           WHERE t.plan_id = $1 AND t.code = r.code`,
            [planId, raised.map((t) => t.code), raised.map((t) => t.value)],
          );
        }
        // Confirmed: what an amendment above changed has been accepted.
        await manager.query('UPDATE plans SET reconfirm = NULL WHERE id = $1', [planId]);
        // The history shows the status and each raised value, before → after.
        const shown = (list: TargetOrmEntity[]) =>
          list.map((t) => toTargetResponse(t, ancestors.get(t.code) ?? [], plan.unit_level));
        const before = { ...toPlanSummary(plan), areas: [{ targets: shown([...beforeRaised.values()]) }] };
        const after = {
          ...toPlanSummary(await findPlan(manager, planId)),
          areas: [{ targets: shown(raised) }],
        };
        return { result: undefined, changes: [{ planId, action: 'plan_confirmed', before, after }] };
      },
      // The lifecycle table refuses a plan the unit wrote itself: it has nothing to confirm.
      { event: 'confirm' },
    );
    return this.queryBus.execute(new GetPlanQuery(planId));
  }
}
