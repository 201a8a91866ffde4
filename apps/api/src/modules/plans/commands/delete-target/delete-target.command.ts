import { PlanWriteCommand } from '../plan-write.command.js';

export class DeleteTargetCommand extends PlanWriteCommand<void> {
  constructor(
    planId: string,
    readonly code: string,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
