import type { PlanSummaryResponse, UserResponse } from '@cchc/contracts';
import {
  type PlanEvent,
  type Role,
  mayWritePlan,
  planAllows,
  planStep,
  rolesManageableBy,
  writesPlans,
} from '@cchc/domain';

/**
 * What the screens offer a user, decided with the rules of @cchc/domain as the
 * API decides them (its access guard): the screens hide what the API would
 * refuse, and still explain a refusal (403) if one comes anyway.
 */
type Who = Pick<UserResponse, 'role' | 'unitCode'>;
type PlanUnit = Pick<PlanSummaryResponse, 'unitCode' | 'provinceCode'>;

/** Officers and province administrators write their own unit's plans, and only those. */
export function canWritePlan(user: Who, plan: Pick<PlanSummaryResponse, 'unitCode'>): boolean {
  return mayWritePlan(user, plan.unitCode);
}

/** What a user may do to a plan: the lifecycle's table (@cchc/domain) for its status, and the user's rights. */
export type PlanActions = Record<
  Extract<PlanEvent, 'edit' | 'confirm' | 'issue' | 'amend' | 'cascade'>,
  boolean
>;

/**
 * The actions a screen offers on a plan: those the domain's transition table allows from the
 * plan's status (`planAllows`, as PlanWriter applies it), to a user who may write the plan.
 * Confirming is for a plan received from above; cascading for a unit that has units below.
 */
export function planActions(
  user: Who,
  plan: Pick<PlanSummaryResponse, 'unitCode' | 'unitLevel' | 'status' | 'parentPlanId'>,
): PlanActions {
  const writes = canWritePlan(user, plan);
  const allows = (event: PlanEvent) => writes && planAllows(plan.status, event);
  return {
    edit: allows('edit'),
    confirm: plan.parentPlanId !== null && allows('confirm'),
    issue: allows('issue'),
    amend: allows('amend'),
    cascade: plan.unitLevel !== 'commune' && allows('cascade'),
  };
}

/** Why the table refuses `event` from the plan's status (its 409 code), or null when it allows it. */
export function planRefusal(plan: Pick<PlanSummaryResponse, 'status'>, event: PlanEvent) {
  const step = planStep(plan.status, event);
  return 'refused' in step ? step.refused : null;
}

/** A new plan, like any write, only for one's own unit. */
export function canCreatePlanFor(user: Who, unitCode: string): boolean {
  return mayWritePlan(user, unitCode);
}

/**
 * The user follows the plans below this one (children, compliance): the plan is
 * its own unit's or, for a province's user, its province's. A plan above one's
 * own unit (the one its plans derive from) is read, not followed.
 */
export function followsPlansBelow(user: Who, plan: PlanUnit): boolean {
  return (
    user.role === 'system_admin' ||
    (user.unitCode !== null && [plan.unitCode, plan.provinceCode].includes(user.unitCode))
  );
}

/** The level of a unit by its official code: 2 digits a province, 3 a district, 5 a commune. */
const levelRank = (code: string) => (code.length <= 2 ? 0 : code.length === 3 ? 1 : 2);

/**
 * The plan's progress reports are the user's to read: its own unit's, or a unit's below it
 * (the unit above reads its children's reports). A plan above the user's unit (the one its
 * own plans derive from) is read as a document, its reports not.
 */
export function readsReportsOf(user: Who, plan: PlanUnit): boolean {
  if (user.role === 'system_admin') return true;
  if (user.unitCode === null) return false;
  return plan.unitCode === user.unitCode || levelRank(plan.unitCode) > levelRank(user.unitCode);
}

/** System and province administrators manage users. */
export function managesUsers(user: Pick<UserResponse, 'role'>): boolean {
  return rolesManageableBy(user.role).length > 0;
}

/**
 * Where a user starts after signing in: a district's or commune's user (officer
 * or viewer) at its own unit's current plan, where its work is; a province's user
 * and the system administrator at the unit tree, which they follow as a whole.
 */
export function startsAtOwnUnit(user: Who): user is Who & { unitCode: string } {
  return user.unitCode !== null && !isProvinceCode(user.unitCode);
}

/**
 * An officer of a province, district or commune starts at its inbox ("Việc cần làm"):
 * what its unit must do now, with links to the plans.
 */
export function startsAtInbox(user: Who): user is Who & { unitCode: string } {
  return user.unitCode !== null && writesPlans(user.role);
}

/** A user of a unit is told what concerns it (the bell); the system administrator belongs to none. */
export const hasNotifications = (user: Who): boolean => user.unitCode !== null;

/** Where "Đơn vị hành chính" leads: the tree, opened at one's own unit for those who start elsewhere ("/" opens their inbox or plan). */
export function unitTreePath(user: Who): string {
  return startsAtOwnUnit(user) || startsAtInbox(user) ? `/?unit=${user.unitCode}` : '/';
}

/** A province's official code has two digits (a district's three, a commune's five). */
export const isProvinceCode = (unitCode: string | null | undefined) => unitCode?.length === 2;

/** The roles `manager` may give someone of `unitCode`: province administrator only in a province. */
export function rolesAssignable(
  manager: Pick<UserResponse, 'role'>,
  unitCode: string | null | undefined,
): Role[] {
  return rolesManageableBy(manager.role).filter((r) => r !== 'province_admin' || isProvinceCode(unitCode));
}
