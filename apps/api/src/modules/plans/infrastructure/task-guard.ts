import { mandatedTaskRefusals } from '@cchc/domain';
import { DomainError } from '../../../common/domain-error.js';
import type { TaskOrmEntity } from './task.orm-entity.js';

/**
 * The one door every write of a task passes (change or delete): a task the
 * parent plan assigned keeps its title, area and cascade, stays in the plan,
 * and may move its deadline earlier, never later (`mandatedTaskRefusals`).
 */
export function assertMandatedTaskWrite(
  before: TaskOrmEntity,
  after: TaskOrmEntity | null,
  parentDue: string | null,
): void {
  const refusals = mandatedTaskRefusals(before, after, parentDue);
  const [first] = refusals;
  if (!first) return;
  if (first.code === 'TASK_DUE_LATER_THAN_PARENT') {
    throw new DomainError(
      'TASK_DUE_LATER_THAN_PARENT',
      `Task "${before.title}" is assigned by the parent plan: its deadline ${first.triedDue ?? '(none)'} is later than ${first.parentDue}, the parent's`,
      {
        taskId: before.id,
        field: 'due',
        parentDue: first.parentDue,
        triedDue: first.triedDue,
        errors: [
          { field: 'due', message: `must be no later than ${first.parentDue}, the parent plan's deadline` },
        ],
      },
    );
  }
  const locked = refusals.filter((r) => r.code === 'TASK_MANDATED').map((r) => r.field);
  throw new DomainError(
    'TASK_MANDATED',
    first.deleted
      ? `Task "${before.title}" is assigned by the parent plan and cannot be deleted`
      : `Task "${before.title}" is assigned by the parent plan: its ${locked.join(', ')} follow the parent plan`,
    {
      taskId: before.id,
      field: first.field,
      errors: first.deleted
        ? [{ field: 'title', message: 'is assigned by the parent plan and cannot be deleted' }]
        : locked.map((f) => ({ field: f, message: 'is set by the parent plan' })),
    },
  );
}
