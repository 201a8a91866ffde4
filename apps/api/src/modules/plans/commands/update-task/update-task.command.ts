import { Command } from '@nestjs/cqrs';
import type { TaskResponse, UpdateTaskRequest } from '@cchc/contracts';

export class UpdateTaskCommand extends Command<TaskResponse> {
  constructor(
    readonly planId: string,
    readonly taskId: string,
    readonly request: UpdateTaskRequest,
  ) {
    super();
  }
}
