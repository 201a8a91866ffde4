import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import type { TaskResponse } from '@cchc/contracts';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../../common/domain-error.js';
import { PlanChangedEvent } from '../../events/plan-changed.event.js';
import { bumpVersion, lockPlan, toTaskResponse } from '../../infrastructure/plan-rows.js';
import { TaskOrmEntity } from '../../infrastructure/task.orm-entity.js';
import { UpdateTaskCommand } from './update-task.command.js';

@CommandHandler(UpdateTaskCommand)
export class UpdateTaskHandler implements ICommandHandler<UpdateTaskCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ planId, taskId, request }: UpdateTaskCommand): Promise<TaskResponse> {
    const [before, after] = await this.dataSource.transaction(async (manager) => {
      await lockPlan(manager, planId);
      const task = await manager.findOneBy(TaskOrmEntity, { id: taskId, planId });
      if (!task) throw new NotFoundError(`Task ${taskId} of plan ${planId}`);
      const before = toTaskResponse(task);
      const next: TaskOrmEntity = { ...task };
      for (const key of Object.keys(request) as (keyof typeof request)[]) {
        const v = request[key];
        if (v !== undefined) Object.assign(next, { [key]: v });
      }
      await manager.save(TaskOrmEntity, next);
      await bumpVersion(manager, planId);
      return [before, toTaskResponse(next)] as const;
    });
    this.eventBus.publish(new PlanChangedEvent(planId, 'task_changed', before, after));
    return after;
  }
}
