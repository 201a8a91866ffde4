import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../common/domain-error.js';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import { assertMandatedTaskWrite } from '../../infrastructure/task-guard.js';
import { parentDueOf, toTaskResponse } from '../../infrastructure/task-rows.js';
import { TaskOrmEntity } from '../../infrastructure/task.orm-entity.js';
import { DeleteTaskCommand } from './delete-task.command.js';

@CommandHandler(DeleteTaskCommand)
export class DeleteTaskHandler implements ICommandHandler<DeleteTaskCommand> {
  constructor(private readonly writer: PlanWriter) {}

  execute(command: DeleteTaskCommand): Promise<void> {
    const { planId, taskId } = command;
    return this.writer.write(command, async ({ manager }) => {
      const task = await manager.findOneBy(TaskOrmEntity, { id: taskId, planId });
      if (!task) throw new NotFoundError(`Task ${taskId} of plan ${planId}`);
      const parentDue = await parentDueOf(manager, task);
      assertMandatedTaskWrite(task, null, parentDue);
      await manager.delete(TaskOrmEntity, { id: taskId });
      return {
        result: undefined,
        changes: [{ planId, action: 'task_removed', before: toTaskResponse(task, parentDue), after: null }],
      };
    });
  }
}
