import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../../common/domain-error.js';
import { PlanChangedEvent } from '../../events/plan-changed.event.js';
import { bumpVersion, lockPlan, toTaskResponse } from '../../infrastructure/plan-rows.js';
import { TaskOrmEntity } from '../../infrastructure/task.orm-entity.js';
import { DeleteTaskCommand } from './delete-task.command.js';

@CommandHandler(DeleteTaskCommand)
export class DeleteTaskHandler implements ICommandHandler<DeleteTaskCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly eventBus: EventBus,
  ) {}

  async execute({ planId, taskId }: DeleteTaskCommand): Promise<void> {
    const before = await this.dataSource.transaction(async (manager) => {
      await lockPlan(manager, planId);
      const task = await manager.findOneBy(TaskOrmEntity, { id: taskId, planId });
      if (!task) throw new NotFoundError(`Task ${taskId} of plan ${planId}`);
      await manager.delete(TaskOrmEntity, { id: taskId });
      await bumpVersion(manager, planId);
      return toTaskResponse(task);
    });
    this.eventBus.publish(new PlanChangedEvent(planId, 'task_removed', before, null));
  }
}
