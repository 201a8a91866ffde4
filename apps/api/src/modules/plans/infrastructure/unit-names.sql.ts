import { unitFullName } from '@cchc/domain';

/**
 * The join that names a unit as the tables show it: a commune with the district
 * above it ("Xã Tân Long, Thị xã Ngã Năm"). `u` is the unit row's alias; the
 * district comes in as `<u>_d`. The words themselves are put together by the
 * domain's unitFullName, once.
 */
export function districtJoin(u: string): string {
  return `LEFT JOIN units ${u}_d ON ${u}_d.code = ${u}.parent_code AND ${u}_d.level = 'district' AND ${u}.level = 'commune'`;
}

/** The columns `fullNameOf` reads, for unit alias `u` joined with `districtJoin(u)`. */
export function unitNameColumns(u: string): string {
  return `${u}.name AS unit_name, ${u}.type AS unit_type, ${u}_d.code AS district_code,
          ${u}_d.name AS district_name, ${u}_d.type AS district_type`;
}

export interface UnitNameRow {
  unit_name: string;
  unit_type: string;
  district_code: string | null;
  district_name: string | null;
  district_type: string | null;
}

export function fullNameOf(r: UnitNameRow): string {
  const district =
    r.district_name !== null && r.district_type !== null
      ? { name: r.district_name, type: r.district_type }
      : null;
  return unitFullName({ name: r.unit_name, type: r.unit_type }, district);
}
