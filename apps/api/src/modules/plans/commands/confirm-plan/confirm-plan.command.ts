import { PlanWriteCommand } from '../plan-write.command.js';
import type { ConfirmPlanRequest, PlanResponse } from '@cchc/contracts';

/** The unit that received a derived plan accepts it, raising some targets if it wants. */
export class ConfirmPlanCommand extends PlanWriteCommand<PlanResponse> {
  constructor(
    planId: string,
    readonly request: ConfirmPlanRequest,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
