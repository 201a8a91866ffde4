import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../common/domain-error.js';
import { queryRows } from '../../../../database/query-rows.js';
import { ancestorTargets, toTargetResponse } from '../../infrastructure/target-rows.js';
import { type PlanChange, PlanWriter, lockChildPlans } from '../../infrastructure/plan-writer.js';
import { refuseInheritedDeletion } from '../../infrastructure/target-guard.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { DeleteTargetCommand } from './delete-target.command.js';

/**
 * Removes a target of the plan's own; one whose code a plan above has is
 * inherited and stays. The same target in plans derived from this one stays
 * there, as their own (loosening a parent never loosens a child), until the
 * parent adds the code again and binds them to it once more.
 */
@CommandHandler(DeleteTargetCommand)
export class DeleteTargetHandler implements ICommandHandler<DeleteTargetCommand> {
  constructor(private readonly writer: PlanWriter) {}

  execute(command: DeleteTargetCommand): Promise<void> {
    const { planId, code } = command;
    return this.writer.write(command, async ({ manager, plan }) => {
      const target = await manager.findOneBy(TargetOrmEntity, { planId, code });
      if (!target) throw new NotFoundError(`Target ${code} of plan ${planId}`);
      const ancestors = (await ancestorTargets(manager, planId, [code])).get(code) ?? [];
      if (ancestors.length > 0) {
        refuseInheritedDeletion(code, target.measure, target.direction, ancestors, plan.unit_level);
      }
      // The children's copies become their own, each in its plan's history.
      await lockChildPlans(manager, plan, null);
      const released = await queryRows<{ plan_id: string }>(
        manager,
        `WITH released AS (
           UPDATE targets SET parent_target_id = NULL WHERE parent_target_id = $1 RETURNING plan_id)
         UPDATE plans p SET version = version + 1, updated_at = now()
         FROM released WHERE p.id = released.plan_id
         RETURNING p.id AS plan_id`,
        [target.id],
      );
      await manager.delete(TargetOrmEntity, { id: target.id });
      const before = toTargetResponse(target, [], plan.unit_level);
      const changes: PlanChange[] = [
        { planId, action: 'target_removed', before, after: null },
        ...released.map((r) => ({
          planId: r.plan_id,
          action: 'target_released' as const,
          before: { code, parentPlanId: planId },
          after: null,
        })),
      ];
      return { result: undefined, changes };
    });
  }
}
