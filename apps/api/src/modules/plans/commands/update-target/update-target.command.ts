import { PlanWriteCommand } from '../plan-write.command.js';
import type { TargetResponse, UpdateTargetRequest } from '@cchc/contracts';

export class UpdateTargetCommand extends PlanWriteCommand<TargetResponse> {
  constructor(
    planId: string,
    readonly code: string,
    readonly request: UpdateTargetRequest,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
