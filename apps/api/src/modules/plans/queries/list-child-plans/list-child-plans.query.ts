import { Query } from '@nestjs/cqrs';
import type { ChildPlanResponse } from '@cchc/contracts';

/** The plans derived directly from a plan, optionally only those of some units. */
export class ListChildPlansQuery extends Query<ChildPlanResponse[]> {
  constructor(
    readonly planId: string,
    readonly unitCodes?: string[],
  ) {
    super();
  }
}
