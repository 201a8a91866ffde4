import { targetRuleSql as rule } from '@cchc/domain';
import type { DataSource } from 'typeorm';

/**
 * One SQL query that finds, in the plans selected by `checkedPlansSql` (a
 * SELECT of plan ids; $1 is its parameter), every inherited target weaker than
 * the strictest floor its parent and grandparent targets set for its level,
 * and every target of the parent plan the child lacks. Floors carry down: a
 * commune is checked against its district and its province, so a province
 * that tightens a target puts every descendant below the new floor out of
 * compliance, even where the district in between is itself below.
 *
 * Units have three levels at most, so a target has at most two ancestors; the
 * chain is followed by parent_target_id (primary-key joins), which keeps the
 * nationwide check to two hash joins over the targets.
 *
 * A target bound to a parent's target but of another measure or direction
 * (written before the parent had the code) is a 'mismatch' until it follows.
 *
 * Rows: plan_id, code, name, problem ('weaker'|'missing'|'mismatch'), field, direction,
 * measure, value (null when missing), floor; values on the comparable scale.
 */
export function complianceSql(checkedPlansSql: string): string {
  const strictest = (a: string, b: string) =>
    `(CASE WHEN t.direction = 'at_least' THEN GREATEST(${a}, ${b}) ELSE LEAST(${a}, ${b}) END)`;
  const valueWeak = rule.isWeaker('direction', 'value', 'value_floor');
  // A district's floor for its communes (its own value when unset) must meet the
  // commune floors above it; a target weak on both counts is reported as its value.
  const communeWeak = `(level = 'district' AND ${rule.isWeaker('direction', 'own_commune_floor', 'commune_floor')})`;
  return `
    WITH checked AS (${checkedPlansSql}),
    inherited AS (
      SELECT t.plan_id, t.code, t.name, t.direction, t.measure, t.value, u.level,
             (t.measure, t.direction) IS DISTINCT FROM (a1.measure, a1.direction) AS mismatch,
             ${rule.floorFor('t', "'commune'")} AS own_commune_floor,
             ${strictest(rule.floorFor('a1', 'u.level'), rule.floorFor('a2', 'u.level'))} AS value_floor,
             ${strictest(rule.floorFor('a1', "'commune'"), rule.floorFor('a2', "'commune'"))} AS commune_floor
      FROM checked
      JOIN plans p ON p.id = checked.id
      JOIN units u ON u.code = p.unit_code
      JOIN targets t ON t.plan_id = p.id
      JOIN targets a1 ON a1.id = t.parent_target_id
      -- The grandparent's floor binds only on the parent's scale (bindingAncestors' twin).
      LEFT JOIN targets a2 ON a2.id = a1.parent_target_id
        AND (a2.measure, a2.direction) = (a1.measure, a1.direction)
    ),
    -- A child lacks a parent target only where it inherits fewer targets than the
    -- parent has; the exact anti-join runs for those plans alone.
    short AS (
      SELECT p.id, p.parent_plan_id, u.level
      FROM checked
      JOIN plans p ON p.id = checked.id
      JOIN units u ON u.code = p.unit_code
      WHERE (SELECT count(*) FROM targets pt WHERE pt.plan_id = p.parent_plan_id)
          > (SELECT count(*) FROM targets t WHERE t.plan_id = p.id AND t.parent_target_id IS NOT NULL)
    )
    SELECT plan_id, code, name, CASE WHEN mismatch THEN 'mismatch' ELSE 'weaker' END AS problem,
           CASE WHEN ${valueWeak} THEN 'value' ELSE 'commune' END AS field, direction, measure,
           CASE WHEN ${valueWeak} THEN value ELSE own_commune_floor END AS value,
           CASE WHEN ${valueWeak} THEN value_floor ELSE commune_floor END AS floor
    FROM inherited
    WHERE mismatch OR ${valueWeak} OR ${communeWeak}
    UNION ALL
    SELECT short.id, pt.code, pt.name, 'missing', 'value', pt.direction, pt.measure, NULL::numeric,
           ${rule.floorFor('pt', 'short.level')}
    FROM short
    JOIN targets pt ON pt.plan_id = short.parent_plan_id
    WHERE NOT EXISTS (SELECT 1 FROM targets x WHERE x.plan_id = short.id AND x.code = pt.code)`;
}

/**
 * Runs a compliance query in a read-only transaction with room to hash the
 * nationwide anti-join in memory (the default 4 MB spills it to disk).
 */
export async function runComplianceQuery<T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  return dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('work_mem', '64MB', true)`);
    return m.query(sql, params);
  });
}

/** The plans below `$1`, at every level. */
export const SUBTREE_OF_PLAN = `
  WITH RECURSIVE below AS (
    SELECT id FROM plans WHERE parent_plan_id = $1
    UNION ALL
    SELECT p.id FROM plans p JOIN below ON p.parent_plan_id = below.id
  ) SELECT id FROM below`;

/** The plans derived directly from `$1`. */
export const CHILDREN_OF_PLAN = 'SELECT id FROM plans WHERE parent_plan_id = $1';
