import { Controller, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { plansRoutes as routes } from '@cchc/contracts';
import type { Request, Response } from 'express';
import { PlanAccess } from '../../common/access/access.decorators.js';
import { ExpectedVersion } from '../../common/if-match.js';
import { Input, Route, type RouteInput } from '../../common/route.js';
import { AddTargetCommand } from './commands/add-target/add-target.command.js';
import { AddTaskCommand } from './commands/add-task/add-task.command.js';
import { CascadePlanCommand } from './commands/cascade-plan/cascade-plan.command.js';
import { ConfirmPlanCommand } from './commands/confirm-plan/confirm-plan.command.js';
import { CreatePlanCommand } from './commands/create-plan/create-plan.command.js';
import { DeleteTargetCommand } from './commands/delete-target/delete-target.command.js';
import { DeleteTaskCommand } from './commands/delete-task/delete-task.command.js';
import { UpdatePlanCommand } from './commands/update-plan/update-plan.command.js';
import { UpdateTargetCommand } from './commands/update-target/update-target.command.js';
import { UpdateTaskCommand } from './commands/update-task/update-task.command.js';
import { GetComplianceQuery } from './queries/get-compliance/get-compliance.query.js';
import { GetTargetImpactQuery } from './queries/get-target-impact/get-target-impact.query.js';
import { GetPlanQuery } from './queries/get-plan/get-plan.query.js';
import { ListChildPlansQuery } from './queries/list-child-plans/list-child-plans.query.js';
import { ListPlansQuery } from './queries/list-plans/list-plans.query.js';

/** Thin: parse with the contract, hand to the bus, answer the contract's shape. */
@Controller()
export class PlansController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  /** A page of plans; `Link: <…>; rel="next"` (RFC 8288) names the next one. */
  @Route(routes.list)
  async list(
    @Input(routes.list) { query }: RouteInput<typeof routes.list>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const page = await this.queryBus.execute(new ListPlansQuery(query));
    if (page.nextCursor) {
      const next = new URLSearchParams(req.query as Record<string, string>);
      next.set('cursor', page.nextCursor);
      res.setHeader('Link', `</api/plans?${next}>; rel="next"`);
    }
    return page.plans;
  }

  @Route(routes.create)
  @PlanAccess('create')
  create(@Input(routes.create) { body }: RouteInput<typeof routes.create>) {
    return this.commandBus.execute(new CreatePlanCommand(body));
  }

  @Route(routes.get)
  @PlanAccess('read')
  async get(
    @Input(routes.get) { params }: RouteInput<typeof routes.get>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const plan = await this.queryBus.execute(new GetPlanQuery(params.id));
    // Send it back as If-Match with a write: an older version answers 409 STALE_VERSION.
    res.setHeader('ETag', `"${plan.version}"`);
    return plan;
  }

  @Route(routes.update)
  @PlanAccess('write')
  update(
    @Input(routes.update) { params, body }: RouteInput<typeof routes.update>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new UpdatePlanCommand(params.id, body, version));
  }

  @Route(routes.addTarget)
  @PlanAccess('write')
  addTarget(
    @Input(routes.addTarget) { params, body }: RouteInput<typeof routes.addTarget>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new AddTargetCommand(params.id, body, version));
  }

  @Route(routes.updateTarget)
  @PlanAccess('write')
  updateTarget(
    @Input(routes.updateTarget) { params, body }: RouteInput<typeof routes.updateTarget>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new UpdateTargetCommand(params.id, params.code, body, version));
  }

  /** What a proposed floor would leave below: the editor warns before saving, and after. */
  @Route(routes.targetImpact)
  @PlanAccess('subtree')
  targetImpact(@Input(routes.targetImpact) { params, query }: RouteInput<typeof routes.targetImpact>) {
    return this.queryBus.execute(new GetTargetImpactQuery(params.id, params.code, query));
  }

  @Route(routes.deleteTarget)
  @PlanAccess('write')
  deleteTarget(
    @Input(routes.deleteTarget) { params }: RouteInput<typeof routes.deleteTarget>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new DeleteTargetCommand(params.id, params.code, version));
  }

  @Route(routes.addTask)
  @PlanAccess('write')
  addTask(
    @Input(routes.addTask) { params, body }: RouteInput<typeof routes.addTask>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new AddTaskCommand(params.id, body, version));
  }

  @Route(routes.updateTask)
  @PlanAccess('write')
  updateTask(
    @Input(routes.updateTask) { params, body }: RouteInput<typeof routes.updateTask>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new UpdateTaskCommand(params.id, params.taskId, body, version));
  }

  @Route(routes.deleteTask)
  @PlanAccess('write')
  deleteTask(
    @Input(routes.deleteTask) { params }: RouteInput<typeof routes.deleteTask>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new DeleteTaskCommand(params.id, params.taskId, version));
  }

  @Route(routes.cascade)
  @PlanAccess('write')
  cascade(
    @Input(routes.cascade) { params, body }: RouteInput<typeof routes.cascade>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(
      new CascadePlanCommand(params.id, body.unitCodes, version, body.dryRun ?? false),
    );
  }

  @Route(routes.confirm)
  @PlanAccess('write')
  confirm(
    @Input(routes.confirm) { params, body }: RouteInput<typeof routes.confirm>,
    @ExpectedVersion() version: number | null,
  ) {
    return this.commandBus.execute(new ConfirmPlanCommand(params.id, body, version));
  }

  @Route(routes.children)
  @PlanAccess('subtree')
  children(@Input(routes.children) { params }: RouteInput<typeof routes.children>) {
    return this.queryBus.execute(new ListChildPlansQuery(params.id));
  }

  @Route(routes.compliance)
  @PlanAccess('subtree')
  compliance(@Input(routes.compliance) { params }: RouteInput<typeof routes.compliance>) {
    return this.queryBus.execute(new GetComplianceQuery(params.id));
  }
}
