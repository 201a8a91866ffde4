import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import type { TargetResponse } from '@cchc/contracts';
import { toComparable } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../../common/domain-error.js';
import { PlanChangedEvent } from '../../events/plan-changed.event.js';
import { bumpVersion, lockPlan, toTargetResponse } from '../../infrastructure/plan-rows.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { AddTargetCommand } from './add-target.command.js';

/** A target of the plan's own; inherited targets arrive only by cascade. */
@CommandHandler(AddTargetCommand)
export class AddTargetHandler implements ICommandHandler<AddTargetCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ planId, request }: AddTargetCommand): Promise<TargetResponse> {
    const response = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, planId);
      const taken = await manager.findOneBy(TargetOrmEntity, { planId, code: request.code });
      if (taken) {
        throw new DomainError('TARGET_CODE_TAKEN', `Plan already has a target with code ${request.code}`, {
          targetCode: request.code,
        });
      }
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
        parentTargetId: null,
      });
      await manager.save(target);
      await bumpVersion(manager, planId);
      return toTargetResponse(target, [], plan.unit_level);
    });
    this.eventBus.publish(new PlanChangedEvent(planId, 'target_added', null, response));
    return response;
  }
}
