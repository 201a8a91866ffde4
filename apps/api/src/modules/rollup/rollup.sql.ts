import {
  type Direction,
  type Measure,
  REFORM_AREAS,
  type ReformArea,
  type UnitReportStatus,
  unitReportStatusSql,
} from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { plansBelowCte } from '../plans/infrastructure/plan-tree.sql.js';
import type { UnitNameRow } from '../plans/infrastructure/unit-names.sql.js';
import { districtJoin } from '../plans/infrastructure/unit-names.sql.js';

/**
 * The roll-up's words, as docs/api.md states them:
 * - the subtree of a plan: every plan descending from it by parent_plan_id (the plan itself
 *   excluded). By plans, not by the unit tree: an agency's plan sits at its commune's unit,
 *   below the commune's plan;
 * - a report counts when it is submitted: a draft counts as not reported;
 * - per target code of the plan rolled up: `met` = subtree plans whose submitted report gives
 *   that code a value meeting the plan's own target (`meets`, computed at save time), `missed` =
 *   one that does not, `notReported` = subtree plans that have the target but no submitted value
 *   for it (no report, a draft, or the value left out), so met + missed + notReported = the plans
 *   below that have the target; min / median (percentile_cont(0.5)) / max of the submitted values;
 * - per direct child plan: its own report's status (unitReportStatusSql: on_time, late, draft,
 *   missing), and the submitted target values meeting / missing their targets over the child's plan
 *   and every plan below it (every target they report on, their own ones too).
 */

/** A plan's subtree as two aligned lists: each plan below, and the direct child of the root it descends from. */
export interface Subtree {
  planIds: string[];
  childIds: string[];
}

/**
 * The plans below `rootIds`, found first, as a list: a recursive CTE inside the counting
 * statement hides the subtree's size from the planner, which then plans for the whole
 * country (see list-child-plans).
 */
export async function subtreeOf(m: EntityManager, rootIds: string[]): Promise<Subtree> {
  const [row]: { plan_ids: string[]; child_ids: string[] }[] = await m.query(
    `WITH RECURSIVE ${plansBelowCte('lineage', 'parent_plan_id = ANY($1::uuid[])')}
     SELECT coalesce(array_agg(id), '{}') AS plan_ids, coalesce(array_agg(child_id), '{}') AS child_ids FROM lineage`,
    [rootIds],
  );
  return { planIds: row?.plan_ids ?? [], childIds: row?.child_ids ?? [] };
}

/** The plan of unit `unitCode` in the subtree (its annual plan first, then the nearest); null when none. */
export async function planOfUnitIn(
  m: EntityManager,
  subtree: Subtree,
  unitCode: string,
): Promise<string | null> {
  const [row]: { id: string }[] = await m.query(
    `SELECT p.id FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n) JOIN plans p ON p.id = s.id
     WHERE p.unit_code = $2 ORDER BY p.kind = 'annual' DESC, s.n LIMIT 1`,
    [subtree.planIds, unitCode],
  );
  return row?.id ?? null;
}

export interface RollupTargetRow {
  code: string;
  name: string;
  area: ReformArea;
  measure: Measure;
  direction: Direction;
  met: number;
  missed: number;
  not_reported: number;
  /** Comparable (a date as days since 1970); null when nothing was submitted. */
  min: number | null;
  median: number | null;
  max: number | null;
}

export interface RollupUnitRow extends UnitNameRow {
  plan_id: string;
  unit_code: string;
  status: UnitReportStatus;
  met: number;
  missed: number;
  has_plans_below: boolean;
}

/**
 * The counting, in one statement over the subtree: per target code of the roots, and per direct
 * child of the roots. With one root it is that plan's roll-up; with several (the country's 63
 * province plans in the bench) the targets are counted by code across them. No report row
 * leaves the database: only the two tables' rows, as JSON.
 *
 * The period's submitted values below are read once, grouped by code and value (`tallied`: how
 * many plans gave that value, how many of them meet their target), in a plan PostgreSQL can run
 * in parallel (the subtree as an array filter, no join to it). The median is read off that
 * histogram by running counts: the same figure as `percentile_cont(0.5)` (lo + (hi − lo) × 0.5),
 * without sorting every value by code and then again by value, which was two thirds of the
 * country's time. The histogram has as many rows as there are distinct values per code
 * (percentages to a decimal, counts, days: hundreds, not
 * the country's 536,550). The plans that have each target are counted apart from the targets'
 * (plan_id, code) index, so `notReported` = those plans less the values met and missed. (A
 * report holds values of its plan's own targets only, and an inherited target cannot be deleted,
 * so every counted value is one of a plan that has the target.) The subtree is given to that
 * count as an array, not joined from `sub`: joined, the planner hashed every target of the
 * country to probe it with a province's 573 plans (270 ms instead of 10). Per child, the
 * counts met and missed each report keeps (written with its values) are added up: a row per
 * report, not the values again.
 */
export async function countRollup(
  m: EntityManager,
  rootIds: string[],
  periodKey: string,
  subtree: Subtree,
): Promise<{ targets: RollupTargetRow[]; units: RollupUnitRow[] }> {
  return m.transaction(async (tx) => {
    await tx.query(`SELECT set_config('work_mem', '64MB', true)`);
    const [row]: { targets: RollupTargetRow[]; units: RollupUnitRow[] }[] = await tx.query(
      `WITH sub AS (SELECT * FROM unnest($3::uuid[], $4::uuid[]) AS s (plan_id, child_id)),
       -- The period's submitted values below (a draft is not reported), by code and value.
       tallied AS (
         SELECT rt.code, rt.value::float8 AS value, count(*)::int AS n, count(*) FILTER (WHERE rt.meets)::int AS met
         FROM report_targets rt JOIN progress_reports r ON r.id = rt.report_id AND r.status = 'submitted'
         WHERE rt.period_key = $2 AND rt.plan_id = ANY($3::uuid[]) AND rt.value IS NOT NULL AND rt.meets IS NOT NULL
         GROUP BY rt.code, rt.value::float8),
       histogram AS (
         SELECT code, value, n, met, sum(n) OVER (PARTITION BY code ORDER BY value) AS upto,
                sum(n) OVER (PARTITION BY code) AS total
         FROM tallied),
       by_code AS (
         SELECT code, sum(met)::int AS met, (sum(n) - sum(met))::int AS missed, min(value) AS min, max(value) AS max,
                -- The middle value, or the two middle ones when the count is even.
                min(value) FILTER (WHERE upto >= (total + 1) / 2) AS lo, min(value) FILTER (WHERE upto >= total / 2 + 1) AS hi
         FROM histogram GROUP BY code),
       root_targets AS (
         SELECT DISTINCT ON (t.code) t.code, t.name, t.area, t.measure, t.direction,
                array_position($5::text[], t.area) AS area_order, t.id
         FROM targets t WHERE t.plan_id = ANY($1::uuid[])
         ORDER BY t.code, t.id),
       -- The plans below that have each target.
       having_code AS (
         SELECT code, count(*)::int AS plans FROM targets WHERE plan_id = ANY($3::uuid[]) GROUP BY code),
       -- Per child, the counts each report below keeps (recountReportsSql): one row per report.
       by_child AS (
         SELECT sub.child_id, sum(r.targets_met)::int AS met, sum(r.targets_missed)::int AS missed
         FROM sub JOIN progress_reports r ON r.plan_id = sub.plan_id AND r.period_key = $2 AND r.status = 'submitted'
         GROUP BY sub.child_id)
       SELECT
         (SELECT coalesce(json_agg(json_build_object(
             'code', t.code, 'name', t.name, 'area', t.area, 'measure', t.measure, 'direction', t.direction,
             'met', coalesce(c.met, 0), 'missed', coalesce(c.missed, 0),
             'not_reported', coalesce(h.plans, 0) - coalesce(c.met, 0) - coalesce(c.missed, 0),
             'min', c.min, 'median', c.lo + (c.hi - c.lo) * 0.5, 'max', c.max) ORDER BY t.area_order, t.id), '[]')
          FROM root_targets t LEFT JOIN by_code c ON c.code = t.code LEFT JOIN having_code h ON h.code = t.code) AS targets,
         (SELECT coalesce(json_agg(json_build_object(
             'plan_id', p.id, 'unit_code', p.unit_code, 'unit_name', u.name, 'unit_type', u.type,
             'district_code', u_d.code, 'district_name', u_d.name, 'district_type', u_d.type,
             'status', ${unitReportStatusSql('r.status', 'r.late')},
             'met', coalesce(c.met, 0), 'missed', coalesce(c.missed, 0),
             'has_plans_below', EXISTS (SELECT 1 FROM plans b WHERE b.parent_plan_id = p.id)) ORDER BY p.unit_code, p.id), '[]')
          FROM plans p JOIN units u ON u.code = p.unit_code ${districtJoin('u')}
          LEFT JOIN progress_reports r ON r.plan_id = p.id AND r.period_key = $2
          LEFT JOIN by_child c ON c.child_id = p.id
          WHERE p.parent_plan_id = ANY($1::uuid[])) AS units`,
      [rootIds, periodKey, subtree.planIds, subtree.childIds, REFORM_AREAS],
    );
    return { targets: row?.targets ?? [], units: row?.units ?? [] };
  });
}
