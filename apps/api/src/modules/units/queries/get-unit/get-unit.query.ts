import { Query } from '@nestjs/cqrs';
import type { UnitDetailResponse } from '@cchc/contracts';

export class GetUnitQuery extends Query<UnitDetailResponse> {
  constructor(readonly code: string) {
    super();
  }
}
