import { Command } from '@nestjs/cqrs';
import type { TaskResponse, createTaskRequest } from '@cchc/contracts';
import type { z } from 'zod';

export class AddTaskCommand extends Command<TaskResponse> {
  constructor(
    readonly planId: string,
    readonly request: z.output<typeof createTaskRequest>,
  ) {
    super();
  }
}
