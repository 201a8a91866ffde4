import { PlanWriteCommand } from '../plan-write.command.js';
import type { PlanResponse, UpdatePlanRequest } from '@cchc/contracts';

export class UpdatePlanCommand extends PlanWriteCommand<PlanResponse> {
  constructor(
    planId: string,
    readonly request: UpdatePlanRequest,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
