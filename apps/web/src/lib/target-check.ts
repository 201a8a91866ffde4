import type { TargetResponse } from '@cchc/contracts';
import {
  type FloorLevel,
  type Measure,
  type RuleTarget,
  type TargetValue,
  type UnitLevel,
  fromComparable,
  inheritedTargetViolations,
  isWeaker,
  targetValueProblem,
  toComparable,
} from '@cchc/domain';

/** A target as an editor proposes it: its value and the floors it sets below. */
export interface ProposedTarget {
  value: TargetValue | undefined;
  levelFloors?: Partial<Record<FloorLevel, TargetValue | null | undefined>>;
}

/** A value that the rule refuses, with the floor it falls below. */
export interface WeakerField {
  field: 'value' | FloorLevel;
  floor: TargetValue;
}

/** The comparable form of a value, or null when the measure does not allow it
 * (the contract's schema reports that case). */
function comparable(measure: Measure, value: TargetValue | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  return targetValueProblem(measure, value) === null ? toComparable(measure, value) : null;
}

function toRule(target: TargetResponse): RuleTarget {
  const m = target.measure;
  return {
    direction: target.direction,
    value: toComparable(m, target.value),
    levelFloors: {
      district: comparable(m, target.levelFloors.district),
      commune: comparable(m, target.levelFloors.commune),
    },
  };
}

/**
 * What the no-weaker-than-parent rule (from @cchc/domain) says about a proposed
 * change to `target`, a target of a plan at `level`, before anything is sent:
 * its value against `target.floor` (the strictest floor of every plan above),
 * and the floors it sets for the levels below against those `parentTarget` (the
 * same target in the parent plan) sets. Empty for a target of the plan's own.
 */
export function weakerFields(
  target: TargetResponse,
  level: UnitLevel,
  proposed: ProposedTarget,
  parentTarget?: TargetResponse | null,
): WeakerField[] {
  if (target.parentTargetId === null) return [];
  const m = target.measure;
  const direction = target.direction;
  const result: WeakerField[] = [];
  const value = comparable(m, proposed.value);
  const floor = comparable(m, target.floor);
  if (value !== null && floor !== null && isWeaker(direction, value, floor)) {
    result.push({ field: 'value', floor: target.floor as TargetValue });
  }
  if (parentTarget && value !== null) {
    const levelFloors: Partial<Record<FloorLevel, number | null>> = {};
    for (const [lvl, v] of Object.entries(proposed.levelFloors ?? {}) as [FloorLevel, TargetValue | null][]) {
      levelFloors[lvl] = comparable(m, v);
    }
    for (const v of inheritedTargetViolations([toRule(parentTarget)], level, {
      direction,
      value,
      levelFloors,
    })) {
      if (v.field !== 'value') result.push({ field: v.field, floor: fromComparable(m, v.floor) });
    }
  }
  return result;
}
