import { Query } from '@nestjs/cqrs';
import type { ListPlansQuery as ListPlansParams, PlanSummaryResponse } from '@cchc/contracts';

export class ListPlansQuery extends Query<PlanSummaryResponse[]> {
  constructor(readonly params: ListPlansParams) {
    super();
  }
}
