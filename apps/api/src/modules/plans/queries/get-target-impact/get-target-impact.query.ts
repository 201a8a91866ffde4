import { Query } from '@nestjs/cqrs';
import type { TargetImpactQuery, TargetImpactResponse } from '@cchc/contracts';

/** How many plans below would fall under the floor a proposed target sets: a read, nothing written. */
export class GetTargetImpactQuery extends Query<TargetImpactResponse> {
  constructor(
    readonly planId: string,
    readonly code: string,
    readonly proposed: TargetImpactQuery,
  ) {
    super();
  }
}
