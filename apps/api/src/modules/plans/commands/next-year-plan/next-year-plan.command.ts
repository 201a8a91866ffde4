import { Command } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';

/** The unit's plan for the year after plan `planId`'s, started from it. */
export class NextYearPlanCommand extends Command<PlanResponse> {
  constructor(readonly planId: string) {
    super();
  }
}
