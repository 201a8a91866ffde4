import { Controller } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { auditRoutes as routes } from '@cchc/contracts';
import { PlanAccess } from '../../common/access/access.decorators.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { GetPlanHistoryQuery } from './queries/get-plan-history/get-plan-history.query.js';

/** Read-only: no route edits or deletes the audit log (and the database refuses to). */
@Controller()
export class AuditController {
  constructor(private readonly queryBus: QueryBus) {}

  @Route(routes.history)
  @PlanAccess('read')
  history(@Input(routes.history) { params }: RouteInput<typeof routes.history>) {
    return this.queryBus.execute(new GetPlanHistoryQuery(params.id));
  }
}
