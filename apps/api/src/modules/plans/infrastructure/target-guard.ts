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

/** One target too weak for its floor, as a refusal names it. */
export interface WeakerTarget {
  targetCode: string;
  field: 'value' | 'district' | 'commune';
  parentValue: number | string | undefined;
  triedValue: number | string | null;
  /** The English sentence the refusal's detail writes for it. */
  message: string;
}

/** The first way `proposed` is weaker than the floors above it, or null. */
export function weakerThanParent(
  code: string,
  measure: Measure,
  ancestors: RuleTarget[],
  level: UnitLevel,
  proposed: RuleTarget,
): WeakerTarget | null {
  const [violation] = inheritedTargetViolations(ancestors, level, proposed);
  if (!violation) return null;
  const parentValue = fromComparable(measure, violation.floor);
  const triedValue = fromComparable(measure, violation.tried);
  const what = violation.field === 'value' ? 'its value' : `its floor for ${violation.field} level`;
  return {
    targetCode: code,
    field: violation.field,
    parentValue,
    triedValue,
    message: `Target ${code}: ${what} ${triedValue} is weaker than ${parentValue}, the floor the parent plan sets (${proposed.direction === 'at_least' ? 'at least' : 'at most'})`,
  };
}

/**
 * Refuses every target in `weaker` at once (TARGET_WEAKER_THAN_PARENT): the
 * first one in the top-level fields, as a single refusal has them, and all of
 * them in `violations`, so a user fixes them in one go, not one per try.
 */
export function refuseWeakerTargets(weaker: WeakerTarget[]): never {
  const [first] = weaker;
  if (!first) throw new Error('refuseWeakerTargets needs at least one target');
  const list = weaker.map(({ message: _m, ...rest }) => rest);
  const { message: _message, ...fields } = first;
  throw new DomainError(
    'TARGET_WEAKER_THAN_PARENT',
    weaker.length === 1
      ? first.message
      : `${weaker.length} targets are weaker than the parent plan allows. ${weaker.map((w) => w.message).join('; ')}`,
    { ...fields, violations: list },
  );
}

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
  const weaker = weakerThanParent(code, measure, ancestors, level, proposed);
  if (weaker) refuseWeakerTargets([weaker]);
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
