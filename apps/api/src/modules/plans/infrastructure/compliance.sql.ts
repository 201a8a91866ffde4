import { plansBelowCte } from './plan-tree.sql.js';
import { targetRuleSql as rule } from '@cchc/domain';
import type { DataSource } from 'typeorm';

/**
 * One SQL query that finds, in the plans selected by `checkedPlansSql` (a
 * SELECT of plan ids; $1 is its parameter), every inherited target weaker than
 * the strictest floor the targets above it set for its level, and every
 * target of the parent plan the child lacks. Floors carry down: a commune is
 * checked against its district and its province, so a province that tightens
 * a target puts every descendant below the new floor out of compliance, even
 * where the district in between is itself below.
 *
 * The chain of targets above is followed by parent_target_id to any depth
 * (agencies inside a commune derive plans too: one level more). The parent
 * and grandparent are two primary-key hash joins, which keeps the nationwide
 * check fast; a chain longer than that is walked by a recursive subquery that
 * runs only for the rows that have one. `deep: false` leaves that subquery out
 * where no checked plan has three plans above it (runComplianceQuery asks):
 * a correlated subquery keeps PostgreSQL from scanning in parallel. The chain stops at a link of another
 * measure or direction than the one below it: that floor means nothing below
 * it (bindingAncestors' twin). A target bound to a parent's target of another
 * measure or direction (written before the parent had the code) is a
 * 'mismatch' until it follows.
 *
 * Rows: plan_id, code, name, problem ('weaker'|'missing'|'mismatch'), field, direction,
 * measure, value (null when missing), floor; values on the comparable scale.
 */
export function complianceSql(checkedPlansSql: string, { deep = true }: { deep?: boolean } = {}): string {
  // Beyond the grandparent: the strictest floor for `level` of the chain above a2, walked up.
  const deeper = (level: string) => `CASE WHEN a2.parent_target_id IS NOT NULL THEN (
      WITH RECURSIVE chain (next_id, measure, direction, floor) AS (
        SELECT a.parent_target_id, a.measure, a.direction, ${rule.floorFor('a', level)}
        FROM targets a WHERE a.id = a2.parent_target_id AND (a.measure, a.direction) = (a2.measure, a2.direction)
        UNION ALL
        SELECT a.parent_target_id, a.measure, a.direction, ${rule.floorFor('a', level)}
        FROM chain JOIN targets a ON a.id = chain.next_id AND (a.measure, a.direction) = (chain.measure, chain.direction)
      ) SELECT CASE WHEN t.direction = 'at_least' THEN max(floor) ELSE min(floor) END FROM chain) END`;
  // GREATEST and LEAST skip NULLs: a missing grandparent or deeper chain sets no floor.
  const strictest = (level: string) => {
    const floors = [
      rule.floorFor('a1', level),
      rule.floorFor('a2', level),
      ...(deep ? [deeper(level)] : []),
    ].join(', ');
    return `(CASE WHEN t.direction = 'at_least' THEN GREATEST(${floors}) ELSE LEAST(${floors}) END)`;
  };
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
             ${strictest('u.level')} AS value_floor,
             ${strictest("'commune'")} AS commune_floor
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
 * Runs a query over the compliance rows of the plans `checkedPlansSql` selects
 * (`wrap` gets the compliance SQL and builds the answer around it), in a
 * read-only transaction with room to hash the nationwide anti-join in memory
 * (the default 4 MB spills it to disk). It first asks whether any checked plan
 * has three plans above it, a few primary-key steps up: only then does the
 * compliance SQL carry the walk beyond the grandparent.
 */
export async function runComplianceQuery<T>(
  dataSource: DataSource,
  checkedPlansSql: string,
  wrap: (complianceSql: string) => string,
  params: unknown[],
): Promise<T[]> {
  return dataSource.transaction(async (m) => {
    await m.query(`SELECT set_config('work_mem', '64MB', true)`);
    const [{ deep }] = await m.query(
      `WITH RECURSIVE checked AS (${checkedPlansSql}),
       up (id, above, depth) AS (
         SELECT p.id, p.parent_plan_id, 1 FROM checked JOIN plans p ON p.id = checked.id
         WHERE p.parent_plan_id IS NOT NULL
         UNION ALL
         SELECT up.id, p.parent_plan_id, up.depth + 1 FROM up JOIN plans p ON p.id = up.above
         WHERE p.parent_plan_id IS NOT NULL AND up.depth < 3
       ) SELECT EXISTS (SELECT 1 FROM up WHERE depth >= 3) AS deep`,
      params.slice(0, 1),
    );
    return m.query(wrap(complianceSql(checkedPlansSql, { deep })), params);
  });
}

/** The plans below `$1`, at every level. */
export const SUBTREE_OF_PLAN = `WITH RECURSIVE ${plansBelowCte('below', 'parent_plan_id = $1')} SELECT id FROM below`;

/** The plans derived directly from `$1`. */
export const CHILDREN_OF_PLAN = 'SELECT id FROM plans WHERE parent_plan_id = $1';
