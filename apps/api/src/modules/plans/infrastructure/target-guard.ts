import {
  type Direction,
  type Measure,
  type RuleTarget,
  type UnitLevel,
  effectiveFloor,
  fromComparable,
  inheritedTargetViolations,
} from '@cchc/domain';
import { DomainError } from '../../../common/domain-error.js';

/**
 * The one door every write of an inherited target passes: refuses, with the
 * target, the floor and the value tried, anything weaker than the plans above allow.
 */
export function assertNotWeakerThanParent(
  code: string,
  measure: Measure,
  ancestors: RuleTarget[],
  level: UnitLevel,
  proposed: RuleTarget,
): void {
  const [violation] = inheritedTargetViolations(ancestors, level, proposed);
  if (!violation) return;
  const parentValue = fromComparable(measure, violation.floor);
  const triedValue = fromComparable(measure, violation.tried);
  const what = violation.field === 'value' ? 'its value' : `its floor for ${violation.field} level`;
  throw new DomainError(
    'TARGET_WEAKER_THAN_PARENT',
    `Target ${code}: ${what} ${triedValue} is weaker than ${parentValue}, the floor the parent plan sets (${proposed.direction === 'at_least' ? 'at least' : 'at most'})`,
    { targetCode: code, field: violation.field, parentValue, triedValue },
  );
}

/** Deleting an inherited target is the weakest change of all: refused alike. */
export function refuseInheritedDeletion(
  code: string,
  measure: Measure,
  direction: Direction,
  ancestors: RuleTarget[],
  level: UnitLevel,
): never {
  const floor = effectiveFloor(direction, ancestors, level);
  throw new DomainError(
    'TARGET_WEAKER_THAN_PARENT',
    `Target ${code} is inherited from the parent plan and cannot be deleted`,
    {
      targetCode: code,
      field: 'value',
      parentValue: floor === null ? undefined : fromComparable(measure, floor),
      triedValue: null,
    },
  );
}

/**
 * An inherited target keeps the parent's measure and direction: a floor means
 * nothing in another unit or the other way round.
 */
export function assertFollowsParent(
  code: string,
  proposed: { measure: Measure; direction: Direction },
  parent: { measure: Measure; direction: Direction },
): void {
  const locked = (['measure', 'direction'] as const).filter((f) => proposed[f] !== parent[f]);
  if (locked.length === 0) return;
  throw new DomainError(
    'INHERITED_TARGET_LOCKED',
    `Target ${code} is inherited: its ${locked.join(', ')} follow the parent plan`,
    { targetCode: code, errors: locked.map((f) => ({ field: f, message: 'is set by the parent plan' })) },
  );
}
