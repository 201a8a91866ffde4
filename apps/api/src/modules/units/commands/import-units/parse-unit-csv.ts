import { UNIT_CSV_HEADER, type FieldError, unitCode } from '@cchc/contracts';
import { type UnitLevel, canBeChildOf, isUnitLevel } from '@cchc/domain';
import { CsvError, parse } from 'csv-parse/sync';

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
 * and the database together. A file that is not CSV at all (a quote never
 * closed) is one error, on the line where the broken record starts.
 */
export function parseUnitCsv(csv: string): { rows: UnitRow[]; errors: FieldError[] } {
  const read = readRecords(csv);
  if ('error' in read) return { rows: [], errors: [read.error] };
  const errors: FieldError[] = [];
  const rows: UnitRow[] = [];
  const [header, ...records] = read.records;
  if (header?.line !== 1 || header.cells.join(',') !== UNIT_CSV_HEADER) {
    return { rows, errors: [{ field: 'line 1', message: `the header must be "${UNIT_CSV_HEADER}"` }] };
  }
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    if (cells.length === 1 && cells[0] === '') continue;
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

/**
 * The file's records with the line each starts on, by csv-parse: a byte-order
 * mark, CRLF or LF, quoted fields holding commas or doubled quotes. Lines are
 * made LF first so a file mixing both still counts its lines right.
 */
function readRecords(csv: string): { records: { line: number; cells: string[] }[] } | { error: FieldError } {
  const records: { line: number; cells: string[] }[] = [];
  let lastRecordEnd = 0;
  try {
    parse(csv.replace(/\r\n/g, '\n'), {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      // A wrong column count is the row's error to report, with the others.
      relax_column_count: true,
      on_record: (record, { lines }) => {
        lastRecordEnd = lines;
        records.push({
          // `lines` is where the record ends; a quoted field may hold line breaks.
          line: lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
          cells: record.map((cell) => cell.trim().normalize('NFC')),
        });
        return null;
      },
    });
    return { records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // csv-parse names the end of the file; the user needs the line that opened the quote.
      const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
      let line = lastRecordEnd + 1;
      while (line < lines.length && lines[line - 1]?.trim() === '') line++;
      return { error: { field: `line ${line}`, message: 'a quoted field is never closed (a " is missing)' } };
    }
    return { error: { field: `line ${error.lines}`, message: `not valid CSV: ${error.message}` } };
  }
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
