import type { TaskResponse } from '@cchc/contracts';
import type { TaskOrmEntity } from './task.orm-entity.js';

export function toTaskResponse(t: TaskOrmEntity): TaskResponse {
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
  };
}
