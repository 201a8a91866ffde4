/**
 * The same rule as target-rule.ts, as SQL expressions for the set-based cascade
 * and compliance queries, so the database and the application decide alike.
 * A target row has `direction`, `value` (comparable scale), `floor_district`
 * and `floor_commune`. Arguments are SQL expressions (aliases, columns),
 * never user input. The API's tests check these against the functions in
 * target-rule.ts on random targets.
 */
import type { FloorLevel } from '../units/unit-level';

const LEVEL_RANK = { province: 0, district: 1, commune: 2 } as const;

export const targetRuleSql = {
  /** Rank of a level (SQL text expression): province 0, district 1, commune 2. */
  levelRank(level: string): string {
    return `(CASE ${level} WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END)`;
  },
  /** The floor target row `t` sets for units of level `level` (a SQL text expression). */
  floorFor(t: string, level: string): string {
    return `COALESCE(CASE ${level} WHEN 'district' THEN ${t}.floor_district WHEN 'commune' THEN ${t}.floor_commune END, ${t}.value)`;
  },
  /** `candidate` is weaker than `floor` in `direction`. */
  isWeaker(direction: string, candidate: string, floor: string): string {
    return `(CASE ${direction} WHEN 'at_least' THEN ${candidate} < ${floor} ELSE ${candidate} > ${floor} END)`;
  },
  /** The stricter of `a` and `b` in `direction`. */
  stricterOf(direction: string, a: string, b: string): string {
    return `(CASE WHEN ${targetRuleSql.isWeaker(direction, a, b)} THEN ${b} ELSE ${a} END)`;
  },
  /** deriveTarget: the floor for `floorLevel` that a child at `childLevel` keeps
   * from parent row `p` (NULL when it equals the child's own value). */
  derivedLevelFloor(p: string, childLevel: string, floorLevel: FloorLevel): string {
    const f = targetRuleSql.floorFor(p, `'${floorLevel}'`);
    return `(CASE WHEN ${targetRuleSql.levelRank(childLevel)} < ${LEVEL_RANK[floorLevel]} AND ${f} <> ${targetRuleSql.floorFor(p, childLevel)} THEN ${f} END)`;
  },
  /** raiseToFloors: child row `c`'s value raised to parent row `p`'s floor. */
  raisedValue(p: string, c: string, childLevel: string): string {
    return targetRuleSql.stricterOf(`${p}.direction`, `${c}.value`, targetRuleSql.floorFor(p, childLevel));
  },
  /** raiseToFloors: child row `c`'s floor for `floorLevel`, raised where too weak. */
  raisedLevelFloor(p: string, c: string, childLevel: string, floorLevel: FloorLevel): string {
    const column = `${c}.floor_${floorLevel}`;
    const required = targetRuleSql.floorFor(p, `'${floorLevel}'`);
    const current = `COALESCE(${column}, ${targetRuleSql.raisedValue(p, c, childLevel)})`;
    return `(CASE WHEN ${targetRuleSql.levelRank(childLevel)} < ${LEVEL_RANK[floorLevel]} AND ${targetRuleSql.isWeaker(`${p}.direction`, current, required)} THEN ${required} ELSE ${column} END)`;
  },
};
