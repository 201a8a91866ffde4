import { PlanWriteCommand } from '../plan-write.command.js';
import type { CascadePlanResponse } from '@cchc/contracts';

/** Derive the plan of each chosen direct child unit (default: all) from this plan. */
export class CascadePlanCommand extends PlanWriteCommand<CascadePlanResponse> {
  constructor(
    planId: string,
    readonly unitCodes?: string[],
    expectedVersion: number | null = null,
    /** Do it all in the transaction, answer the counts, roll back. */
    readonly dryRun = false,
  ) {
    super(planId, expectedVersion);
  }
}
