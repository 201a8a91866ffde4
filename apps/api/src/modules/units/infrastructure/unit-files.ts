import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { REPO_ROOT } from '../../../config/env.js';

export const UNITS_2024_CSV = path.join(REPO_ROOT, 'data/units/units-2024.csv');

/** The rows of a unit file that belong to one province (header kept), as CSV again:
 * read and written by csv-parse / csv-stringify, so a name holding a comma stays quoted. */
export function provinceUnitsCsv(csv: string, provinceCode: string): string {
  const [header, ...records] = parse(csv, {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as string[][];
  const codes = new Set([provinceCode]);
  const kept = records.filter(([code, , , , parent]) => {
    if (!code) return false;
    if (code === provinceCode || (parent && codes.has(parent))) {
      codes.add(code);
      return true;
    }
    return false;
  });
  return stringify(header ? [header, ...kept] : []);
}
