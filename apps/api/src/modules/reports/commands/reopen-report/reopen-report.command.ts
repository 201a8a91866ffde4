import { Command } from '@nestjs/cqrs';
import type { ReportResponse } from '@cchc/contracts';
import type { Actor } from '../../../../common/request-context.js';

/** The unit above reopens a unit's submitted or locked report, for a stated reason. */
export class ReopenReportCommand extends Command<ReportResponse> {
  constructor(
    readonly planId: string,
    readonly periodKey: string,
    readonly reason: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
