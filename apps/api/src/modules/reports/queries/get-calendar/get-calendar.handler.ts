import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CalendarResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { loadCalendar, toCalendarResponse } from '../../infrastructure/calendar.js';
import { GetCalendarQuery } from './get-calendar.query.js';

@QueryHandler(GetCalendarQuery)
export class GetCalendarHandler implements IQueryHandler<GetCalendarQuery> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ planId }: GetCalendarQuery): Promise<CalendarResponse> {
    return toCalendarResponse(await loadCalendar(this.dataSource.manager, planId));
  }
}
