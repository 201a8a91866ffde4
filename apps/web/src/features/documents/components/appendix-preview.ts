import type { AppendixImportResponse, AppendixImportRow } from '@cchc/contracts';
import { type ReformArea, reformAreaOrder, toRoman } from '@cchc/domain';
import type { Translate } from '../../../lib/i18n';
import type { RefusedRow } from '../api/import-appendix';

/** The columns of an appendix as the import names them, and as the sheet's header writes them. */
const COLUMNS = {
  number: 'documents.column.number',
  area: 'documents.column.area',
  title: 'documents.column.title',
  product: 'documents.column.product',
  leadAgency: 'documents.column.leadAgency',
  coordinatingAgencies: 'documents.column.coordinatingAgencies',
  budgetMillionVnd: 'documents.column.budgetMillionVnd',
  due: 'documents.column.due',
  file: 'documents.column.file',
} as const;

/** A column's name as the appendix's header writes it ("Kinh phí"); null for none or one unknown. */
export function columnName(column: string | null, t: Translate): string | null {
  if (column === null || !(column in COLUMNS)) return null;
  return t(COLUMNS[column as keyof typeof COLUMNS]);
}

/**
 * One refused row in Vietnamese, as a clerk fixes it: "Dòng 7: Kinh phí không được âm". The
 * API's English message is shown only when its kind is not one the screen knows.
 */
export function describeRowError(error: RefusedRow, t: Translate): string {
  const column = columnName(error.column, t) ?? t('documents.column.row');
  // The API names the rule each refusal breaks: the screen words it, never parses its English.
  const text =
    error.rule === null
      ? error.column
        ? `${column}: ${error.message}`
        : error.message
      : t(`documents.error.${error.rule}`, { column });
  return error.row >= 1 ? t('documents.error.row', { row: error.row, text }) : text;
}

export type PreviewSection = {
  /** "I", "II", … in the order the sections come, as the appendix numbers them. */
  numeral: string;
  area: ReformArea;
  rows: AppendixImportRow[];
  tasksAdded: number;
  budgetMillionVnd: number;
};

/**
 * The rows read, under their sections: in the standard order of the reform areas, numbered I,
 * II, … as the appendix numbers them, rows in sheet order; each section's count and budget as
 * the API summed them (or, for an area it did not sum, from its rows).
 */
export function previewSections(result: AppendixImportResponse): PreviewSection[] {
  const areas = new Set<ReformArea>([
    ...result.sections.map((s) => s.area),
    ...result.rows.map((r) => r.area),
  ]);
  return [...areas]
    .sort((a, b) => reformAreaOrder(a) - reformAreaOrder(b))
    .map((area, i) => {
      const rows = result.rows.filter((r) => r.area === area).sort((a, b) => a.row - b.row);
      const summed = result.sections.find((s) => s.area === area);
      return {
        numeral: toRoman(i + 1),
        area,
        rows,
        tasksAdded: summed?.tasksAdded ?? rows.length,
        budgetMillionVnd: summed?.budgetMillionVnd ?? rows.reduce((sum, r) => sum + r.budgetMillionVnd, 0),
      };
    });
}

/** The completion time as the sheet typed it, else as the API read it. */
export const dueShown = (row: AppendixImportRow, formatDue: (due: string | null) => string) =>
  row.dueText ?? (row.due === null ? '' : formatDue(row.due));

/** The file can be imported: it was read, nothing is wrong, and it adds something. */
export const importable = (result: AppendixImportResponse | undefined) =>
  result !== undefined && result.errors.length === 0 && result.tasksAdded > 0;
