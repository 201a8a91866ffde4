import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import type { CascadePlanResponse } from '@cchc/contracts';
import { type PlanStatus, fromComparable, legalBasisLine, planStatusSql } from '@cchc/domain';
import { DomainError } from '../../../../common/domain-error.js';
import { queryRows } from '../../../../database/query-rows.js';
import {
  type DerivedChanges,
  type Raised,
  changedPlans,
  deriveIntoExisting,
  insertInheritedTargets,
  insertInheritedTasks,
} from '../../infrastructure/derive-rows.js';
import { recordDerivedPlansHistory } from '../../../audit/infrastructure/record-plan-history.js';
import { type PlanChange, PlanWriter, lockChildPlans } from '../../infrastructure/plan-writer.js';
import { ListChildPlansQuery } from '../../queries/list-child-plans/list-child-plans.query.js';
import { CascadePlanCommand } from './cascade-plan.command.js';

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
        const newTargets = await insertInheritedTargets(m, createdIds, false);
        const newTasks = await insertInheritedTasks(m, createdIds, false);

        // Existing plans: adopt same-code targets, raise what fell below a floor, rename, add what is missing.
        const derived: DerivedChanges = await deriveIntoExisting(m, existingIds);
        const { adopted, raised, addedTargets, addedTasks, inheritedBelow } = derived;

        // A confirmed plan that received new or raised targets must be confirmed again.
        const { targetsChanged, updated } = changedPlans(derived);
        const reopened = new Map<string, { from: PlanStatus; to: PlanStatus }>();
        if (updated.size > 0) {
          const rows = await queryRows<{ id: string; from: PlanStatus; to: PlanStatus }>(
            m,
            `UPDATE plans SET version = version + 1, updated_at = now(),
             status = CASE WHEN id = ANY($2::uuid[]) THEN ${planStatusSql.after('receive', 'status')} ELSE status END
           WHERE id = ANY($1::uuid[])
           RETURNING id, old.status AS from, new.status AS to`,
            [[...updated], [...targetsChanged]],
          );
          for (const r of rows) if (r.from !== r.to) reopened.set(r.id, { from: r.from, to: r.to });
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
            status: reopened.get(childId) ?? null,
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
