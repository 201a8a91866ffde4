import { dueDeadline, parseDue } from './task-due';

/**
 * A task the parent plan assigned ("nhiệm vụ được giao"): the cascade copied it
 * from a task of the plan above, and the child carries it out. The child
 * decides who leads it, who helps, what it costs and may finish it sooner; it
 * may not drop it, rename it, move it to another reform area, stop it from
 * going further down, or give itself more time than the plan above allows.
 */
export interface MandatedTaskFields {
  /** The task of the parent plan this one was copied from; null for a task of the plan's own. */
  parentTaskId: string | null;
  title: string;
  area: string;
  /** 2024-03-15, 2024-Q1 or 2024; null for none. */
  due: string | null;
  /** Whether a cascade copies it into the plans below. */
  cascade: boolean;
}

export function isMandatedTask(task: Pick<MandatedTaskFields, 'parentTaskId'>): boolean {
  return task.parentTaskId !== null;
}

/**
 * Whether a child's deadline is no later than its parent's: compared by the
 * last day each allows, so "2024-Q1" fits within "2024" and "2024-03-15"
 * within "2024-Q1", but "2024-Q1" does not fit within "2024-03-15". A parent
 * without a deadline allows any; a child without one, when the parent has one,
 * gives itself unlimited time: later.
 */
export function dueWithin(childDue: string | null, parentDue: string | null): boolean {
  const parent = parentDue === null ? null : parseDue(parentDue);
  if (parent === null) return true;
  const child = childDue === null ? null : parseDue(childDue);
  if (child === null) return false;
  return dueDeadline(child) <= dueDeadline(parent);
}

export type MandatedTaskRefusal =
  | {
      code: 'TASK_MANDATED';
      /** `title` for a deletion or a new title; `area` or `cascade` when those change. */
      field: 'title' | 'area' | 'cascade';
      deleted: boolean;
    }
  | { code: 'TASK_DUE_LATER_THAN_PARENT'; field: 'due'; parentDue: string; triedDue: string | null };

/**
 * What a write of a task (`after`; null deletes it) refuses, given the task as
 * it is (`before`) and the due of the parent task it was copied from. A task of
 * the plan's own is the plan's to change. The deadline is judged only when the
 * write moves it: a parent that moved its own deadline after the cascade does
 * not make the child's other fields unwritable.
 */
export function mandatedTaskRefusals(
  before: MandatedTaskFields,
  after: MandatedTaskFields | null,
  parentDue: string | null,
): MandatedTaskRefusal[] {
  if (!isMandatedTask(before)) return [];
  if (after === null) return [{ code: 'TASK_MANDATED', field: 'title', deleted: true }];
  const refusals: MandatedTaskRefusal[] = [];
  for (const field of ['title', 'area', 'cascade'] as const) {
    if (after[field] !== before[field]) refusals.push({ code: 'TASK_MANDATED', field, deleted: false });
  }
  if (after.due !== before.due && parentDue !== null && !dueWithin(after.due, parentDue)) {
    refusals.push({ code: 'TASK_DUE_LATER_THAN_PARENT', field: 'due', parentDue, triedDue: after.due });
  }
  return refusals;
}
