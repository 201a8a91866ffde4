import { Command } from '@nestjs/cqrs';

export class DeleteTargetCommand extends Command<void> {
  constructor(
    readonly planId: string,
    readonly code: string,
  ) {
    super();
  }
}
