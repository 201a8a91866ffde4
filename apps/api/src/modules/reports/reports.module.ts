import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { PutCalendarHandler } from './commands/put-calendar/put-calendar.handler.js';
import { ReopenReportHandler } from './commands/reopen-report/reopen-report.handler.js';
import { SaveReportHandler } from './commands/save-report/save-report.handler.js';
import { SubmitReportHandler } from './commands/submit-report/submit-report.handler.js';
import { GetCalendarHandler } from './queries/get-calendar/get-calendar.handler.js';
import { GetReportHandler } from './queries/get-report/get-report.handler.js';
import { ReportsController } from './reports.controller.js';

/** The year after issuing: the reporting calendar and each unit's progress reports. */
@Module({
  imports: [PlansModule],
  controllers: [ReportsController],
  providers: [
    GetCalendarHandler,
    PutCalendarHandler,
    GetReportHandler,
    SaveReportHandler,
    SubmitReportHandler,
    ReopenReportHandler,
  ],
})
export class ReportsModule {}
