import { type Measure, targetRuleSql as rule } from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../../database/query-rows.js';

/**
 * The set-based steps that carry a parent plan's targets and tasks into the
 * plans derived from it. Each step takes a list of child plans, whose parents
 * may differ (`plans.parent_plan_id`): a cascade passes the children of one
 * plan, an issued amendment one whole level of the subtree below it at a time.
 * One statement per step, whatever the number of plans.
 */

/** The child plans with ids $1, each with its parent plan and its unit's level. */
const CHILD_PLANS = `child AS (
  SELECT p.id, p.parent_plan_id AS parent_id, u.level
  FROM plans p JOIN units u ON u.code = p.unit_code WHERE p.id = ANY($1::uuid[]))`;

/**
 * What the child plans $1 already hold (their targets' codes, their tasks' parent tasks), read
 * by the children's own index entries first. Left to the planner, the anti-join of "what a
 * child lacks" read every target (or task) of the country once per statement, 63 times in a
 * national amendment, where a province's level holds a few thousand.
 */
const HELD = (column: 'code' | 'parent_task_id', table: 'targets' | 'tasks' = 'targets') =>
  `held AS MATERIALIZED (SELECT plan_id, ${column} AS key FROM ${table} WHERE plan_id = ANY($1::uuid[]))`;

export type Added = {
  n: number;
  plan_ids: string[];
  /** With onlyMissing: how many rows each plan received, and (targets) their codes and values. */
  per_plan?: Record<string, number>;
  rows?: { plan_id: string; code: string; measure: Measure; value: string }[];
};

/** A value a derivation changed in a child plan, as its history shows it. */
export type Raised = {
  plan_id: string;
  code: string;
  measure: Measure;
  from_value: string;
  to_value: string;
};

/** Every target of each child's parent into it, at the floor for the child's level; with
 * `onlyMissing`, only those a child lacks (by code). */
export async function insertInheritedTargets(
  m: EntityManager,
  childIds: string[],
  onlyMissing: boolean,
): Promise<Added> {
  if (childIds.length === 0) return { n: 0, plan_ids: [], rows: [] };
  const [added] = await m.query(
    `WITH ${CHILD_PLANS}, ${onlyMissing ? `${HELD('code')}, ` : ''}added AS (
       INSERT INTO targets (plan_id, province_code, code, name, area, measure, direction, value,
                            floor_district, floor_commune, parent_target_id, reporting)
       SELECT child.id, pt.province_code, pt.code, pt.name, pt.area, pt.measure, pt.direction,
              ${rule.floorFor('pt', 'child.level')},
              ${rule.derivedLevelFloor('pt', 'child.level', 'district')},
              ${rule.derivedLevelFloor('pt', 'child.level', 'commune')}, pt.id, pt.reporting
       FROM child JOIN targets pt ON pt.plan_id = child.parent_id
       ${onlyMissing ? 'WHERE NOT EXISTS (SELECT 1 FROM held x WHERE x.plan_id = child.id AND x.key = pt.code)' : ''}
       ORDER BY child.id, pt.id
       RETURNING plan_id, code, measure, value)
     SELECT count(*)::int AS n, coalesce(array_agg(DISTINCT plan_id), '{}') AS plan_ids,
            ${onlyMissing ? `coalesce(jsonb_agg(jsonb_build_object('plan_id', plan_id, 'code', code, 'measure', measure, 'value', value::text)), '[]')` : `'[]'::jsonb`} AS rows
     FROM added`,
    [childIds],
  );
  return added;
}

/** Every task of each child's parent meant for the levels below (`cascade`) into it, with its
 * product and deadline; who leads it is the child's to decide. With `onlyMissing`, only
 * tasks a child lacks. */
export async function insertInheritedTasks(
  m: EntityManager,
  childIds: string[],
  onlyMissing: boolean,
): Promise<Added> {
  if (childIds.length === 0) return { n: 0, plan_ids: [], per_plan: {} };
  const [added] = await m.query(
    `WITH ${CHILD_PLANS}, ${onlyMissing ? `${HELD('parent_task_id', 'tasks')}, ` : ''}added AS (
       INSERT INTO tasks (plan_id, province_code, title, area, product, due, parent_task_id)
       SELECT child.id, pt.province_code, pt.title, pt.area, pt.product, pt.due, pt.id
       FROM child JOIN tasks pt ON pt.plan_id = child.parent_id
       WHERE pt.cascade
         ${onlyMissing ? 'AND NOT EXISTS (SELECT 1 FROM held x WHERE x.plan_id = child.id AND x.key = pt.id)' : ''}
       ORDER BY child.id, pt.id
       RETURNING plan_id)
     SELECT count(*)::int AS n, coalesce(array_agg(DISTINCT plan_id), '{}') AS plan_ids,
            ${onlyMissing ? `(SELECT coalesce(jsonb_object_agg(plan_id, k), '{}') FROM (SELECT plan_id, count(*) AS k FROM added GROUP BY plan_id) x)` : `'{}'::jsonb`} AS per_plan
     FROM added`,
    [childIds],
  );
  return added;
}

/** The rows a child's targets follow their parents in, classified as the history words them. */
interface Followed {
  plan_id: string;
  code: string;
  measure: Measure;
  from_value: string;
  to_value: string;
  adopted: boolean;
  reset: boolean;
  values_changed: boolean;
  renamed: boolean;
}

/**
 * Each child target with a code its parent has follows the parent's, in one pass over the
 * children's targets:
 * - it becomes the inherited one (a child's own target of that code is adopted), with the
 *   parent's area, measure and direction; when the measure or direction changes, the old value
 *   means nothing any more and it restarts at the floor, as if derived;
 * - otherwise, a value or level floor below the parent's floor for the child's level is raised
 *   to it (one above keeps its value: never lowered);
 * - it carries the parent's name and how it is reported (not a change of its targets to
 *   confirm: the children follow them as they follow a rename).
 * One UPDATE, where four (adopt, raise, rename, reporting) each joined the level's targets to
 * their parents' again: an amendment flowing through the country spent most of its time there.
 */
export async function followParentTargets(
  m: EntityManager,
  childIds: string[],
): Promise<{ adopted: Raised[]; raised: Raised[]; renamed: { plan_id: string; code: string }[] }> {
  if (childIds.length === 0) return { adopted: [], raised: [], renamed: [] };
  const reset = '(t.measure, t.direction) IS DISTINCT FROM (pt.measure, pt.direction)';
  const followed = (derived: string, raised: string) =>
    `CASE WHEN ${reset} THEN ${derived} ELSE ${raised} END`;
  const value = followed(rule.floorFor('pt', 'child.level'), rule.raisedValue('pt', 't', 'child.level'));
  const floor = (level: 'district' | 'commune') =>
    followed(
      rule.derivedLevelFloor('pt', 'child.level', level),
      rule.raisedLevelFloor('pt', 't', 'child.level', level),
    );
  const rows = await queryRows<Followed>(
    m,
    `WITH ${CHILD_PLANS}
     UPDATE targets t SET parent_target_id = pt.id, area = pt.area, measure = pt.measure, direction = pt.direction,
       name = pt.name, reporting = pt.reporting,
       value = ${value}, floor_district = ${floor('district')}, floor_commune = ${floor('commune')}
     FROM child, targets pt
     -- t.plan_id = ANY($1) as well: the children's targets by their index, not every target hashed.
     WHERE t.plan_id = child.id AND t.plan_id = ANY($1::uuid[]) AND pt.plan_id = child.parent_id AND pt.code = t.code
       AND (t.parent_target_id, t.area, t.measure, t.direction, t.name, t.reporting, t.value, t.floor_district, t.floor_commune)
           IS DISTINCT FROM (pt.id, pt.area, pt.measure, pt.direction, pt.name, pt.reporting, ${value}, ${floor('district')}, ${floor('commune')})
     RETURNING t.plan_id, t.code, new.measure, old.value AS from_value, new.value AS to_value,
       (old.parent_target_id, old.area, old.measure, old.direction)
         IS DISTINCT FROM (new.parent_target_id, new.area, new.measure, new.direction) AS adopted,
       (old.measure, old.direction) IS DISTINCT FROM (new.measure, new.direction) AS reset,
       (old.value, old.floor_district, old.floor_commune)
         IS DISTINCT FROM (new.value, new.floor_district, new.floor_commune) AS values_changed,
       old.name <> new.name AS renamed`,
    [childIds],
  );
  const raisedRow = (r: Followed, to: string): Raised => ({
    plan_id: r.plan_id,
    code: r.code,
    measure: r.measure,
    from_value: r.from_value,
    to_value: to,
  });
  return {
    // As adopting answered: the value restarted at the floor, or kept.
    adopted: rows.filter((r) => r.adopted).map((r) => raisedRow(r, r.reset ? r.to_value : r.from_value)),
    // As raising answered: the kept value (or floor) raised to the parent's floor.
    raised: rows.filter((r) => r.values_changed && !r.reset).map((r) => raisedRow(r, r.to_value)),
    renamed: rows.filter((r) => r.renamed).map((r) => ({ plan_id: r.plan_id, code: r.code })),
  };
}

/**
 * The targets a derivation just gave the child plans (`gained`: added, or adopted
 * from the child's own) bind the same-code targets of the plans derived from
 * those children: a commune's own target written while its district lacked
 * the code becomes the inherited one once the district gets that code (as
 * adding the target to the district directly would). Codes a child already
 * had are bound already, so a derivation that changed nothing binds nothing.
 * The plans below are locked after the children, in id order, and change version.
 */
export async function bindGrandchildTargets(
  m: EntityManager,
  gained: { plan_id: string; code: string }[],
): Promise<{ plan_id: string; code: string; parent_plan_id: string }[]> {
  if (gained.length === 0) return [];
  const childIds = [...new Set(gained.map((g) => g.plan_id))];
  await m.query('SELECT id FROM plans WHERE parent_plan_id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [
    childIds,
  ]);
  return queryRows(
    m,
    `WITH gained (plan_id, code) AS (SELECT * FROM unnest($1::uuid[], $2::text[])),
     bound AS (
       UPDATE targets g SET parent_target_id = c.id
       FROM gained, targets c, plans gp
       WHERE c.plan_id = gained.plan_id AND c.code = gained.code AND gp.parent_plan_id = c.plan_id
         AND g.plan_id = gp.id AND g.code = c.code AND g.parent_target_id IS DISTINCT FROM c.id
       RETURNING g.plan_id, g.code, c.plan_id AS parent_plan_id),
     bumped AS (
       UPDATE plans p SET version = version + 1, updated_at = now()
       WHERE p.id IN (SELECT plan_id FROM bound))
     SELECT plan_id, code, parent_plan_id FROM bound ORDER BY plan_id, code`,
    [gained.map((g) => g.plan_id), gained.map((g) => g.code)],
  );
}

/** What carrying the parents' targets and tasks into existing child plans changed. */
export interface DerivedChanges {
  adopted: Raised[];
  raised: Raised[];
  renamed: { plan_id: string; code: string }[];
  addedTargets: Added;
  addedTasks: Added;
  inheritedBelow: { plan_id: string; code: string; parent_plan_id: string }[];
}

/**
 * Existing child plans receive what their parents now hold: adopt same-code
 * targets, raise what fell below a floor, rename what was renamed, add what is
 * missing. Nothing is lowered or deleted (a target the parent removed stays
 * in the child as its own: its link is cleared by the foreign key).
 */
export async function deriveIntoExisting(m: EntityManager, childIds: string[]): Promise<DerivedChanges> {
  const { adopted, raised, renamed } = await followParentTargets(m, childIds);
  const addedTargets = await insertInheritedTargets(m, childIds, true);
  const addedTasks = await insertInheritedTasks(m, childIds, true);
  const inheritedBelow = await bindGrandchildTargets(m, [...adopted, ...(addedTargets.rows ?? [])]);
  return { adopted, raised, renamed, addedTargets, addedTasks, inheritedBelow };
}

/** The plans whose targets changed (they must be confirmed again: a rename alone does not
 * ask that), and all that changed. */
export function changedPlans(changes: DerivedChanges): { targetsChanged: Set<string>; updated: Set<string> } {
  const targetsChanged = new Set<string>([
    ...changes.adopted.map((r) => r.plan_id),
    ...changes.raised.map((r) => r.plan_id),
    ...changes.addedTargets.plan_ids,
  ]);
  return {
    targetsChanged,
    updated: new Set([
      ...targetsChanged,
      ...changes.renamed.map((r) => r.plan_id),
      ...changes.addedTasks.plan_ids,
    ]),
  };
}
