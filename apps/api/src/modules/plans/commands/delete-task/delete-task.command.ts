import { Command } from '@nestjs/cqrs';

export class DeleteTaskCommand extends Command<void> {
  constructor(
    readonly planId: string,
    readonly taskId: string,
  ) {
    super();
  }
}
