import { Command } from '@nestjs/cqrs';
import type { ConfirmPlanRequest, PlanResponse } from '@cchc/contracts';

/** The unit that received a derived plan accepts it, raising some targets if it wants. */
export class ConfirmPlanCommand extends Command<PlanResponse> {
  constructor(
    readonly planId: string,
    readonly request: ConfirmPlanRequest,
  ) {
    super();
  }
}
