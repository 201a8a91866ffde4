import { type Role, rolesManageableBy, unitTreeSql } from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import { unitInSubtree } from '../../../common/access/plan-access.js';
import { DomainError, ValidationFailedError } from '../../../common/domain-error.js';
import type { Actor } from '../../../common/request-context.js';

/** The SQL condition for users alias `u` an administrator manages ($1: its unit, or null for all). */
export const MANAGED_USERS_SQL = `u.role <> 'system_admin' AND ($1::text IS NULL OR EXISTS (
  SELECT 1 FROM units x WHERE x.code = u.unit_code AND ${unitTreeSql.inSubtree('x', '$1::text')}))`;

/** The unit whose subtree an administrator manages; null: everything (system_admin). */
export function managedRoot(actor: Actor): string | null {
  return actor.role === 'system_admin' ? null : (actor.unitCode as string);
}

/** May `actor` give `role` to a user of `unitCode`? Refuses with the field named. */
export async function assertMayAssign(
  m: EntityManager,
  actor: Actor,
  role: Role,
  unitCode: string | null | undefined,
) {
  if (!rolesManageableBy(actor.role).includes(role)) {
    throw new DomainError('FORBIDDEN', `A ${actor.role} cannot give the role ${role}`);
  }
  if (!unitCode)
    throw new ValidationFailedError([{ field: 'unitCode', message: `is required for the role ${role}` }]);
  const [unit] = await m.query('SELECT level, province_code FROM units WHERE code = $1', [unitCode]);
  if (!unit)
    throw new ValidationFailedError([{ field: 'unitCode', message: `no unit has code ${unitCode}` }]);
  if (role === 'province_admin' && unit.level !== 'province') {
    throw new ValidationFailedError([
      { field: 'unitCode', message: 'a province administrator belongs to a province' },
    ]);
  }
  const root = managedRoot(actor);
  if (root && !(await unitInSubtree(m, unitCode, root))) {
    throw new DomainError('FORBIDDEN', `Unit ${unitCode} is outside the units you manage`);
  }
  return unit.province_code as string;
}
