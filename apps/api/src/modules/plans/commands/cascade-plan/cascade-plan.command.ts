import { PlanWriteCommand } from '../plan-write.command.js';
import type { CascadePlanResponse } from '@cchc/contracts';

/** Derive the plan of each chosen direct child unit (default: all) from this plan. */
export class CascadePlanCommand extends PlanWriteCommand<CascadePlanResponse> {
  constructor(
    planId: string,
    readonly unitCodes?: string[],
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
