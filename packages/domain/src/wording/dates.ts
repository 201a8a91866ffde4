import { toRoman } from '../text/roman-numeral';
import { isoDateToEpochDay } from '../targets/target-value';

function dateParts(iso: string): [year: number, month: number, day: number] {
  if (isoDateToEpochDay(iso) === null) throw new RangeError(`${iso} is not a date written YYYY-MM-DD`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/**
 * Day and month as Decree 30/2020/NĐ-CP (Phụ lục I) writes them: a day below 10
 * and the months 1 and 2 take a leading zero, so "01" cannot be misread as
 * "10"–"12"; the other months do not ("ngày 09/6/2025", "ngày 16/01/2024" in the seeds).
 */
const dayVi = (d: number) => String(d).padStart(2, '0');
const monthVi = (m: number) => (m <= 2 ? `0${m}` : String(m));

/** "ngày 05 tháng 01 năm 2024", "ngày 30 tháng 6 năm 2024": a date written out, as in a
 * document's place-and-date line or a legal-basis line. Throws on a date that does not exist. */
export function longDateVi(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `ngày ${dayVi(d)} tháng ${monthVi(m)} năm ${y}`;
}

/** "15/12/2023", "14/3/2024", "05/01/2024": a date in running text, day and month as Decree 30
 * writes them (the seeds' "từ ngày 15/12/2023 đến ngày 14/3/2024"). */
export function shortDateVi(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `${dayVi(d)}/${monthVi(m)}/${y}`;
}

/** "15/03/2024": the short form the appendix tables and the screens use (day and month
 * always two digits, which the web's date inputs read back). */
export function numericDateVi(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** "Quý I/2024" … "Quý IV/2024". */
export function quarterVi(year: number, quarter: 1 | 2 | 3 | 4): string {
  return `Quý ${toRoman(quarter)}/${year}`;
}

/** "Năm 2024", as a completion time in the appendix. */
export function yearVi(year: number): string {
  return `Năm ${year}`;
}
