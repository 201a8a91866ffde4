import { Query } from '@nestjs/cqrs';
import type { ListUnitsQuery as ListUnitsParams, UnitResponse } from '@cchc/contracts';

export class ListUnitsQuery extends Query<UnitResponse[]> {
  constructor(readonly params: ListUnitsParams) {
    super();
  }
}
