import type { UserResponse } from '@cchc/contracts';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../common/domain-error.js';

export const USER_SELECT = `SELECT u.id, u.username, u.role, u.unit_code, un.name AS unit_name, u.province_code,
  u.locked, u.created_at, u.password_hash FROM users u LEFT JOIN units un ON un.code = u.unit_code`;

export interface UserRow {
  id: string;
  username: string;
  role: UserResponse['role'];
  unit_code: string | null;
  unit_name: string | null;
  province_code: string | null;
  locked: boolean;
  created_at: Date;
  password_hash: string;
}

export function toUserResponse(r: UserRow): UserResponse {
  return {
    id: r.id,
    username: r.username,
    role: r.role,
    unitCode: r.unit_code,
    unitName: r.unit_name,
    provinceCode: r.province_code,
    locked: r.locked,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export async function findUser(m: EntityManager, id: string): Promise<UserRow> {
  const [row] = await m.query(`${USER_SELECT} WHERE u.id = $1 AND u.deleted_at IS NULL`, [id]);
  if (!row) throw new NotFoundError(`User ${id}`);
  return row;
}
