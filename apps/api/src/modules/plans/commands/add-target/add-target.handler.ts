import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TargetResponse } from '@cchc/contracts';
import { toComparable } from '@cchc/domain';
import { DomainError } from '../../../../common/domain-error.js';
import { queryRows } from '../../../../database/query-rows.js';
import { ancestorTargets, toRuleTarget, toTargetResponse } from '../../infrastructure/target-rows.js';
import { type PlanChange, PlanWriter, lockChildPlans } from '../../infrastructure/plan-writer.js';
import { assertFollowsParent, assertNotWeakerThanParent } from '../../infrastructure/target-guard.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { AddTargetCommand } from './add-target.command.js';

/**
 * Adds a target. A code that a plan above already has makes it the inherited
 * target, bound to that floor (it could not be otherwise: the parent's target
 * would be side-stepped). The plans derived from this one that already hold a
 * target of this code are bound to the new one likewise, and are out of
 * compliance until they meet it.
 */
@CommandHandler(AddTargetCommand)
export class AddTargetHandler implements ICommandHandler<AddTargetCommand> {
  constructor(private readonly writer: PlanWriter) {}

  execute(command: AddTargetCommand): Promise<TargetResponse> {
    const { planId, request } = command;
    return this.writer.write(command, async ({ manager, plan }) => {
      const taken = await manager.findOneBy(TargetOrmEntity, { planId, code: request.code });
      if (taken) {
        throw new DomainError('TARGET_CODE_TAKEN', `Plan already has a target with code ${request.code}`, {
          targetCode: request.code,
        });
      }
      const ancestors = (await ancestorTargets(manager, planId, [request.code])).get(request.code) ?? [];
      const floor = (v: number | string | null | undefined) =>
        v === undefined || v === null ? null : toComparable(request.measure, v);
      const target = manager.create(TargetOrmEntity, {
        planId,
        provinceCode: plan.province_code,
        code: request.code,
        name: request.name,
        area: request.area,
        measure: request.measure,
        direction: request.direction,
        value: toComparable(request.measure, request.value),
        floorDistrict: floor(request.levelFloors?.district),
        floorCommune: floor(request.levelFloors?.commune),
        parentTargetId: ancestors.find((a) => a.distance === 1)?.id ?? null,
        reporting: request.reporting,
      });
      const [nearest] = ancestors;
      if (nearest) {
        assertFollowsParent(request.code, request, nearest);
        target.area = nearest.area;
        // Reported as the plans above report it: their roll-up adds the same kind of value.
        target.reporting = nearest.reporting;
        assertNotWeakerThanParent(
          request.code,
          request.measure,
          ancestors,
          plan.unit_level,
          toRuleTarget(target),
        );
      }
      await manager.save(target);

      // Children lock after their parent, in id order, before their rows are touched.
      await lockChildPlans(manager, plan, null);
      const bound = await queryRows<{ plan_id: string }>(
        manager,
        `WITH bound AS (
           UPDATE targets c SET parent_target_id = $2
           FROM plans cp
           WHERE cp.parent_plan_id = $1 AND c.plan_id = cp.id AND c.code = $3
             AND c.parent_target_id IS DISTINCT FROM $2
           RETURNING c.plan_id)
         UPDATE plans p SET version = version + 1, updated_at = now()
         FROM bound WHERE p.id = bound.plan_id
         RETURNING p.id AS plan_id`,
        [planId, target.id, target.code],
      );
      const result = toTargetResponse(target, ancestors, plan.unit_level);
      const changes: PlanChange[] = [
        { planId, action: 'target_added', before: null, after: result },
        ...bound.map((b) => ({
          planId: b.plan_id,
          action: 'target_inherited' as const,
          before: null,
          after: { code: target.code, parentPlanId: planId },
        })),
      ];
      return { result, changes };
    });
  }
}
