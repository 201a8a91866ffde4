import { Command } from '@nestjs/cqrs';
import type { PlanResponse, UpdatePlanRequest } from '@cchc/contracts';

export class UpdatePlanCommand extends Command<PlanResponse> {
  constructor(
    readonly planId: string,
    readonly request: UpdatePlanRequest,
  ) {
    super();
  }
}
