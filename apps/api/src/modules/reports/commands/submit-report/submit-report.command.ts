import { Command } from '@nestjs/cqrs';
import type { ReportResponse } from '@cchc/contracts';

/** Submits the unit's report for a period to the level above. */
export class SubmitReportCommand extends Command<ReportResponse> {
  constructor(
    readonly planId: string,
    readonly periodKey: string,
  ) {
    super();
  }
}
