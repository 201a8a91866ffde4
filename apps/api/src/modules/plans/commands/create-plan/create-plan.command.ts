import { Command } from '@nestjs/cqrs';
import type { PlanResponse, createPlanRequest } from '@cchc/contracts';
import type { z } from 'zod';

export class CreatePlanCommand extends Command<PlanResponse> {
  constructor(readonly request: z.output<typeof createPlanRequest>) {
    super();
  }
}
