import type { PlanStatus } from './reform-area';

/**
 * What happens to a plan that changes its status. `derive`: a cascade creates
 * the plan or adopts the unit's own one; `receive`: a cascade brings an
 * existing derived plan new or raised targets; `confirm`: the unit accepts
 * what it received. (Issuing and amending, with the lifecycle, come here too.)
 */
export const PLAN_EVENTS = ['derive', 'receive', 'confirm'] as const;
export type PlanEvent = (typeof PLAN_EVENTS)[number];

/**
 * The plan lifecycle as a table: from each status, the status each event
 * leads to. An event missing from a row is refused. A plan the unit wrote
 * itself (draft) has nothing to confirm; a confirmed plan that receives new
 * or raised targets must be confirmed again.
 */
export const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, Partial<Record<PlanEvent, PlanStatus>>>> = {
  draft: { derive: 'derived' },
  derived: { derive: 'derived', receive: 'derived', confirm: 'confirmed' },
  confirmed: { derive: 'confirmed', receive: 'derived', confirm: 'confirmed' },
};

/** The status `event` leads to from `status`, or null when the table refuses it. */
export function planTransition(status: PlanStatus, event: PlanEvent): PlanStatus | null {
  return PLAN_TRANSITIONS[status][event] ?? null;
}

/** The same table as SQL, for set-based writes (a cascade moves many plans at once). */
export const planStatusSql = {
  /** The status `event` leads to from status column `status`; refused ones keep it (callers only
   * apply events the table allows for the statuses they select). */
  after(event: PlanEvent, status: string): string {
    const arms = Object.entries(PLAN_TRANSITIONS)
      .map(([from, events]) => [from, events[event]] as const)
      .filter((arm): arm is readonly [string, PlanStatus] => arm[1] !== undefined && arm[1] !== arm[0])
      .map(([from, to]) => `WHEN '${from}' THEN '${to}'`);
    return arms.length === 0 ? status : `(CASE ${status} ${arms.join(' ')} ELSE ${status} END)`;
  },
};
