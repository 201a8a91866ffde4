import { Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { reportsRoutes as routes } from '@cchc/contracts';
import { PlanAccess } from '../../common/access/access.decorators.js';
import { DomainError } from '../../common/domain-error.js';
import { ExpectedVersion } from '../../common/if-match.js';
import { currentActor } from '../../common/request-context.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { PutCalendarCommand } from './commands/put-calendar/put-calendar.command.js';
import { ReopenReportCommand } from './commands/reopen-report/reopen-report.command.js';
import { SaveReportCommand } from './commands/save-report/save-report.command.js';
import { SubmitReportCommand } from './commands/submit-report/submit-report.command.js';
import { GetCalendarQuery } from './queries/get-calendar/get-calendar.query.js';
import { GetReportQuery } from './queries/get-report/get-report.query.js';

/**
 * The calendar and the reports of a plan. Its own unit's officers write them
 * (PlanAccess('write')); the units above read them; the reopen is the unit above's,
 * checked by its handler (the plan the report's plan derives from is the caller's unit's).
 */
@Controller()
export class ReportsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Route(routes.calendar)
  @PlanAccess('read')
  calendar(@Input(routes.calendar) { params }: RouteInput<typeof routes.calendar>) {
    return this.queryBus.execute(new GetCalendarQuery(params.id));
  }

  @Route(routes.putCalendar)
  @PlanAccess('write')
  putCalendar(
    @Input(routes.putCalendar) { params, body }: RouteInput<typeof routes.putCalendar>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new PutCalendarCommand(params.id, body, version));
  }

  /** The unit's own officers and the units above read a report; the units below do not (a district does not read its province's). */
  @Route(routes.report)
  @PlanAccess('subtree')
  report(@Input(routes.report) { params }: RouteInput<typeof routes.report>) {
    return this.queryBus.execute(new GetReportQuery(params.id, params.period));
  }

  @Route(routes.saveReport)
  @PlanAccess('write')
  saveReport(@Input(routes.saveReport) { params, body }: RouteInput<typeof routes.saveReport>) {
    return this.commandBus.execute(new SaveReportCommand(params.id, params.period, body));
  }

  @Route(routes.submitReport)
  @PlanAccess('write')
  submitReport(@Input(routes.submitReport) { params }: RouteInput<typeof routes.submitReport>) {
    return this.commandBus.execute(new SubmitReportCommand(params.id, params.period));
  }

  @Route(routes.reopenReport)
  @PlanAccess('read')
  reopenReport(@Input(routes.reopenReport) { params, body }: RouteInput<typeof routes.reopenReport>) {
    const actor = currentActor();
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs a session');
    return this.commandBus.execute(new ReopenReportCommand(params.id, params.period, body.reason, actor));
  }
}
