/** A unit as documents name it: its type word (Xã, Phường, Thị xã…) and its name. */
export interface NamedUnit {
  type: string;
  name: string;
}

/**
 * The type word and the name, as documents write it: "Phường 1", "Xã Tân Long",
 * "Thị xã Ngã Năm". A name that already carries its type word is not doubled.
 */
export function unitTypedName(unit: NamedUnit): string {
  const type = unit.type.trim();
  const name = unit.name.trim();
  if (!type) return name;
  if (name.toLocaleLowerCase('vi') === type.toLocaleLowerCase('vi')) return name;
  return name.toLocaleLowerCase('vi').startsWith(`${type.toLocaleLowerCase('vi')} `)
    ? name
    : `${type} ${name}`;
}

/**
 * A unit's full name for a list that mixes levels: a commune is told apart from a
 * commune of the same name elsewhere by its district ("Phường 1, Thị xã Ngã Năm");
 * a district or province, or a commune directly under a province (since 2025),
 * by its typed name alone.
 */
export function unitFullName(unit: NamedUnit, district?: NamedUnit | null): string {
  const own = unitTypedName(unit);
  return district ? `${own}, ${unitTypedName(district)}` : own;
}
