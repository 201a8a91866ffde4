import { Command } from '@nestjs/cqrs';

/**
 * A command that changes an existing plan. It names the plan and the version
 * the client based the change on (its If-Match; null: none sent), which
 * PlanWriter checks under the plan's lock.
 */
export abstract class PlanWriteCommand<T> extends Command<T> {
  constructor(
    readonly planId: string,
    readonly expectedVersion: number | null,
  ) {
    super();
  }
}
