import type { UnitResponse } from '@cchc/contracts';

/** The SELECT list every unit query reads, so all answer the same shape. */
export const UNIT_COLUMNS = `u.code, u.name, u.type, u.level, u.parent_code, u.province_code,
  (SELECT count(*)::int FROM units ch WHERE ch.parent_code = u.code) AS child_count`;

export interface UnitRowSql {
  code: string;
  name: string;
  type: string;
  level: UnitResponse['level'];
  parent_code: string | null;
  province_code: string;
  child_count: number;
}

export function toUnitResponse(r: UnitRowSql): UnitResponse {
  return {
    code: r.code,
    name: r.name,
    type: r.type,
    fullName: `${r.type} ${r.name}`,
    level: r.level,
    parentCode: r.parent_code,
    provinceCode: r.province_code,
    childCount: r.child_count,
  };
}
