import { Module } from '@nestjs/common';
import { AddTargetHandler } from './commands/add-target/add-target.handler.js';
import { AddTaskHandler } from './commands/add-task/add-task.handler.js';
import { CascadePlanHandler } from './commands/cascade-plan/cascade-plan.handler.js';
import { ConfirmPlanHandler } from './commands/confirm-plan/confirm-plan.handler.js';
import { CreatePlanHandler } from './commands/create-plan/create-plan.handler.js';
import { IssuePlanHandler } from './commands/issue-plan/issue-plan.handler.js';
import { AmendPlanHandler } from './commands/amend-plan/amend-plan.handler.js';
import { NextYearPlanHandler } from './commands/next-year-plan/next-year-plan.handler.js';
import { PlanLifecycleController } from './plan-lifecycle.controller.js';
import {
  GetPlanDiffHandler,
  GetPlanVersionHandler,
  ListPlanVersionsHandler,
} from './queries/plan-versions/plan-versions.handlers.js';
import { DeleteTargetHandler } from './commands/delete-target/delete-target.handler.js';
import { DeleteTaskHandler } from './commands/delete-task/delete-task.handler.js';
import { UpdatePlanHandler } from './commands/update-plan/update-plan.handler.js';
import { UpdateTargetHandler } from './commands/update-target/update-target.handler.js';
import { UpdateTaskHandler } from './commands/update-task/update-task.handler.js';
import { OutboxRelay } from './infrastructure/outbox-relay.js';
import { PlanWriter } from './infrastructure/plan-writer.js';
import { PlansController } from './plans.controller.js';
import { GetComplianceHandler } from './queries/get-compliance/get-compliance.handler.js';
import { GetTargetImpactHandler } from './queries/get-target-impact/get-target-impact.handler.js';
import { GetPlanHandler } from './queries/get-plan/get-plan.handler.js';
import { ListChildPlansHandler } from './queries/list-child-plans/list-child-plans.handler.js';
import { ListPlansHandler } from './queries/list-plans/list-plans.handler.js';

@Module({
  controllers: [PlansController, PlanLifecycleController],
  providers: [
    OutboxRelay,
    PlanWriter,
    CreatePlanHandler,
    UpdatePlanHandler,
    AddTargetHandler,
    UpdateTargetHandler,
    DeleteTargetHandler,
    AddTaskHandler,
    UpdateTaskHandler,
    DeleteTaskHandler,
    CascadePlanHandler,
    ConfirmPlanHandler,
    IssuePlanHandler,
    AmendPlanHandler,
    NextYearPlanHandler,
    ListPlanVersionsHandler,
    GetPlanVersionHandler,
    GetPlanDiffHandler,
    ListPlansHandler,
    GetPlanHandler,
    ListChildPlansHandler,
    GetComplianceHandler,
    GetTargetImpactHandler,
  ],
  // The documents module adds tasks from an appendix sheet through the one plan writer.
  exports: [PlanWriter],
})
export class PlansModule {}
