import { Injectable, Logger } from '@nestjs/common';
import { type PlanEvent, type PlanRefusal, planStep } from '@cchc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../../common/domain-error.js';
import { type Actor, currentActor } from '../../../common/request-context.js';
import { type PlanChange, recordPlanHistory } from '../../audit/infrastructure/record-plan-history.js';
import { auditMark, recordNotifications } from '../../notifications/infrastructure/record-notifications.js';
import type { PlanWriteCommand } from '../commands/plan-write.command.js';
import { OutboxRelay } from './outbox-relay.js';
import { type PlanRow, bumpVersion, lockPlan } from './plan-row.js';

export type { PlanChange };

/** What a plan command did: its answer, and the history it leaves. */
export interface PlanWriteOutcome<T> {
  result: T;
  changes: PlanChange[];
}

export interface PlanWriteContext {
  manager: EntityManager;
  actor: Actor | null;
  at: Date;
}

const REFUSAL_TEXT: Record<PlanRefusal, (status: string, event: PlanEvent) => string> = {
  PLAN_NOT_DERIVED: () => 'Only a plan derived from a parent plan can be confirmed',
  PLAN_NOT_CONFIRMED: () => 'A derived plan is confirmed before it is issued',
  PLAN_NOT_ISSUED: (_, event) =>
    event === 'cascade'
      ? 'Only an issued plan is passed down to the units below: issue it first'
      : 'Only an issued plan can be amended',
  PLAN_ISSUED: () => 'The plan is issued and cannot change: start an amendment (sửa đổi, bổ sung) first',
  PLAN_STATUS_CONFLICT: (status, event) => `A ${status} plan cannot ${event}`,
};

/** Why the lifecycle table refuses `event` for a plan in `status`. */
function refusedTransition(status: PlanRow['status'], event: PlanEvent, code: PlanRefusal): DomainError {
  // Not `status`: a problem's `status` is its HTTP status.
  return new DomainError(code, REFUSAL_TEXT[code](status, event), { planStatus: status, event });
}

/** Thrown at the end of a dry run's work so that its transaction rolls back; carries the answer out. */
class DryRunRollback<T> {
  constructor(readonly result: T) {}
}

/** SQLSTATEs of a transaction PostgreSQL gave up to resolve a conflict: safe to run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 4;

function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The one owner of every plan write. It runs the command's work in one
 * transaction that locks the plan, checks the version the client based its
 * write on (If-Match), bumps the version, runs the work and writes the history (audit log and
 * outbox) and the notifications it gives rise to before it commits: a change without its history
 * cannot commit.
 * A deadlock or serialization failure runs the whole transaction again; if it
 * still fails the client gets 409 CONCURRENT_WRITE, never a 500.
 *
 * Lock order, which keeps deadlocks rare: a plan before the plans derived from
 * it, and plans of one level by id (see `lockChildPlans`).
 */
@Injectable()
export class PlanWriter {
  private readonly logger = new Logger('PlanWriter');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRelay,
  ) {}

  /**
   * A write to an existing plan: the command names it and the version the
   * client based the change on. `event` (an `edit` unless told) moves the
   * plan's status through the lifecycle table of @cchc/domain, which refuses
   * it with its code (an edit of an issued plan is PLAN_ISSUED).
   * `dryRun` runs the same work, with the same locks and checks, and rolls it
   * back: the answer says what the write would do, and nothing (history,
   * outbox) is kept.
   */
  write<T>(
    command: Pick<PlanWriteCommand<unknown>, 'planId' | 'expectedVersion'>,
    work: (ctx: PlanWriteContext & { plan: PlanRow }) => Promise<PlanWriteOutcome<T>>,
    options: { bumpVersion?: boolean; event?: PlanEvent; dryRun?: boolean } = {},
  ): Promise<T> {
    const { planId, expectedVersion } = command;
    const event = options.event ?? 'edit';
    return this.transaction(async (ctx) => {
      const plan = await lockPlan(ctx.manager, planId, expectedVersion);
      const step = planStep(plan.status, event);
      if ('refused' in step) throw refusedTransition(plan.status, event, step.refused);
      if (step.to !== plan.status)
        await ctx.manager.query('UPDATE plans SET status = $2 WHERE id = $1', [planId, step.to]);
      // Bumped first, so that what the work reads back is the new version. A cascade
      // changes the children, not the plan it cascades from: it keeps that version.
      if (options.bumpVersion !== false) await bumpVersion(ctx.manager, planId);
      return work({ ...ctx, plan });
    }, options.dryRun ?? false);
  }

  /** A write that has no plan to lock yet (creating one). */
  create<T>(work: (ctx: PlanWriteContext) => Promise<PlanWriteOutcome<T>>): Promise<T> {
    return this.transaction(work);
  }

  private async transaction<T>(
    work: (ctx: PlanWriteContext) => Promise<PlanWriteOutcome<T>>,
    dryRun = false,
  ): Promise<T> {
    const actor = currentActor();
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.dataSource.transaction(async (manager) => {
          const at = new Date();
          const since = dryRun ? 0 : await auditMark(manager);
          const outcome = await work({ manager, actor, at });
          if (dryRun) throw new DryRunRollback(outcome.result);
          await recordPlanHistory(manager, outcome.changes, actor, at);
          // The units concerned are told from the history just written, in the same transaction.
          await recordNotifications(manager, since);
          return outcome.result;
        });
        this.outbox.kick();
        return result;
      } catch (error) {
        if (error instanceof DryRunRollback) return error.result as T;
        const state = sqlState(error);
        if (!state || !RETRYABLE.has(state)) throw error;
        if (attempt >= ATTEMPTS) {
          this.logger.warn(`gave up after ${attempt} attempts: ${String(error)}`);
          throw new DomainError(
            'CONCURRENT_WRITE',
            'Others were changing the same plans at the same moment; try again',
          );
        }
        // Back off a little, at random, so the two writers do not collide again.
        await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
      }
    }
  }
}

/**
 * Locks the plans derived from `parentId` for `unitCodes` (and the unit-year's
 * own annual plans a cascade is about to adopt), in id order: every command
 * that touches a plan's children takes them after the parent, in this order.
 */
export async function lockChildPlans(
  manager: EntityManager,
  parent: Pick<PlanRow, 'id' | 'kind' | 'year'>,
  unitCodes: string[] | null,
): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM plans
     WHERE ($2::text[] IS NULL OR unit_code = ANY($2::text[]))
       AND (parent_plan_id = $1
            OR ($2::text[] IS NOT NULL AND $3 = 'annual' AND kind = 'annual' AND year = $4 AND parent_plan_id IS NULL AND id <> $1))
     ORDER BY id FOR UPDATE`,
    [parent.id, unitCodes, parent.kind, parent.year],
  );
  return rows.map((r) => r.id);
}
