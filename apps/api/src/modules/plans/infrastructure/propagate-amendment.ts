import type { PlanSummaryResponse } from '@cchc/contracts';
import { type PlanStatus, type TargetValue, fromComparable, planStatusSql } from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../../database/query-rows.js';
import { changedPlans, deriveIntoExisting } from './derive-rows.js';
import type { PlanChange } from './plan-writer.js';

type Reconfirm = NonNullable<PlanSummaryResponse['reconfirm']>;

/** What an issued amendment did below it. */
export interface Propagation {
  plansUpdated: number;
  levels: number;
  changes: PlanChange[];
}

/**
 * Carries an issued plan through every level below it, in the issuing
 * transaction: level by level (its children, their children, …), each level's
 * plans receive what their parents now hold (deriveIntoExisting: new targets
 * and tasks added, targets below a tightened floor raised, renamed targets
 * renamed; nothing lowered or deleted). One set-based statement per step and
 * level, never a loop over plans. A plan whose targets changed goes back to
 * `derived` (the lifecycle table's `receive`) and shows `reconfirm`: the
 * amended plan, its version, and each target before → after (merged with a
 * re-confirmation still pending from an earlier version). A plan below that is itself
 * being amended receives the change into its working copy and stops it there: its own
 * unissued draft never reaches the plans below it.
 */
export async function propagateIssuedPlan(
  m: EntityManager,
  planId: string,
  documentVersion: number,
): Promise<Propagation> {
  const changes: PlanChange[] = [];
  let plansUpdated = 0;
  let levels = 0;
  let parents = [planId];
  for (;;) {
    // The next level, locked after the one above and in id order (PlanWriter's lock order).
    const level: { id: string }[] = await m.query(
      'SELECT id FROM plans WHERE parent_plan_id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
      [parents],
    );
    if (level.length === 0) break;
    levels++;
    const ids = level.map((r) => r.id);
    const derived = await deriveIntoExisting(m, ids);
    const { targetsChanged, updated } = changedPlans(derived);

    const byPlan = new Map<string, Reconfirm['targets']>();
    const note = (planIdOf: string, code: string, before: TargetValue | null, after: TargetValue) =>
      byPlan.set(planIdOf, [
        ...(byPlan.get(planIdOf) ?? []).filter((t) => t.code !== code),
        { code, before, after },
      ]);
    for (const r of [...derived.adopted, ...derived.raised])
      if (Number(r.from_value) !== Number(r.to_value))
        note(
          r.plan_id,
          r.code,
          fromComparable(r.measure, Number(r.from_value)),
          fromComparable(r.measure, Number(r.to_value)),
        );
    for (const r of derived.addedTargets.rows ?? [])
      note(r.plan_id, r.code, null, fromComparable(r.measure, Number(r.value)));

    if (updated.size > 0) {
      // A re-confirmation still pending keeps each target's first "before".
      const pending: { id: string; reconfirm: Reconfirm | null }[] = await m.query(
        'SELECT id, reconfirm FROM plans WHERE id = ANY($1::uuid[]) AND reconfirm IS NOT NULL',
        [[...targetsChanged]],
      );
      const earlier = new Map(pending.map((p) => [p.id, p.reconfirm?.targets ?? []]));
      const reconfirms = [...targetsChanged].map((id) => {
        const now = byPlan.get(id) ?? [];
        const then = earlier.get(id) ?? [];
        const targets = [
          ...then.filter((t) => !now.some((n) => n.code === t.code)),
          ...now.map((n) => ({ ...n, before: then.find((t) => t.code === n.code)?.before ?? n.before })),
        ];
        return { id, reconfirm: { parentPlanId: planId, parentVersion: documentVersion, targets } };
      });
      const rows = await queryRows<{ id: string; from: PlanStatus; to: PlanStatus }>(
        m,
        `WITH r AS (SELECT * FROM jsonb_to_recordset($3::jsonb) AS r (id uuid, reconfirm jsonb))
         UPDATE plans p SET version = version + 1, updated_at = now(),
           status = CASE WHEN p.id = ANY($2::uuid[]) THEN ${planStatusSql.after('receive', 'p.status')} ELSE p.status END,
           reconfirm = coalesce((SELECT r.reconfirm FROM r WHERE r.id = p.id), p.reconfirm)
         WHERE p.id = ANY($1::uuid[])
         RETURNING p.id, old.status AS from, new.status AS to`,
        [[...updated], [...targetsChanged], JSON.stringify(reconfirms)],
      );
      const statusOf = new Map(rows.map((r) => [r.id, r]));
      plansUpdated += rows.length;
      for (const id of updated) {
        const s = statusOf.get(id);
        changes.push({
          planId: id,
          action: 'derived_by_amendment',
          before: null,
          after: {
            parentPlanId: planId,
            parentVersion: documentVersion,
            status: s && s.from !== s.to ? { from: s.from, to: s.to } : null,
            targets: byPlan.get(id) ?? [],
            renamed: derived.renamed.filter((r) => r.plan_id === id).map((r) => r.code),
            tasksAdded: Number(derived.addedTasks.per_plan?.[id] ?? 0),
          },
        });
      }
    }
    for (const b of derived.inheritedBelow)
      changes.push({
        planId: b.plan_id,
        action: 'target_inherited',
        before: null,
        after: { code: b.code, parentPlanId: b.parent_plan_id },
      });
    // A plan being amended takes what it receives into its working copy, but passes nothing
    // down until it issues: its children stay derived from its issued version.
    const passing: { id: string }[] = await m.query(
      `SELECT id FROM plans WHERE id = ANY($1::uuid[]) AND status <> 'amending' ORDER BY id`,
      [ids],
    );
    parents = passing.map((r) => r.id);
    if (parents.length === 0) break;
  }
  return { plansUpdated, levels, changes };
}
