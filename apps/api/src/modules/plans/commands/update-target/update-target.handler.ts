import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { FieldError, TargetResponse } from '@cchc/contracts';
import { FLOOR_LEVELS, type Measure, fromComparable, targetValueProblem, toComparable } from '@cchc/domain';
import { DomainError, NotFoundError, ValidationFailedError } from '../../../../common/domain-error.js';
import { ancestorTargets, toRuleTarget, toTargetResponse } from '../../infrastructure/target-rows.js';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import { assertNotWeakerThanParent } from '../../infrastructure/target-guard.js';
import { TargetOrmEntity } from '../../infrastructure/target.orm-entity.js';
import { UpdateTargetCommand } from './update-target.command.js';

@CommandHandler(UpdateTargetCommand)
export class UpdateTargetHandler implements ICommandHandler<UpdateTargetCommand> {
  constructor(private readonly writer: PlanWriter) {}

  execute(command: UpdateTargetCommand): Promise<TargetResponse> {
    const { planId, code, request } = command;
    return this.writer.write(command, async ({ manager, plan }) => {
      const target = await manager.findOneBy(TargetOrmEntity, { planId, code });
      if (!target) throw new NotFoundError(`Target ${code} of plan ${planId}`);
      // Inherited by code, whatever row it came from: the plans above decide its floor.
      const ancestors = (await ancestorTargets(manager, planId, [code])).get(code) ?? [];
      const [parent] = ancestors;
      const before = toTargetResponse(target, ancestors, plan.unit_level);

      if (parent) {
        const locked = (['area', 'measure', 'direction', 'reporting'] as const).filter(
          (f) => request[f] !== undefined && request[f] !== parent[f],
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
      // An inherited target follows the parent's area, measure and direction, even one
      // written before the parent had the code: the write brings it back in line.
      const measure: Measure = parent?.measure ?? request.measure ?? target.measure;
      const errors: FieldError[] = [];
      const comparable = (field: string, v: number | string) => {
        const problem = targetValueProblem(measure, v);
        if (problem) errors.push({ field, message: problem });
        return problem ? 0 : toComparable(measure, v);
      };
      if (measure !== target.measure && request.value === undefined) {
        errors.push({ field: 'value', message: 'is required when the measure changes' });
      }
      const value = request.value !== undefined ? comparable('value', request.value) : target.value;
      const floors = { district: target.floorDistrict, commune: target.floorCommune };
      for (const level of FLOOR_LEVELS) {
        const given = request.levelFloors?.[level];
        if (given === null) floors[level] = null;
        else if (given !== undefined) floors[level] = comparable(`levelFloors.${level}`, given);
        else if (measure !== target.measure && floors[level] !== null) {
          // Keep the floor's meaning only if it still suits the new measure.
          const old = fromComparable(target.measure, floors[level] as number);
          floors[level] = comparable(`levelFloors.${level}`, old);
        }
      }
      if (errors.length > 0) throw new ValidationFailedError(errors);

      const next = {
        ...target,
        name: request.name ?? target.name,
        area: parent?.area ?? request.area ?? target.area,
        measure,
        direction: parent?.direction ?? request.direction ?? target.direction,
        reporting: parent?.reporting ?? request.reporting ?? target.reporting,
        parentTargetId: ancestors.find((a) => a.distance === 1)?.id ?? target.parentTargetId,
        value,
        floorDistrict: floors.district,
        floorCommune: floors.commune,
      };
      if (parent) {
        assertNotWeakerThanParent(code, measure, ancestors, plan.unit_level, toRuleTarget(next));
      }
      await manager.save(TargetOrmEntity, next);
      const result = toTargetResponse(next, ancestors, plan.unit_level);
      return { result, changes: [{ planId, action: 'target_changed', before, after: result }] };
    });
  }
}
