import { UNIT_CSV_HEADER, type FieldError, unitCode } from '@cchc/contracts';
import { type UnitLevel, canBeChildOf, isUnitLevel } from '@cchc/domain';

export interface UnitRow {
  line: number;
  code: string;
  name: string;
  type: string;
  level: UnitLevel;
  parentCode: string | null;
}

/**
 * Reads a unit file and reports every bad line with its number and reason:
 * a wrong column count, a bad code or level, a duplicate code, a province with
 * a parent or a unit without one. Parents are checked later, against the file
 * and the database together.
 */
export function parseUnitCsv(csv: string): { rows: UnitRow[]; errors: FieldError[] } {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: FieldError[] = [];
  const rows: UnitRow[] = [];
  const header = lines[0]?.trim();
  if (header !== UNIT_CSV_HEADER) {
    return { rows, errors: [{ field: 'line 1', message: `the header must be "${UNIT_CSV_HEADER}"` }] };
  }
  const seen = new Map<string, number>();
  for (const [index, raw] of lines.entries()) {
    if (index === 0 || raw.trim() === '') continue;
    const line = index + 1;
    const cells = raw.split(',').map((c) => c.trim().normalize('NFC'));
    const problem = rowProblem(cells, seen);
    if (problem) {
      errors.push({ field: `line ${line}`, message: problem });
      continue;
    }
    const [code, name, type, level, parent] = cells as [string, string, string, UnitLevel, string];
    seen.set(code, line);
    rows.push({ line, code, name, type, level, parentCode: parent || null });
  }
  return { rows, errors };
}

/** What is wrong with one row on its own, or null. */
function rowProblem(cells: string[], seen: Map<string, number>): string | null {
  if (cells.length !== 5) return `expected 5 columns, found ${cells.length}`;
  const [code, name, type, level, parent] = cells as [string, string, string, string, string];
  if (!unitCode.safeParse(code).success) return `code "${code}" is not an official code of 2, 3 or 5 digits`;
  if (!name) return 'name is empty';
  if (!type) return 'type is empty';
  if (!isUnitLevel(level)) return `level "${level}" is not province, district or commune`;
  const first = seen.get(code);
  if (first !== undefined) return `duplicate code ${code} (first on line ${first})`;
  if (level === 'province' && parent) return 'a province has no parent';
  if (level !== 'province' && !parent) return `a ${level} needs a parent_code`;
  return null;
}

/** Checks each row's parent exists (in the file or already stored) and sits above it. */
export function checkParents(
  rows: UnitRow[],
  stored: Map<string, { level: UnitLevel; provinceCode: string }>,
): { provinceOf: Map<string, string>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const inFile = new Map(rows.map((r) => [r.code, r]));
  const provinceOf = new Map<string, string>();
  const resolveProvince = (code: string, depth = 0): string | undefined => {
    if (provinceOf.has(code)) return provinceOf.get(code);
    const row = inFile.get(code);
    if (!row) return stored.get(code)?.provinceCode;
    if (row.level === 'province') return row.code;
    if (!row.parentCode || depth > 3) return undefined;
    const p = resolveProvince(row.parentCode, depth + 1);
    if (p) provinceOf.set(code, p);
    return p;
  };
  for (const row of rows) {
    if (row.level === 'province') {
      provinceOf.set(row.code, row.code);
      continue;
    }
    const parentCode = row.parentCode as string;
    const parentLevel = inFile.get(parentCode)?.level ?? stored.get(parentCode)?.level;
    if (!parentLevel) {
      errors.push({ field: `line ${row.line}`, message: `unknown parent ${parentCode}` });
      continue;
    }
    if (!canBeChildOf(row.level, parentLevel)) {
      errors.push({
        field: `line ${row.line}`,
        message: `a ${row.level} cannot sit under a ${parentLevel} (${parentCode})`,
      });
      continue;
    }
    const province = resolveProvince(row.code);
    if (!province) errors.push({ field: `line ${row.line}`, message: `no province above ${row.code}` });
  }
  return { provinceOf, errors };
}
