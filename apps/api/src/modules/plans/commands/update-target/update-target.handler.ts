import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import type { FieldError, TargetResponse } from '@cchc/contracts';
import { FLOOR_LEVELS, type Measure, fromComparable, targetValueProblem, toComparable } from '@cchc/domain';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError, ValidationFailedError } from '../../../../common/domain-error.js';
import { PlanChangedEvent } from '../../events/plan-changed.event.js';
import {
  ancestorTargets,
  bumpVersion,
  lockPlan,
  toRuleTarget,
  toTargetResponse,
} from '../../infrastructure/plan-rows.js';
import { assertNotWeakerThanParent } from '../../infrastructure/target-guard.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { UpdateTargetCommand } from './update-target.command.js';

@CommandHandler(UpdateTargetCommand)
export class UpdateTargetHandler implements ICommandHandler<UpdateTargetCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ planId, code, request }: UpdateTargetCommand): Promise<TargetResponse> {
    const [before, after] = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, planId);
      const target = await manager.findOneBy(TargetOrmEntity, { planId, code });
      if (!target) throw new NotFoundError(`Target ${code} of plan ${planId}`);
      const ancestors = target.parentTargetId
        ? ((await ancestorTargets(manager, planId, [code])).get(code) ?? [])
        : [];
      const before = toTargetResponse(target, ancestors, plan.unit_level);

      if (target.parentTargetId) {
        const locked = (['area', 'measure', 'direction'] as const).filter(
          (f) => request[f] !== undefined && request[f] !== target[f],
        );
        if (locked.length > 0) {
          throw new DomainError(
            'INHERITED_TARGET_LOCKED',
            `Target ${code} is inherited: its ${locked.join(', ')} follow the parent plan`,
            {
              targetCode: code,
              errors: locked.map((f) => ({ field: f, message: 'is set by the parent plan' })),
            },
          );
        }
      }
      const measure: Measure = request.measure ?? target.measure;
      const errors: FieldError[] = [];
      const comparable = (field: string, v: number | string) => {
        const problem = targetValueProblem(measure, v);
        if (problem) errors.push({ field, message: problem });
        return problem ? 0 : toComparable(measure, v);
      };
      if (request.measure && request.measure !== target.measure && request.value === undefined) {
        errors.push({ field: 'value', message: 'is required when the measure changes' });
      }
      const value = request.value !== undefined ? comparable('value', request.value) : target.value;
      const floors = { district: target.floorDistrict, commune: target.floorCommune };
      for (const level of FLOOR_LEVELS) {
        const given = request.levelFloors?.[level];
        if (given === null) floors[level] = null;
        else if (given !== undefined) floors[level] = comparable(`levelFloors.${level}`, given);
        else if (request.measure && request.measure !== target.measure && floors[level] !== null) {
          // Keep the floor's meaning only if it still suits the new measure.
          const old = fromComparable(target.measure, floors[level] as number);
          floors[level] = comparable(`levelFloors.${level}`, old);
        }
      }
      if (errors.length > 0) throw new ValidationFailedError(errors);

      const next = {
        ...target,
        name: request.name ?? target.name,
        area: request.area ?? target.area,
        measure,
        direction: request.direction ?? target.direction,
        value,
        floorDistrict: floors.district,
        floorCommune: floors.commune,
      };
      if (target.parentTargetId) {
        assertNotWeakerThanParent(code, measure, ancestors, plan.unit_level, toRuleTarget(next));
      }
      await manager.save(TargetOrmEntity, next);
      await bumpVersion(manager, planId);
      return [before, toTargetResponse(next, ancestors, plan.unit_level)] as const;
    });
    this.eventBus.publish(new PlanChangedEvent(planId, 'target_changed', before, after));
    return after;
  }
}
