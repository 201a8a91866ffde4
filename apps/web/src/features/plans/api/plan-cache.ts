import type { PlanResponse, TargetResponse, TaskResponse } from '@cchc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** Puts a saved target or task into the cached plan at once, so the screen shows
 * what the server stored while the plan is read again. */
export function patchCachedPlan(
  queryClient: QueryClient,
  planId: string,
  change: { target?: TargetResponse; task?: TaskResponse },
) {
  queryClient.setQueryData<PlanResponse>(queryKeys.plans.detail(planId), (plan) => {
    if (!plan) return plan;
    const areas = plan.areas.map((section) => {
      const targets = change.target
        ? section.targets.map((t) => (t.code === change.target?.code ? change.target : t))
        : section.targets;
      const tasks = change.task
        ? section.tasks.map((t) => (t.id === change.task?.id ? change.task : t))
        : section.tasks;
      return {
        ...section,
        targets,
        tasks,
        budgetMillionVnd: tasks.reduce((s, t) => s + t.budgetMillionVnd, 0),
      };
    });
    return { ...plan, areas, budgetMillionVnd: areas.reduce((s, a) => s + a.budgetMillionVnd, 0) };
  });
}
