import { Query } from '@nestjs/cqrs';
import type { ListPlansQuery as ListPlansParams, PlanSummaryResponse } from '@cchc/contracts';

/** A page of plans, and where the next one starts (null: this was the last). */
export interface PlanPage {
  plans: PlanSummaryResponse[];
  nextCursor: string | null;
}

export class ListPlansQuery extends Query<PlanPage> {
  constructor(readonly params: ListPlansParams) {
    super();
  }
}
