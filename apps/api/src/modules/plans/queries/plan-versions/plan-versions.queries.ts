import { Query } from '@nestjs/cqrs';
import type { PlanDiffResponse, PlanResponse, PlanVersionSummary } from '@cchc/contracts';

/** Every issued version of a plan. */
export class ListPlanVersionsQuery extends Query<PlanVersionSummary[]> {
  constructor(readonly planId: string) {
    super();
  }
}

/** One issued version, as it was issued. */
export class GetPlanVersionQuery extends Query<PlanResponse> {
  constructor(
    readonly planId: string,
    readonly number: number,
  ) {
    super();
  }
}

/** What changed between two issued versions, or from one to the working copy. */
export class GetPlanDiffQuery extends Query<PlanDiffResponse> {
  constructor(
    readonly planId: string,
    readonly from: number,
    readonly to: number | 'current',
  ) {
    super();
  }
}
