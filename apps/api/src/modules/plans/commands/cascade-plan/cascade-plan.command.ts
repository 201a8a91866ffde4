import { Command } from '@nestjs/cqrs';
import type { CascadePlanResponse } from '@cchc/contracts';

/** Derive the plan of each chosen direct child unit (default: all) from this plan. */
export class CascadePlanCommand extends Command<CascadePlanResponse> {
  constructor(
    readonly planId: string,
    readonly unitCodes?: string[],
  ) {
    super();
  }
}
