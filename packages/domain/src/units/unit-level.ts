/** Administrative levels, top first. The hierarchy itself is data: a
 * commune may sit under a district (before 2025) or directly under a
 * province (from 1 July 2025). */
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** Levels that can receive a floor of their own from a plan above them. */
export const FLOOR_LEVELS = ['district', 'commune'] as const;
export type FloorLevel = (typeof FLOOR_LEVELS)[number];

const rank: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };

export function isUnitLevel(value: string): value is UnitLevel {
  return (UNIT_LEVELS as readonly string[]).includes(value);
}

/** The floor levels strictly below `level` (province → district, commune). */
export function floorLevelsBelow(level: UnitLevel): FloorLevel[] {
  return FLOOR_LEVELS.filter((l) => rank[l] > rank[level]);
}

/** Whether a unit of level `child` may be placed directly under `parent`. */
export function canBeChildOf(child: UnitLevel, parent: UnitLevel): boolean {
  return rank[child] > rank[parent];
}
