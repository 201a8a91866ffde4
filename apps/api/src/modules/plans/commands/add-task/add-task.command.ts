import { PlanWriteCommand } from '../plan-write.command.js';
import type { TaskResponse, createTaskRequest } from '@cchc/contracts';
import type { z } from 'zod';

export class AddTaskCommand extends PlanWriteCommand<TaskResponse> {
  constructor(
    planId: string,
    readonly request: z.output<typeof createTaskRequest>,
    expectedVersion: number | null = null,
  ) {
    super(planId, expectedVersion);
  }
}
