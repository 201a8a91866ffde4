import type { IssuePlanRequest, PlanResponse } from '@cchc/contracts';
import { PlanWriteCommand } from '../plan-write.command.js';

/** The unit signs its plan (ban hành): it becomes the document in force, frozen until amended. */
export class IssuePlanCommand extends PlanWriteCommand<PlanResponse> {
  constructor(
    planId: string,
    readonly request: IssuePlanRequest,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
