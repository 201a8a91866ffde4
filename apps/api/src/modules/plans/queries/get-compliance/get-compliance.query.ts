import { Query } from '@nestjs/cqrs';
import type { ComplianceItem } from '@cchc/contracts';

/** Every target below the plan, at any level, that is weaker than its floor or missing. */
export class GetComplianceQuery extends Query<ComplianceItem[]> {
  constructor(readonly planId: string) {
    super();
  }
}
