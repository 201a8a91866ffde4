import { Command } from '@nestjs/cqrs';
import type { TargetResponse, UpdateTargetRequest } from '@cchc/contracts';

export class UpdateTargetCommand extends Command<TargetResponse> {
  constructor(
    readonly planId: string,
    readonly code: string,
    readonly request: UpdateTargetRequest,
  ) {
    super();
  }
}
