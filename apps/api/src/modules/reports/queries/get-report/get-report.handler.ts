import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ReportResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../common/clock.js';
import { loadCalendar, periodOf } from '../../infrastructure/calendar.js';
import { reportResponse } from '../../infrastructure/report-rows.js';
import { GetReportQuery } from './get-report.query.js';

/** The report as it stands (not started yet: every target and task with nothing reported). */
@QueryHandler(GetReportQuery)
export class GetReportHandler implements IQueryHandler<GetReportQuery> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ planId, periodKey }: GetReportQuery): Promise<ReportResponse> {
    const m = this.dataSource.manager;
    const calendar = await loadCalendar(m, planId);
    return reportResponse(m, planId, calendar, periodOf(calendar, periodKey), this.clock.now());
  }
}
