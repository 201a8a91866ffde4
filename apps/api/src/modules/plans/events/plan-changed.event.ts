import { type Actor, currentActor } from '../../../common/request-context.js';

/**
 * Something changed in a plan: what the audit trail and notifications listen
 * to. `before` and `after` are the changed rows as the API shows them.
 */
export class PlanChangedEvent {
  constructor(
    readonly planId: string,
    readonly action:
      | 'plan_created'
      | 'plan_updated'
      | 'target_added'
      | 'target_changed'
      | 'target_removed'
      | 'task_added'
      | 'task_changed'
      | 'task_removed'
      | 'plan_confirmed',
    readonly before: unknown,
    readonly after: unknown,
    readonly at = new Date(),
    /** Who did it: the signed-in user of the request, null for the system (demo data, CLI). */
    readonly actor: Actor | null = currentActor(),
  ) {}
}

/** A cascade created or updated the derived plans of `planId`. */
export class PlanCascadedEvent {
  constructor(
    readonly planId: string,
    readonly created: number,
    readonly updated: number,
    readonly childPlanIds: string[],
    readonly at = new Date(),
    readonly actor: Actor | null = currentActor(),
  ) {}
}
