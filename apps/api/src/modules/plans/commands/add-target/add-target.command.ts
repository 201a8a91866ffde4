import { Command } from '@nestjs/cqrs';
import type { TargetResponse, createTargetRequest } from '@cchc/contracts';
import type { z } from 'zod';

export class AddTargetCommand extends Command<TargetResponse> {
  constructor(
    readonly planId: string,
    readonly request: z.output<typeof createTargetRequest>,
  ) {
    super();
  }
}
