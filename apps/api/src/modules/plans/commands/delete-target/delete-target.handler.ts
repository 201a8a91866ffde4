import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../../common/domain-error.js';
import { PlanChangedEvent } from '../../events/plan-changed.event.js';
import { ancestorTargets, bumpVersion, lockPlan, toTargetResponse } from '../../infrastructure/plan-rows.js';
import { refuseInheritedDeletion } from '../../infrastructure/target-guard.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { DeleteTargetCommand } from './delete-target.command.js';

/** Removes a target of the plan's own. The same target in plans derived from this
 * one stays there, as their own: loosening a parent never loosens a child. */
@CommandHandler(DeleteTargetCommand)
export class DeleteTargetHandler implements ICommandHandler<DeleteTargetCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ planId, code }: DeleteTargetCommand): Promise<void> {
    const before = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, planId);
      const target = await manager.findOneBy(TargetOrmEntity, { planId, code });
      if (!target) throw new NotFoundError(`Target ${code} of plan ${planId}`);
      if (target.parentTargetId) {
        const ancestors = (await ancestorTargets(manager, planId, [code])).get(code) ?? [];
        refuseInheritedDeletion(code, target.measure, target.direction, ancestors, plan.unit_level);
      }
      await manager.delete(TargetOrmEntity, { id: target.id });
      await bumpVersion(manager, planId);
      return toTargetResponse(target, [], plan.unit_level);
    });
    this.eventBus.publish(new PlanChangedEvent(planId, 'target_removed', before, null));
  }
}
