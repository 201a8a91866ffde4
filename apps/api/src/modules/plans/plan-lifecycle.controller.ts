import { Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { planLifecycleRoutes as routes } from '@cchc/contracts';
import { PlanAccess } from '../../common/access/access.decorators.js';
import { ExpectedVersion } from '../../common/if-match.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { AmendPlanCommand } from './commands/amend-plan/amend-plan.command.js';
import { IssuePlanCommand } from './commands/issue-plan/issue-plan.command.js';
import { NextYearPlanCommand } from './commands/next-year-plan/next-year-plan.command.js';
import {
  GetPlanDiffQuery,
  GetPlanVersionQuery,
  ListPlanVersionsQuery,
} from './queries/plan-versions/plan-versions.queries.js';

/** A plan as a legal document: issued, amended, its versions read back and compared. */
@Controller()
export class PlanLifecycleController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Route(routes.issue)
  @PlanAccess('write')
  issue(
    @Input(routes.issue) { params, body }: RouteInput<typeof routes.issue>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new IssuePlanCommand(params.id, body, version));
  }

  @Route(routes.amend)
  @PlanAccess('write')
  amend(
    @Input(routes.amend) { params, body }: RouteInput<typeof routes.amend>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new AmendPlanCommand(params.id, body, version));
  }

  @Route(routes.versions)
  @PlanAccess('read')
  versions(@Input(routes.versions) { params }: RouteInput<typeof routes.versions>) {
    return this.queryBus.execute(new ListPlanVersionsQuery(params.id));
  }

  @Route(routes.version)
  @PlanAccess('read')
  version(@Input(routes.version) { params }: RouteInput<typeof routes.version>) {
    return this.queryBus.execute(new GetPlanVersionQuery(params.id, params.n));
  }

  @Route(routes.diff)
  @PlanAccess('read')
  diff(@Input(routes.diff) { params, query }: RouteInput<typeof routes.diff>) {
    return this.queryBus.execute(new GetPlanDiffQuery(params.id, query.from, query.to));
  }

  /** Officers of the plan's unit; the plan itself is only read (it may be issued). */
  @Route(routes.nextYear)
  @PlanAccess('write')
  nextYear(@Input(routes.nextYear) { params }: RouteInput<typeof routes.nextYear>) {
    return this.commandBus.execute(new NextYearPlanCommand(params.id));
  }
}
