import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { CascadePlanResponse } from '@cchc/contracts';
import {
  type Measure,
  fromComparable,
  legalBasisLine,
  planStatusSql,
  targetRuleSql as rule,
} from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../../../common/domain-error.js';
import { queryRows } from '../../../../database/query-rows.js';
import { recordDerivedPlansHistory } from '../../../audit/infrastructure/record-plan-history.js';
import { type PlanChange, PlanWriter, lockChildPlans } from '../../infrastructure/plan-writer.js';
import { ListChildPlansQuery } from '../../queries/list-child-plans/list-child-plans.query.js';
import { CascadePlanCommand } from './cascade-plan.command.js';

/** The child plans with ids $2, with each unit's level. */
const CHILD_PLANS = `child AS (
  SELECT p.id, u.level FROM plans p JOIN units u ON u.code = p.unit_code WHERE p.id = ANY($2::uuid[]))`;

type Added = {
  n: number;
  plan_ids: string[];
  /** With onlyMissing: how many rows each plan received, and (targets) their codes. */
  per_plan?: Record<string, number>;
  rows?: { plan_id: string; code: string }[];
};

/** A value a cascade changed in a child plan, as its history shows it. */
type Raised = { plan_id: string; code: string; measure: Measure; from_value: string; to_value: string };

/** Every target of parent plan `parentId` into child plans `childIds`, at the floor for
 * each child's level; with `onlyMissing`, only those a child lacks (by code). */
async function insertTargets(
  m: EntityManager,
  parentId: string,
  childIds: string[],
  onlyMissing: boolean,
): Promise<Added> {
  const [added] = await m.query(
    `WITH ${CHILD_PLANS}, added AS (
       INSERT INTO targets (plan_id, province_code, code, name, area, measure, direction, value,
                            floor_district, floor_commune, parent_target_id)
       SELECT child.id, pt.province_code, pt.code, pt.name, pt.area, pt.measure, pt.direction,
              ${rule.floorFor('pt', 'child.level')},
              ${rule.derivedLevelFloor('pt', 'child.level', 'district')},
              ${rule.derivedLevelFloor('pt', 'child.level', 'commune')}, pt.id
       FROM child CROSS JOIN targets pt
       WHERE pt.plan_id = $1
         ${onlyMissing ? 'AND NOT EXISTS (SELECT 1 FROM targets x WHERE x.plan_id = child.id AND x.code = pt.code)' : ''}
       ORDER BY child.id, pt.id
       RETURNING plan_id, code)
     SELECT count(*)::int AS n, coalesce(array_agg(DISTINCT plan_id), '{}') AS plan_ids,
            ${onlyMissing ? `coalesce(jsonb_agg(jsonb_build_object('plan_id', plan_id, 'code', code)), '[]')` : `'[]'::jsonb`} AS rows
     FROM added`,
    [parentId, childIds],
  );
  return added;
}

/** Every task of the parent meant for the levels below (`cascade`) into the children, with
 * its product and deadline; who leads it is the child's to decide. With `onlyMissing`, only
 * tasks a child lacks. */
async function insertTasks(
  m: EntityManager,
  parentId: string,
  childIds: string[],
  onlyMissing: boolean,
): Promise<Added> {
  const [added] = await m.query(
    `WITH ${CHILD_PLANS}, added AS (
       INSERT INTO tasks (plan_id, province_code, title, area, product, due, parent_task_id)
       SELECT child.id, pt.province_code, pt.title, pt.area, pt.product, pt.due, pt.id
       FROM child CROSS JOIN tasks pt
       WHERE pt.plan_id = $1 AND pt.cascade
         ${onlyMissing ? 'AND NOT EXISTS (SELECT 1 FROM tasks x WHERE x.plan_id = child.id AND x.parent_task_id = pt.id)' : ''}
       ORDER BY child.id, pt.id
       RETURNING plan_id)
     SELECT count(*)::int AS n, coalesce(array_agg(DISTINCT plan_id), '{}') AS plan_ids,
            ${onlyMissing ? `(SELECT coalesce(jsonb_object_agg(plan_id, k), '{}') FROM (SELECT plan_id, count(*) AS k FROM added GROUP BY plan_id) x)` : `'{}'::jsonb`} AS per_plan
     FROM added`,
    [parentId, childIds],
  );
  return added;
}

/**
 * The targets a cascade just gave the child plans (`gained`: added, or adopted
 * from the child's own) bind the same-code targets of the plans derived from
 * those children: a commune's own target written while its district lacked
 * the code becomes the inherited one once the cascade gives the district that
 * code (as adding the target to the district directly would). Codes a child
 * already had are bound already, so a cascade that changed nothing binds
 * nothing. The plans below are locked after the children, in id order, and
 * change version.
 */
async function bindGrandchildTargets(
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

/**
 * One transaction, one set-based statement per step, whatever the number of
 * children: link, create, adopt, raise, add targets, add tasks. Idempotent: a
 * second run adds what the parent gained and raises what fell below a
 * tightened floor; it never lowers, duplicates or drops anything. A dry run
 * does the same and rolls back, so the preview cannot disagree with the run.
 */
@CommandHandler(CascadePlanCommand)
export class CascadePlanHandler implements ICommandHandler<CascadePlanCommand> {
  constructor(
    private readonly writer: PlanWriter,
    private readonly queryBus: QueryBus,
  ) {}

  async execute(command: CascadePlanCommand): Promise<CascadePlanResponse> {
    const { planId, unitCodes, dryRun } = command;
    // The parent plan itself does not change: its version stays.
    const counts = await this.writer.write(
      command,
      async ({ manager: m, plan: parent, actor, at }) => {
        const children: { code: string }[] = await m.query('SELECT code FROM units WHERE parent_code = $1', [
          parent.unit_code,
        ]);
        const childCodes = new Set(children.map((c) => c.code));
        const strangers = (unitCodes ?? [])
          .map((code, i) => ({ code, i }))
          .filter(({ code }) => !childCodes.has(code));
        if (strangers.length > 0) {
          throw new DomainError(
            'NOT_A_CHILD_UNIT',
            `Not direct children of unit ${parent.unit_code}: ${strangers.map((s) => s.code).join(', ')}`,
            {
              errors: strangers.map(({ code, i }) => ({
                field: `unitCodes.${i}`,
                message: `${code} is not a direct child of ${parent.unit_code}`,
              })),
            },
          );
        }
        const codes = [...new Set(unitCodes ?? [...childCodes])];
        const P = [planId, codes];
        // The child plans, locked after their parent and in id order: a child writing its own
        // plan meanwhile waits, or the cascade waits for it; they never lock in a circle.
        await lockChildPlans(m, parent, codes);

        // An annual plan the child unit wrote itself before the cascade becomes the derived one,
        // to be confirmed like any other (`derived`: created or changed by a cascade).
        if (parent.kind === 'annual') {
          // The lock create-plan takes for a unit-year: a child creating its own plan meanwhile waits
          // and is then refused (409), or finishes first and is linked; never a duplicate-key error.
          await m.query(
            `SELECT pg_advisory_xact_lock(hashtext('plan:' || c || ':' || $2::text)) FROM unnest($1::text[]) AS c ORDER BY c`,
            [codes, parent.year],
          );
          await m.query(
            `UPDATE plans SET parent_plan_id = $1, status = ${planStatusSql.after('derive', 'status')} WHERE kind = 'annual' AND year = $3
             AND unit_code = ANY($2::text[]) AND parent_plan_id IS NULL AND id <> $1`,
            [...P, parent.year],
          );
        }
        const existing: { id: string }[] = await m.query(
          'SELECT id FROM plans WHERE parent_plan_id = $1 AND unit_code = ANY($2::text[])',
          P,
        );
        const created: { id: string }[] = await m.query(
          `INSERT INTO plans (province_code, unit_code, year, kind, title, legal_basis, objectives, status, parent_plan_id)
         SELECT $3, u.code, $4, $5, $6, ARRAY[$7], $8, ${planStatusSql.after('derive', "'draft'")}, $1
         FROM unnest($2::text[]) AS u (code)
         WHERE NOT EXISTS (SELECT 1 FROM plans c WHERE c.parent_plan_id = $1 AND c.unit_code = u.code)
         ORDER BY u.code
         RETURNING id`,
          [
            ...P,
            parent.province_code,
            parent.year,
            parent.kind,
            parent.title,
            // "Căn cứ Kế hoạch số 218/KH-UBND ngày 19 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Sóc Trăng về …"
            legalBasisLine({
              documentNumber: parent.document_number,
              issuedOn: parent.issued_on,
              unitType: parent.unit_type,
              unitName: parent.unit_name,
              title: parent.title,
            }),
            parent.objectives,
          ],
        );
        const createdIds = created.map((r) => r.id);
        const existingIds = existing.map((r) => r.id);

        // New plans receive everything: plain INSERT ... SELECT, nothing to compare against.
        const newTargets = createdIds.length
          ? await insertTargets(m, planId, createdIds, false)
          : { n: 0, plan_ids: [] as string[] };
        const newTasks = createdIds.length
          ? await insertTasks(m, planId, createdIds, false)
          : { n: 0, plan_ids: [] as string[] };

        // Existing plans: adopt same-code targets, raise what fell below a floor, add what is missing.
        let adopted: Raised[] = [];
        let raised: Raised[] = [];
        let addedTargets: Added = { n: 0, plan_ids: [] };
        let addedTasks: Added = { n: 0, plan_ids: [] };
        let inheritedBelow: Awaited<ReturnType<typeof bindGrandchildTargets>> = [];
        if (existingIds.length > 0) {
          const E = [planId, existingIds];
          // A child's own target with an inherited code becomes the inherited one, and an inherited
          // one follows the parent's area, measure and direction. When the measure or direction
          // changes, the old value means nothing any more: it restarts at the floor, as if derived.
          const reset = (derived: string, kept: string) =>
            `CASE WHEN (t.measure, t.direction) IS DISTINCT FROM (pt.measure, pt.direction) THEN ${derived} ELSE ${kept} END`;
          adopted = await queryRows<Raised>(
            m,
            `WITH ${CHILD_PLANS}
           UPDATE targets t SET parent_target_id = pt.id, area = pt.area, measure = pt.measure, direction = pt.direction,
             value = ${reset(rule.floorFor('pt', 'child.level'), 't.value')},
             floor_district = ${reset(rule.derivedLevelFloor('pt', 'child.level', 'district'), 't.floor_district')},
             floor_commune = ${reset(rule.derivedLevelFloor('pt', 'child.level', 'commune'), 't.floor_commune')}
           FROM child, targets pt
           WHERE t.plan_id = child.id AND pt.plan_id = $1 AND pt.code = t.code
             AND (t.parent_target_id, t.area, t.measure, t.direction) IS DISTINCT FROM (pt.id, pt.area, pt.measure, pt.direction)
           RETURNING t.plan_id, t.code, new.measure, old.value AS from_value, new.value AS to_value`,
            E,
          );
          const newValue = rule.raisedValue('pt', 't', 'child.level');
          const newDistrict = rule.raisedLevelFloor('pt', 't', 'child.level', 'district');
          const newCommune = rule.raisedLevelFloor('pt', 't', 'child.level', 'commune');
          raised = await queryRows<Raised>(
            m,
            `WITH ${CHILD_PLANS}
           UPDATE targets t SET value = ${newValue}, floor_district = ${newDistrict}, floor_commune = ${newCommune}
           FROM child, targets pt
           WHERE t.plan_id = child.id AND t.parent_target_id = pt.id AND pt.plan_id = $1
             AND (${newValue}, ${newDistrict}, ${newCommune}) IS DISTINCT FROM (t.value, t.floor_district, t.floor_commune)
           RETURNING t.plan_id, t.code, t.measure, old.value AS from_value, new.value AS to_value`,
            E,
          );
          addedTargets = await insertTargets(m, planId, existingIds, true);
          addedTasks = await insertTasks(m, planId, existingIds, true);
          inheritedBelow = await bindGrandchildTargets(m, [...adopted, ...(addedTargets.rows ?? [])]);
        }

        // A confirmed plan that received new or raised targets must be confirmed again.
        const targetsChanged = new Set<string>([
          ...adopted.map((r) => r.plan_id),
          ...raised.map((r) => r.plan_id),
          ...addedTargets.plan_ids,
        ]);
        const updated = new Set<string>([...targetsChanged, ...addedTasks.plan_ids]);
        let reopened = new Set<string>();
        if (updated.size > 0) {
          const rows = await queryRows<{ id: string; reopened: boolean }>(
            m,
            `UPDATE plans SET version = version + 1, updated_at = now(),
             status = CASE WHEN id = ANY($2::uuid[]) THEN ${planStatusSql.after('receive', 'status')} ELSE status END
           WHERE id = ANY($1::uuid[])
           RETURNING id, old.status <> new.status AS reopened`,
            [[...updated], [...targetsChanged]],
          );
          reopened = new Set(rows.filter((r) => r.reopened).map((r) => r.id));
        }

        // Each child's history says what the cascade did to it; the parent's, which children.
        const parentCodes: { code: string }[] = await m.query(
          'SELECT code FROM targets WHERE plan_id = $1 ORDER BY code',
          [planId],
        );
        await recordDerivedPlansHistory(m, createdIds, actor, at, {
          parentPlanId: planId,
          created: true,
          status: { from: null, to: 'derived' },
          targetsAdded: parentCodes.map((c) => c.code),
          targetsRaised: [],
          tasksAdded: createdIds.length ? newTasks.n / createdIds.length : 0,
        });
        const shown = (r: Raised) => ({
          code: r.code,
          measure: r.measure,
          from: fromComparable(r.measure, Number(r.from_value)),
          to: fromComparable(r.measure, Number(r.to_value)),
        });
        const byPlan = <T extends { plan_id: string }>(rows: T[]) => {
          const map = new Map<string, T[]>();
          for (const r of rows) map.set(r.plan_id, [...(map.get(r.plan_id) ?? []), r]);
          return map;
        };
        const addedByPlan = byPlan(addedTargets.rows ?? []);
        const raisedByPlan = byPlan(
          [...adopted, ...raised].filter((r) => Number(r.from_value) !== Number(r.to_value)),
        );
        const changes: PlanChange[] = [...updated].map((childId) => ({
          planId: childId,
          action: 'derived_by_cascade',
          before: null,
          after: {
            parentPlanId: planId,
            created: false,
            status: reopened.has(childId) ? { from: 'confirmed', to: 'derived' } : null,
            targetsAdded: (addedByPlan.get(childId) ?? []).map((r) => r.code),
            targetsRaised: (raisedByPlan.get(childId) ?? []).map(shown),
            tasksAdded: Number(addedTasks.per_plan?.[childId] ?? 0),
          },
        }));
        for (const b of inheritedBelow)
          changes.push({
            planId: b.plan_id,
            action: 'target_inherited',
            before: null,
            after: { code: b.code, parentPlanId: b.parent_plan_id },
          });
        const childPlanIds: { id: string }[] = await m.query(
          'SELECT id FROM plans WHERE parent_plan_id = $1 AND unit_code = ANY($2::text[]) ORDER BY id',
          P,
        );
        changes.push({
          planId,
          action: 'plan_cascaded',
          before: null,
          after: {
            created: createdIds.length,
            updated: updated.size,
            childPlanIds: childPlanIds.map((c) => c.id),
          },
        });
        const result = {
          codes,
          created: createdIds.length,
          updated: updated.size,
          targetsAdded: newTargets.n + addedTargets.n,
          targetsRaised: raised.length,
          tasksAdded: newTasks.n + addedTasks.n,
        };
        return { result, changes };
      },
      // Only an issued plan is passed down (the lifecycle table): units below derive from a signed
      // document. A dry run is the same cascade, rolled back: its counts are what the real one would answer.
      { bumpVersion: false, event: 'cascade', dryRun },
    );
    const { codes: _codes, ...result } = counts;
    if (dryRun) return { ...result, dryRun: true, plans: [] };
    const plans = await this.queryBus.execute(new ListChildPlansQuery(planId, counts.codes));
    return { ...result, dryRun: false, plans };
  }
}
