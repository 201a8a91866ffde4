import type { PlanResponse, TargetResponse, TaskResponse } from '@cchc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { isStaleVersion } from '../../../lib/api-client';
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

/**
 * Reads again what a change to a plan's targets may have moved: the plan (or
 * every plan, when floors moved below it: `planId` null), the children lists
 * and the compliance views.
 */
export function refreshAfterTargetChange(queryClient: QueryClient, planId: string | null) {
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: planId ? queryKeys.plans.detail(planId) : queryKeys.plans.details(),
    }),
    queryClient.invalidateQueries({ queryKey: queryKeys.plans.children() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.plans.compliance() }),
  ]);
}

/**
 * After a refused write: a refusal may mean the floors moved since the plan
 * was read, so read it again. Not when someone else changed the plan: the
 * screen says so and lets its user reload when ready.
 */
export function rereadUnlessStale(queryClient: QueryClient, planId: string, error: unknown) {
  return isStaleVersion(error)
    ? undefined
    : queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(planId) });
}
