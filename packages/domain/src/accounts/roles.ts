/**
 * Who may do what. Every user belongs to one unit (but the system
 * administrator, who belongs to none) and reads that unit's subtree; only
 * officers and the province's administrators write, and only their own
 * unit's plans.
 */
export const ROLES = ['system_admin', 'province_admin', 'officer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that write their own unit's plans: edit, cascade, confirm. */
export function writesPlans(role: Role): boolean {
  return role === 'officer' || role === 'province_admin';
}

/** A user writes a plan (edit, cascade, confirm) only if its role writes plans and the
 * plan is its own unit's. The API's access guard and the web's screens both ask this. */
export function mayWritePlan(user: { role: Role; unitCode: string | null }, planUnitCode: string): boolean {
  return writesPlans(user.role) && user.unitCode !== null && user.unitCode === planUnitCode;
}

/**
 * The roles a user of `role` may give, and whose holders it manages (changes,
 * locks, deletes). Province administrators are the system administrator's
 * alone: one province administrator cannot lock, demote or delete another.
 */
export function rolesManageableBy(role: Role): Role[] {
  switch (role) {
    case 'system_admin':
      return ['province_admin', 'officer', 'viewer'];
    case 'province_admin':
      return ['officer', 'viewer'];
    default:
      return [];
  }
}

/** Whether a user of role `manager` manages users holding `role`. */
export function mayManageRole(manager: Role, role: Role): boolean {
  return rolesManageableBy(manager).includes(role);
}

/** Passwords: long enough to resist guessing, short enough to type. */
export const MIN_PASSWORD_LENGTH = 10;
