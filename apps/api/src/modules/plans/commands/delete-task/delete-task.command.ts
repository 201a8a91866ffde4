import { PlanWriteCommand } from '../plan-write.command.js';

export class DeleteTaskCommand extends PlanWriteCommand<void> {
  constructor(
    planId: string,
    readonly taskId: string,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
