import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TaskResponse } from '@cchc/contracts';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import { toTaskResponse } from '../../infrastructure/task-rows.js';
import { TaskOrmEntity } from '../../infrastructure/task.orm-entity.js';
import { AddTaskCommand } from './add-task.command.js';

@CommandHandler(AddTaskCommand)
export class AddTaskHandler implements ICommandHandler<AddTaskCommand> {
  constructor(private readonly writer: PlanWriter) {}

  execute(command: AddTaskCommand): Promise<TaskResponse> {
    const { planId, request } = command;
    return this.writer.write(command, async ({ manager, plan }) => {
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
        // A task added by hand is the plan's own, never one the plan above assigned.
        parentTaskId: null,
        cascade: request.cascade,
      });
      await manager.save(task);
      const result = toTaskResponse(task);
      return { result, changes: [{ planId, action: 'task_added', before: null, after: result }] };
    });
  }
}
