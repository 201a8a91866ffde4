import { Query } from '@nestjs/cqrs';
import type { CalendarResponse } from '@cchc/contracts';

export class GetCalendarQuery extends Query<CalendarResponse> {
  constructor(readonly planId: string) {
    super();
  }
}
