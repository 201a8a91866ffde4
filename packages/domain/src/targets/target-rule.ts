import { type FloorLevel, type UnitLevel, floorLevelsBelow } from '../units/unit-level';
import type { Direction, Measure } from './target-value';

/**
 * The rule that makes this product: a derived plan's targets are never weaker
 * than its parent's. Values here are on the comparable scale (see
 * `toComparable`), so dates are days and "later" means "higher".
 */
export interface RuleTarget {
  direction: Direction;
  value: number;
  /** Floors the plan sets for levels below it, e.g. district 70, commune 60. */
  levelFloors?: Partial<Record<FloorLevel, number | null | undefined>>;
}

/**
 * The ancestors whose floors bind a target (nearest first): the nearest, and
 * those above it that measure and point the same way. A link of another
 * measure or direction (a target written before its parent had the code, not
 * yet brought in line) breaks the chain: its floor means nothing below it.
 * The compliance query's twin: its grandparent join requires the same scale.
 */
export function bindingAncestors<T extends { measure: Measure; direction: Direction }>(ancestors: T[]): T[] {
  const [nearest] = ancestors;
  if (!nearest) return [];
  const broken = ancestors.findIndex(
    (a) => a.measure !== nearest.measure || a.direction !== nearest.direction,
  );
  return broken === -1 ? ancestors : ancestors.slice(0, broken);
}

/** `candidate` is weaker than `floor` in this direction. Equal is never weaker. */
export function isWeaker(direction: Direction, candidate: number, floor: number): boolean {
  return direction === 'at_least' ? candidate < floor : candidate > floor;
}

/** The stricter of two values in this direction. */
export function stricterOf(direction: Direction, a: number, b: number): number {
  return isWeaker(direction, a, b) ? b : a;
}

/** The floor a target sets for units of `level` below it: the level floor it
 * names for that level, else its own value. */
export function floorFor(target: RuleTarget, level: UnitLevel): number {
  if (level === 'province') return target.value;
  return target.levelFloors?.[level] ?? target.value;
}

/** The floor that binds a target of a unit at `level`, given the same target in
 * every plan above it (nearest first). Floors carry down: a province's commune
 * floor binds a commune under a district as much as the district's own value. */
export function effectiveFloor(
  direction: Direction,
  ancestors: RuleTarget[],
  level: UnitLevel,
): number | null {
  let floor: number | null = null;
  for (const ancestor of ancestors) {
    const f = floorFor(ancestor, level);
    floor = floor === null ? f : stricterOf(direction, floor, f);
  }
  return floor;
}

export interface TargetViolation {
  /** `value`: the target's own value; a level: the floor it sets for that level. */
  field: 'value' | FloorLevel;
  floor: number;
  tried: number;
}

/**
 * Every way `proposed` (a target of a plan at `level`) is weaker than the floors
 * its ancestor targets set (nearest first). Empty when the write may proceed.
 * The floors it names for levels below must be no weaker than the ancestors'
 * for those levels either, so that the rule holds transitively.
 */
export function inheritedTargetViolations(
  ancestors: RuleTarget[],
  level: UnitLevel,
  proposed: RuleTarget,
): TargetViolation[] {
  if (ancestors.length === 0) return [];
  const { direction } = proposed;
  const violations: TargetViolation[] = [];
  const own = effectiveFloor(direction, ancestors, level);
  if (own !== null && isWeaker(direction, proposed.value, own)) {
    violations.push({ field: 'value', floor: own, tried: proposed.value });
  }
  for (const below of floorLevelsBelow(level)) {
    const floor = effectiveFloor(direction, ancestors, below);
    const explicit = proposed.levelFloors?.[below];
    // A level floor left unset means "my own value": already reported above if too weak.
    if ((explicit === undefined || explicit === null) && violations.length > 0) continue;
    const tried = floorFor(proposed, below);
    if (floor !== null && isWeaker(direction, tried, floor)) {
      violations.push({ field: below, floor, tried });
    }
  }
  return violations;
}

/**
 * The target a child plan at `level` inherits from `parent`: its value is the
 * floor the parent set for that level, and it keeps, for the levels below it,
 * every floor the parent set that differs from that value.
 */
export function deriveTarget(parent: RuleTarget, level: UnitLevel): RuleTarget {
  const value = floorFor(parent, level);
  const levelFloors: Partial<Record<FloorLevel, number>> = {};
  for (const below of floorLevelsBelow(level)) {
    const f = floorFor(parent, below);
    if (f !== value) levelFloors[below] = f;
  }
  return { direction: parent.direction, value, levelFloors };
}

/**
 * What an existing child target becomes when its parent is cascaded again: raised
 * to every floor it has fallen below, never lowered.
 */
export function raiseToFloors(parent: RuleTarget, level: UnitLevel, child: RuleTarget): RuleTarget {
  const { direction } = parent;
  const value = stricterOf(direction, child.value, floorFor(parent, level));
  const levelFloors: Partial<Record<FloorLevel, number | null | undefined>> = { ...child.levelFloors };
  for (const below of floorLevelsBelow(level)) {
    const required = floorFor(parent, below);
    const current = child.levelFloors?.[below] ?? value;
    if (isWeaker(direction, current, required)) levelFloors[below] = required;
  }
  return { direction, value, levelFloors };
}

/**
 * The floor a plan at `level` sets for its communes is stricter than the one it
 * sets for its districts (for a district's plan: than its own value). Allowed,
 * since stricter is never weaker, but rarely meant: communes would have to do
 * better than the district above them. The screens hint at it; the API accepts it.
 * Null when not so (or when the plan sets no commune floor below it).
 */
export function communeFloorAboveDistrict(
  target: RuleTarget,
  level: UnitLevel,
): { district: number; commune: number } | null {
  if (level === 'commune') return null;
  const district = level === 'district' ? target.value : floorFor(target, 'district');
  const commune = floorFor(target, 'commune');
  return isWeaker(target.direction, district, commune) ? { district, commune } : null;
}
