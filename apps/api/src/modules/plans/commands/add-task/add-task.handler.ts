import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import type { TaskResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { PlanChangedEvent } from '../../events/plan-changed.event.js';
import { bumpVersion, lockPlan, toTaskResponse } from '../../infrastructure/plan-rows.js';
import { TaskOrmEntity } from '../../infrastructure/task.orm-entity.js';
import { AddTaskCommand } from './add-task.command.js';

@CommandHandler(AddTaskCommand)
export class AddTaskHandler implements ICommandHandler<AddTaskCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ planId, request }: AddTaskCommand): Promise<TaskResponse> {
    const response = await this.dataSource.transaction(async (manager) => {
      const plan = await lockPlan(manager, planId);
      const task = manager.create(TaskOrmEntity, {
        planId,
        provinceCode: plan.province_code,
        title: request.title,
        area: request.area,
        product: request.product ?? null,
        leadAgency: request.leadAgency ?? null,
        coordinatingAgencies: request.coordinatingAgencies,
        budgetMillionVnd: request.budgetMillionVnd,
        due: request.due ?? null,
        parentTaskId: null,
      });
      await manager.save(task);
      await bumpVersion(manager, planId);
      return toTaskResponse(task);
    });
    this.eventBus.publish(new PlanChangedEvent(planId, 'task_added', null, response));
    return response;
  }
}
