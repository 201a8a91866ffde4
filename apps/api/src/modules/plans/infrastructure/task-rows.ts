import type { TaskResponse } from '@cchc/contracts';
import { isMandatedTask } from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../../database/query-rows.js';
import type { TaskOrmEntity } from './task.orm-entity.js';

/** A task as the API answers it; `parentDue` is the due of the parent plan's task it was copied from. */
export function toTaskResponse(t: TaskOrmEntity, parentDue: string | null = null): TaskResponse {
  const mandated = isMandatedTask(t);
  return {
    id: t.id,
    title: t.title,
    area: t.area,
    product: t.product,
    leadAgency: t.leadAgency,
    coordinatingAgencies: t.coordinatingAgencies,
    budgetMillionVnd: t.budgetMillionVnd,
    due: t.due,
    parentTaskId: t.parentTaskId,
    cascade: t.cascade,
    mandated,
    parentDue: mandated ? parentDue : null,
  };
}

/** The due of each parent task the tasks of plan `planId` were copied from, by the child task's id. */
export async function parentDues(
  manager: EntityManager,
  planId: string,
): Promise<Map<string, string | null>> {
  const rows = await queryRows<{ id: string; due: string | null }>(
    manager,
    `SELECT c.id, p.due FROM tasks c JOIN tasks p ON p.id = c.parent_task_id WHERE c.plan_id = $1`,
    [planId],
  );
  return new Map(rows.map((r) => [r.id, r.due]));
}

/** The due of the parent task `task` was copied from; null for none (or a task of the plan's own). */
export async function parentDueOf(
  manager: EntityManager,
  task: Pick<TaskOrmEntity, 'parentTaskId'>,
): Promise<string | null> {
  if (task.parentTaskId === null) return null;
  const [row] = await queryRows<{ due: string | null }>(manager, 'SELECT due FROM tasks WHERE id = $1', [
    task.parentTaskId,
  ]);
  return row?.due ?? null;
}
