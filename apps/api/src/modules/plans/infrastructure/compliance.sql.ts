import { targetRuleSql as rule } from '@cchc/domain';

/**
 * One SQL query that finds, in the plans selected by `checkedPlansSql` (a
 * SELECT of plan ids; $1 is its parameter), every inherited target weaker than
 * the strictest floor any plan above it sets for its level, and every target
 * of the parent plan the child lacks. Floors carry down: a commune is checked
 * against its district and its province, so a province that tightens a target
 * puts every descendant below the new floor out of compliance.
 *
 * Rows: plan_id, code, name, problem ('weaker'|'missing'), field, direction,
 * measure, value (null when missing), floor; values on the comparable scale.
 */
export function complianceSql(checkedPlansSql: string): string {
  const t = 't';
  const a = 'a';
  return `
    WITH RECURSIVE checked AS (${checkedPlansSql}),
    chain AS (
      SELECT p.id AS plan_id, p.parent_plan_id AS ancestor_id
      FROM checked JOIN plans p ON p.id = checked.id
      WHERE p.parent_plan_id IS NOT NULL
      UNION ALL
      SELECT chain.plan_id, up.parent_plan_id
      FROM chain JOIN plans up ON up.id = chain.ancestor_id
      WHERE up.parent_plan_id IS NOT NULL
    ),
    leveled AS (
      SELECT chain.plan_id, chain.ancestor_id, u.level
      FROM chain JOIN plans p ON p.id = chain.plan_id JOIN units u ON u.code = p.unit_code
    ),
    weaker AS (
      SELECT ${t}.plan_id, ${t}.code, ${t}.name, ${t}.direction, ${t}.measure, v.field, v.tried AS value,
             CASE WHEN ${t}.direction = 'at_least' THEN max(v.floor) ELSE min(v.floor) END AS floor
      FROM leveled
      JOIN targets ${t} ON ${t}.plan_id = leveled.plan_id AND ${t}.parent_target_id IS NOT NULL
      JOIN targets ${a} ON ${a}.plan_id = leveled.ancestor_id AND ${a}.code = ${t}.code
      CROSS JOIN LATERAL (VALUES
        ('value', ${t}.value, ${rule.floorFor(a, 'leveled.level')}),
        ('commune', ${rule.floorFor(t, "'commune'")}, ${rule.floorFor(a, "'commune'")})
      ) AS v (field, tried, floor)
      WHERE ${rule.isWeaker(`${t}.direction`, 'v.tried', 'v.floor')}
        AND (v.field = 'value' OR (leveled.level = 'district'
             -- an unset commune floor means "my own value": reported once, as the value
             AND (${t}.floor_commune IS NOT NULL OR NOT ${rule.isWeaker(`${t}.direction`, `${t}.value`, rule.floorFor(a, 'leveled.level'))})))
      GROUP BY ${t}.id, ${t}.plan_id, ${t}.code, ${t}.name, ${t}.direction, ${t}.measure, v.field, v.tried
    ),
    missing AS (
      SELECT p.id AS plan_id, pt.code, pt.name, pt.direction, pt.measure, 'value'::text AS field,
             NULL::numeric AS value, ${rule.floorFor('pt', 'u.level')} AS floor
      FROM checked
      JOIN plans p ON p.id = checked.id
      JOIN units u ON u.code = p.unit_code
      JOIN targets pt ON pt.plan_id = p.parent_plan_id
      WHERE NOT EXISTS (SELECT 1 FROM targets x WHERE x.plan_id = p.id AND x.code = pt.code)
    )
    SELECT plan_id, code, name, 'weaker' AS problem, field, direction, measure, value, floor FROM weaker
    UNION ALL
    SELECT plan_id, code, name, 'missing' AS problem, field, direction, measure, value, floor FROM missing`;
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
