import { SetMetadata } from '@nestjs/common';
import type { Role } from '@cchc/domain';

export const PUBLIC_ROUTE = 'cchc:public';
/** Open to anyone: health, docs, sign-in. Every other route needs a session. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

export const ROLES_ALLOWED = 'cchc:roles';
/** Only these roles may call the route (403 for the others). */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ROLES_ALLOWED, roles);

/**
 * What a plan route (`:id`) asks of the caller:
 * - read: the plan is in the caller's subtree, or a plan its own plans derive from;
 * - subtree: the plan is in the caller's subtree (it lists plans below it);
 * - write: the plan is the caller's own unit's, and the caller's role writes plans;
 * - create: the body's unitCode is the caller's own unit, and its role writes plans.
 */
export type PlanAccessMode = 'read' | 'subtree' | 'write' | 'create';
export const PLAN_ACCESS = 'cchc:plan-access';
export const PlanAccess = (mode: PlanAccessMode) => SetMetadata(PLAN_ACCESS, mode);
