import type { PlanStatus } from './reform-area';

/**
 * What happens to a plan. `derive`: a cascade creates the plan or adopts the
 * unit's own one; `receive`: a cascade or an issued amendment brings it new or
 * raised targets; `confirm`: the unit accepts what it received; `edit`: its
 * header, targets or tasks are written; `issue`: the unit signs it (ban hành);
 * `amend`: an issued plan is reopened as the draft of its next version;
 * `cascade`: the plan is passed down to the units below (it stays as it is);
 * `report`: the unit files (or the unit above reopens) a progress report on the
 * plan, which is filed on an issued plan (also while it is amended) and leaves it as it is.
 */
export const PLAN_EVENTS = [
  'derive',
  'receive',
  'confirm',
  'edit',
  'issue',
  'amend',
  'cascade',
  'report',
] as const;
export type PlanEvent = (typeof PLAN_EVENTS)[number];

/** Why the lifecycle refuses an event; each is the stable `code` of a 409 answer. */
export const PLAN_REFUSALS = [
  'PLAN_NOT_DERIVED',
  'PLAN_NOT_CONFIRMED',
  'PLAN_NOT_ISSUED',
  'PLAN_ISSUED',
  'PLAN_STATUS_CONFLICT',
] as const;
export type PlanRefusal = (typeof PLAN_REFUSALS)[number];

/** A step of the table: the status it leads to, or why it is refused. */
export type PlanStep = { to: PlanStatus } | { refused: PlanRefusal };

const to = (status: PlanStatus): PlanStep => ({ to: status });
const refused = (code: PlanRefusal): PlanStep => ({ refused: code });

/**
 * The plan lifecycle as one table: for each status and each event, the status
 * it leads to or the refusal. An own plan is draft → issued; a derived plan is
 * derived → confirmed → issued. An issued plan is frozen (every edit is
 * PLAN_ISSUED) until it is amended; only an issued plan is cascaded from. A plan
 * that receives new or raised targets is derived again until it confirms them,
 * also when it had been issued (its issued version stays readable); one being
 * amended keeps amending, and must meet its floors before it is issued again.
 */
export const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, Readonly<Record<PlanEvent, PlanStep>>>> = {
  draft: {
    derive: to('derived'),
    receive: refused('PLAN_NOT_DERIVED'),
    confirm: refused('PLAN_NOT_DERIVED'),
    edit: to('draft'),
    issue: to('issued'),
    amend: refused('PLAN_NOT_ISSUED'),
    cascade: refused('PLAN_NOT_ISSUED'),
    report: refused('PLAN_NOT_ISSUED'),
  },
  derived: {
    derive: to('derived'),
    receive: to('derived'),
    confirm: to('confirmed'),
    edit: to('derived'),
    issue: refused('PLAN_NOT_CONFIRMED'),
    amend: refused('PLAN_NOT_ISSUED'),
    cascade: refused('PLAN_NOT_ISSUED'),
    report: refused('PLAN_NOT_ISSUED'),
  },
  confirmed: {
    derive: to('confirmed'),
    receive: to('derived'),
    confirm: to('confirmed'),
    edit: to('confirmed'),
    issue: to('issued'),
    amend: refused('PLAN_NOT_ISSUED'),
    cascade: refused('PLAN_NOT_ISSUED'),
    report: refused('PLAN_NOT_ISSUED'),
  },
  issued: {
    derive: to('issued'),
    receive: to('derived'),
    confirm: refused('PLAN_ISSUED'),
    edit: refused('PLAN_ISSUED'),
    issue: refused('PLAN_ISSUED'),
    amend: to('amending'),
    cascade: to('issued'),
    report: to('issued'),
  },
  amending: {
    derive: to('amending'),
    receive: to('amending'),
    confirm: refused('PLAN_STATUS_CONFLICT'),
    edit: to('amending'),
    issue: to('issued'),
    amend: refused('PLAN_STATUS_CONFLICT'),
    cascade: refused('PLAN_NOT_ISSUED'),
    report: to('amending'),
  },
};

/** The step `event` takes from `status`: where it leads, or why it is refused. */
export function planStep(status: PlanStatus, event: PlanEvent): PlanStep {
  return PLAN_TRANSITIONS[status][event];
}

/** The status `event` leads to from `status`, or null when the table refuses it. */
export function planTransition(status: PlanStatus, event: PlanEvent): PlanStatus | null {
  const step = planStep(status, event);
  return 'to' in step ? step.to : null;
}

/** Whether the table allows `event` from `status` (what a screen offers). */
export const planAllows = (status: PlanStatus, event: PlanEvent): boolean =>
  planTransition(status, event) !== null;

/** The statuses from which `event` is allowed (what a set-based write selects). */
export function statusesAllowing(event: PlanEvent): PlanStatus[] {
  return (Object.keys(PLAN_TRANSITIONS) as PlanStatus[]).filter((status) => planAllows(status, event));
}

/** The same table as SQL, for set-based writes (a cascade moves many plans at once). */
export const planStatusSql = {
  /** The status `event` leads to from status column `status`; refused ones keep it (callers only
   * apply events the table allows for the statuses they select). */
  after(event: PlanEvent, status: string): string {
    const arms = (Object.keys(PLAN_TRANSITIONS) as PlanStatus[])
      .map((from) => [from, planTransition(from, event)] as const)
      .filter((arm): arm is readonly [PlanStatus, PlanStatus] => arm[1] !== null && arm[1] !== arm[0])
      .map(([from, next]) => `WHEN '${from}' THEN '${next}'`);
    return arms.length === 0 ? status : `(CASE ${status} ${arms.join(' ')} ELSE ${status} END)`;
  },
};
