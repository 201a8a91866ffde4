import type { PlanResponse } from '@cchc/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/query-keys';

/** The version of the plan the screen shows (the plan every plan screen reads). */
export function shownPlanVersion(queryClient: QueryClient, planId: string): number | undefined {
  return queryClient.getQueryData<PlanResponse>(queryKeys.plans.detail(planId))?.version;
}

/**
 * A write to a plan based on the version the screen shows: `write` sends it as
 * If-Match, so the API refuses the write (409 STALE_VERSION) if someone else
 * changed the plan since. A write the API counts as a new version (all but a
 * cascade, which changes the plans below) moves the shown version on by one at
 * once, so the next write needs no wait for the plan to be read again.
 */
export async function writeToPlan<T>(
  queryClient: QueryClient,
  planId: string,
  write: (ifMatch: number | undefined) => Promise<T>,
  { newVersion = true }: { newVersion?: boolean } = {},
): Promise<T> {
  const version = shownPlanVersion(queryClient, planId);
  const result = await write(version);
  if (newVersion && version !== undefined) {
    queryClient.setQueryData<PlanResponse>(queryKeys.plans.detail(planId), (plan) =>
      plan && plan.version === version ? { ...plan, version: version + 1 } : plan,
    );
  }
  return result;
}

/**
 * The one shape of a plan write's hook: `write` is sent with the shown version
 * (writeToPlan), and `onSuccess` / `onError` say what to read again.
 */
export function usePlanWrite<Variables, Result>(
  planId: string,
  write: (variables: Variables, ifMatch: number | undefined) => Promise<Result>,
  options: {
    onSuccess?: (queryClient: QueryClient, result: Result) => unknown;
    onError?: (queryClient: QueryClient, error: Error) => unknown;
    /** false for a write the API does not count as a new version of this plan (a cascade). */
    newVersion?: boolean;
  } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) =>
      writeToPlan(queryClient, planId, (ifMatch) => write(variables, ifMatch), {
        newVersion: options.newVersion,
      }),
    onSuccess: (result: Result) => options.onSuccess?.(queryClient, result),
    onError: (error: Error) => options.onError?.(queryClient, error),
  });
}
