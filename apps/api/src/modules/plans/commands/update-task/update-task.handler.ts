import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TaskResponse } from '@cchc/contracts';
import { NotFoundError } from '../../../../common/domain-error.js';
import { PlanWriter } from '../../infrastructure/plan-writer.js';
import { assertMandatedTaskWrite } from '../../infrastructure/task-guard.js';
import { parentDueOf, toTaskResponse } from '../../infrastructure/task-rows.js';
import { TaskOrmEntity } from '../../infrastructure/task.orm-entity.js';
import { UpdateTaskCommand } from './update-task.command.js';

@CommandHandler(UpdateTaskCommand)
export class UpdateTaskHandler implements ICommandHandler<UpdateTaskCommand> {
  constructor(private readonly writer: PlanWriter) {}

  execute(command: UpdateTaskCommand): Promise<TaskResponse> {
    const { planId, taskId, request } = command;
    return this.writer.write(command, async ({ manager }) => {
      const task = await manager.findOneBy(TaskOrmEntity, { id: taskId, planId });
      if (!task) throw new NotFoundError(`Task ${taskId} of plan ${planId}`);
      const parentDue = await parentDueOf(manager, task);
      const before = toTaskResponse(task, parentDue);
      const next: TaskOrmEntity = { ...task };
      for (const key of Object.keys(request) as (keyof typeof request)[]) {
        const v = request[key];
        if (v !== undefined) Object.assign(next, { [key]: v });
      }
      assertMandatedTaskWrite(task, next, parentDue);
      await manager.save(TaskOrmEntity, next);
      const result = toTaskResponse(next, parentDue);
      return { result, changes: [{ planId, action: 'task_changed', before, after: result }] };
    });
  }
}
