import { PlanWriteCommand } from '../plan-write.command.js';
import type { TaskResponse, UpdateTaskRequest } from '@cchc/contracts';

export class UpdateTaskCommand extends PlanWriteCommand<TaskResponse> {
  constructor(
    planId: string,
    readonly taskId: string,
    readonly request: UpdateTaskRequest,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
