import { Query } from '@nestjs/cqrs';
import type { PlanResponse } from '@cchc/contracts';

export class GetPlanQuery extends Query<PlanResponse> {
  constructor(readonly planId: string) {
    super();
  }
}
