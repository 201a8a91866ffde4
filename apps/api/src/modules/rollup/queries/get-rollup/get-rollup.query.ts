import { Query } from '@nestjs/cqrs';
import type { RollupResponse } from '@cchc/contracts';

/** A period's reports of a plan's subtree rolled up; with `unitCode`, those of that unit's plan in it. */
export class GetRollupQuery extends Query<RollupResponse> {
  constructor(
    readonly planId: string,
    readonly periodKey: string,
    readonly unitCode: string | null = null,
  ) {
    super();
  }
}
