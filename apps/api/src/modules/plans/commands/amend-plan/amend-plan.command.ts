import type { AmendPlanRequest, PlanResponse } from '@cchc/contracts';
import { PlanWriteCommand } from '../plan-write.command.js';

/** An issued plan reopened as the draft of its next version (sửa đổi, bổ sung). */
export class AmendPlanCommand extends PlanWriteCommand<PlanResponse> {
  constructor(
    planId: string,
    readonly request: AmendPlanRequest,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
