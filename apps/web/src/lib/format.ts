import {
  type Measure,
  type TargetValue,
  formatDueVi,
  formatLocaleNumber,
  isoDateToEpochDay,
  numericDateVi,
  parseDue,
} from '@cchc/domain';

export type Locale = 'vi' | 'en';

/** Vietnamese separators (1.234,5) in Vietnamese; British ones in English. */
export function intlLocale(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}

/** A number with the locale's separators ("1.250,5" / "1,250.5"): the domain's `formatLocaleNumber`. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return formatLocaleNumber(value, locale, { maximumFractionDigits });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy for an ISO date (2025-01-31) or timestamp (shown in local time). */
export function formatDate(iso: string): string {
  // A date alone is written as the domain writes plan dates; a moment, in the reader's time zone.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return isoDateToEpochDay(iso) === null ? iso : numericDateVi(iso);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** A moment as the reader's clock shows it: 05/03/2025 14:07. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An ISO date from what a person types: dd/mm/yyyy (also with - or .), or
 * yyyy-mm-dd. Null when it is no real date. */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  let iso: string | null = null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) iso = `${dmy[3]}-${pad(Number(dmy[2]))}-${pad(Number(dmy[1]))}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(s)) iso = s;
  return iso !== null && isoDateToEpochDay(iso) !== null ? iso : null;
}

/** A target value as plans write it: "98 %", "1.200 triệu đồng", "31/01/2025". */
export function formatTargetValue(
  measure: Measure,
  value: TargetValue | null | undefined,
  locale: Locale,
  unitLabel: (measure: 'percent' | 'million_vnd' | 'days') => string,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (measure === 'date') return typeof value === 'string' ? formatDate(value) : String(value);
  if (typeof value !== 'number') return String(value);
  const n = formatNumber(value, locale);
  switch (measure) {
    case 'percent':
      return `${n} ${unitLabel('percent')}`;
    case 'million_vnd':
      return `${n} ${unitLabel('million_vnd')}`;
    case 'days':
      return `${n} ${unitLabel('days')}`;
    default:
      return n;
  }
}

/** I, II, … as plans number their sections: the domain's, re-exported for the screens. */
export { toRoman } from '@cchc/domain';

/** A task's due date as plans write it: "15/03/2025", "Quý I/2025", "Năm 2025" (the
 * domain's formatDueVi); in English, rendered here: "15/03/2025", "Q1/2025", "Year 2025". */
export function formatDue(due: string | null, locale: Locale): string {
  if (!due) return '';
  const parsed = parseDue(due);
  if (!parsed) return due;
  if (locale === 'vi') return formatDueVi(parsed);
  switch (parsed.kind) {
    case 'date':
      return formatDate(parsed.date);
    case 'quarter':
      return `Q${parsed.quarter}/${parsed.year}`;
    case 'year':
      return `Year ${parsed.year}`;
  }
}

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * The API's form of a due date (2025-03-15, 2025-Q1, 2025) from what a person
 * types: a date (15/03/2025), a quarter ("Quý I/2025", "Q1/2025", "2025-Q1") or
 * a year ("Năm 2025", "Year 2025", "2025"). Empty text is null (no due date);
 * text it cannot read is returned trimmed, so that the contract's schema refuses it.
 */
export function dueInputToRequest(text: string): string | null {
  const s = text.trim();
  if (s === '') return null;
  const date = parseDateInput(s);
  if (date) return date;
  const quarter = /^(?:quý|quy|q)\s*(iv|iii|ii|i|[1-4])\s*[/ -]\s*(\d{4})$/i.exec(s);
  if (quarter) return `${quarter[2]}-Q${ROMAN_QUARTER[(quarter[1] as string).toLowerCase()]}`;
  const isoQuarter = /^(\d{4})\s*-\s*q([1-4])$/i.exec(s);
  if (isoQuarter) return `${isoQuarter[1]}-Q${isoQuarter[2]}`;
  const year = /^(?:năm|nam|year)?\s*(\d{4})$/i.exec(s);
  if (year) return year[1] as string;
  return s;
}
