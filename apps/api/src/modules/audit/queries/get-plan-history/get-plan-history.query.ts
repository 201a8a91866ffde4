import { Query } from '@nestjs/cqrs';
import type { PlanHistoryEntry } from '@cchc/contracts';

export class GetPlanHistoryQuery extends Query<PlanHistoryEntry[]> {
  constructor(readonly planId: string) {
    super();
  }
}
