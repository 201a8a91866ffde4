import { Command } from '@nestjs/cqrs';
import type { ReportResponse, SaveReportRequest } from '@cchc/contracts';

/** Saves the unit's report for a period as a draft: what the request names, the rest kept. */
export class SaveReportCommand extends Command<ReportResponse> {
  constructor(
    readonly planId: string,
    readonly periodKey: string,
    readonly request: SaveReportRequest,
  ) {
    super();
  }
}
