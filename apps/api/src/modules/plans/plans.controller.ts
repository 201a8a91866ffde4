import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  type CascadePlanResponse,
  type ChildPlanResponse,
  type ComplianceItem,
  type PlanResponse,
  type PlanSummaryResponse,
  type TargetResponse,
  type TaskResponse,
  cascadePlanRequest,
  confirmPlanRequest,
  createPlanRequest,
  createTargetRequest,
  createTaskRequest,
  idParam,
  listPlansQuery,
  targetCodeParams,
  taskIdParams,
  updatePlanRequest,
  updateTargetRequest,
  updateTaskRequest,
} from '@cchc/contracts';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { PlanAccess } from '../../common/access/access.decorators.js';
import { ExpectedVersion } from '../../common/if-match.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
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
import { GetPlanQuery } from './queries/get-plan/get-plan.query.js';
import { ListChildPlansQuery } from './queries/list-child-plans/list-child-plans.query.js';
import { ListPlansQuery } from './queries/list-plans/list-plans.query.js';

const body = <S extends z.ZodType>(schema: S) => Body(new ZodValidationPipe(schema));
const planId = Param(new ZodValidationPipe(idParam));
type IdParam = z.infer<typeof idParam>;

/** Thin: parse with the contract, hand to the bus, answer the contract's shape. */
@Controller('plans')
export class PlansController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  /** A page of plans; `Link: <…>; rel="next"` (RFC 8288) names the next one. */
  @Get()
  async list(
    @Query(new ZodValidationPipe(listPlansQuery, 'query')) query: z.infer<typeof listPlansQuery>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PlanSummaryResponse[]> {
    const page = await this.queryBus.execute(new ListPlansQuery(query));
    if (page.nextCursor) {
      const next = new URLSearchParams(req.query as Record<string, string>);
      next.set('cursor', page.nextCursor);
      res.setHeader('Link', `</api/plans?${next}>; rel="next"`);
    }
    return page.plans;
  }

  @Post()
  @PlanAccess('create')
  create(@body(createPlanRequest) request: z.output<typeof createPlanRequest>): Promise<PlanResponse> {
    return this.commandBus.execute(new CreatePlanCommand(request));
  }

  @Get(':id')
  @PlanAccess('read')
  async get(@planId { id }: IdParam, @Res({ passthrough: true }) res: Response): Promise<PlanResponse> {
    const plan = await this.queryBus.execute(new GetPlanQuery(id));
    // Send it back as If-Match with a write: an older version answers 409 STALE_VERSION.
    res.setHeader('ETag', `"${plan.version}"`);
    return plan;
  }

  @Patch(':id')
  @PlanAccess('write')
  update(
    @planId { id }: IdParam,
    @body(updatePlanRequest) request: z.output<typeof updatePlanRequest>,
    @ExpectedVersion() version: number | null,
  ): Promise<PlanResponse> {
    return this.commandBus.execute(new UpdatePlanCommand(id, request, version));
  }

  @Post(':id/targets')
  @PlanAccess('write')
  addTarget(
    @planId { id }: IdParam,
    @body(createTargetRequest) request: z.output<typeof createTargetRequest>,
    @ExpectedVersion() version: number | null,
  ): Promise<TargetResponse> {
    return this.commandBus.execute(new AddTargetCommand(id, request, version));
  }

  @Patch(':id/targets/:code')
  @PlanAccess('write')
  updateTarget(
    @Param(new ZodValidationPipe(targetCodeParams)) { id, code }: z.infer<typeof targetCodeParams>,
    @body(updateTargetRequest) request: z.output<typeof updateTargetRequest>,
    @ExpectedVersion() version: number | null,
  ): Promise<TargetResponse> {
    return this.commandBus.execute(new UpdateTargetCommand(id, code, request, version));
  }

  @Delete(':id/targets/:code')
  @PlanAccess('write')
  @HttpCode(204)
  deleteTarget(
    @Param(new ZodValidationPipe(targetCodeParams)) { id, code }: z.infer<typeof targetCodeParams>,
    @ExpectedVersion() version: number | null,
  ): Promise<void> {
    return this.commandBus.execute(new DeleteTargetCommand(id, code, version));
  }

  @Post(':id/tasks')
  @PlanAccess('write')
  addTask(
    @planId { id }: IdParam,
    @body(createTaskRequest) request: z.output<typeof createTaskRequest>,
    @ExpectedVersion() version: number | null,
  ): Promise<TaskResponse> {
    return this.commandBus.execute(new AddTaskCommand(id, request, version));
  }

  @Patch(':id/tasks/:taskId')
  @PlanAccess('write')
  updateTask(
    @Param(new ZodValidationPipe(taskIdParams)) { id, taskId }: z.infer<typeof taskIdParams>,
    @body(updateTaskRequest) request: z.output<typeof updateTaskRequest>,
    @ExpectedVersion() version: number | null,
  ): Promise<TaskResponse> {
    return this.commandBus.execute(new UpdateTaskCommand(id, taskId, request, version));
  }

  @Delete(':id/tasks/:taskId')
  @PlanAccess('write')
  @HttpCode(204)
  deleteTask(
    @Param(new ZodValidationPipe(taskIdParams)) { id, taskId }: z.infer<typeof taskIdParams>,
    @ExpectedVersion() version: number | null,
  ): Promise<void> {
    return this.commandBus.execute(new DeleteTaskCommand(id, taskId, version));
  }

  @Post(':id/cascade')
  @PlanAccess('write')
  @HttpCode(200)
  cascade(
    @planId { id }: IdParam,
    @body(cascadePlanRequest) request: z.output<typeof cascadePlanRequest>,
    @ExpectedVersion() version: number | null,
  ): Promise<CascadePlanResponse> {
    return this.commandBus.execute(new CascadePlanCommand(id, request.unitCodes, version));
  }

  @Post(':id/confirm')
  @PlanAccess('write')
  @HttpCode(200)
  confirm(
    @planId { id }: IdParam,
    @body(confirmPlanRequest) request: z.output<typeof confirmPlanRequest>,
    @ExpectedVersion() version: number | null,
  ): Promise<PlanResponse> {
    return this.commandBus.execute(new ConfirmPlanCommand(id, request, version));
  }

  @Get(':id/children')
  @PlanAccess('subtree')
  children(@planId { id }: IdParam): Promise<ChildPlanResponse[]> {
    return this.queryBus.execute(new ListChildPlansQuery(id));
  }

  @Get(':id/compliance')
  @PlanAccess('subtree')
  compliance(@planId { id }: IdParam): Promise<ComplianceItem[]> {
    return this.queryBus.execute(new GetComplianceQuery(id));
  }
}
