/**
 * A change to a plan was committed (with its history): what notifications and
 * other listeners hear, from the outbox. The change itself is in the plan's
 * history (audit_log); `action` names it as the history does.
 */
export class PlanChangedEvent {
  constructor(
    readonly planId: string,
    readonly action: string,
    readonly at: Date,
  ) {}
}
