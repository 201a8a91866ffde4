import type { PlanChangeRecord } from '@cchc/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/request-context.js';

/** One entry of a plan's history: which plan, what happened, the rows before and after. */
/** One change to one plan, of a kind the contracts define (`planChange`). */
export type PlanChange = PlanChangeRecord & { planId: string };

type DerivedByCascade = Extract<PlanChangeRecord, { action: 'derived_by_cascade' }>['after'];

/**
 * Appends `changes` to the audit log and the outbox, in the caller's
 * transaction: if either insert fails, the change itself rolls back, so no
 * change is ever without its history. Two statements, whatever the number of
 * changes.
 */
export async function recordPlanHistory(
  manager: EntityManager,
  changes: PlanChange[],
  actor: Actor | null,
  at: Date,
): Promise<void> {
  if (changes.length === 0) return;
  const rows = JSON.stringify(
    changes.map((c) => ({
      plan_id: c.planId,
      action: c.action,
      before: c.before ?? null,
      after: c.after ?? null,
    })),
  );
  const [{ n }] = await manager.query(
    `WITH c AS (SELECT * FROM jsonb_to_recordset($4::jsonb) AS c (plan_id uuid, action text, before jsonb, after jsonb)),
     logged AS (
       INSERT INTO audit_log (at, actor_id, actor_username, action, plan_id, province_code, before, after)
       SELECT $1, $2, $3, c.action, c.plan_id, p.province_code, NULLIF(c.before, 'null'), NULLIF(c.after, 'null')
       FROM c JOIN plans p ON p.id = c.plan_id
       RETURNING 1),
     queued AS (
       INSERT INTO outbox (at, topic, plan_id, province_code, payload)
       SELECT $1, 'plan_changed', c.plan_id, p.province_code,
              jsonb_build_object('action', c.action, 'planId', c.plan_id, 'actorId', $2::uuid)
       FROM c JOIN plans p ON p.id = c.plan_id
       RETURNING 1)
     SELECT (SELECT count(*) FROM logged)::int AS n`,
    [at, actor?.id ?? null, actor?.username ?? null, rows],
  );
  if (n !== changes.length) {
    throw new Error(`audit: recorded ${n} of ${changes.length} plan changes; rolling the change back`);
  }
}

/**
 * One history entry `after` on each of `planIds` (plans a cascade created),
 * as one statement: a national cascade creates ten thousand of them.
 */
export async function recordDerivedPlansHistory(
  manager: EntityManager,
  planIds: string[],
  actor: Actor | null,
  at: Date,
  after: DerivedByCascade,
): Promise<void> {
  if (planIds.length === 0) return;
  await manager.query(
    `INSERT INTO audit_log (at, actor_id, actor_username, action, plan_id, province_code, after)
     SELECT $1, $2, $3, 'derived_by_cascade', p.id, p.province_code, $5::jsonb
     FROM plans p WHERE p.id = ANY($4::uuid[])`,
    [at, actor?.id ?? null, actor?.username ?? null, planIds, JSON.stringify(after)],
  );
}
