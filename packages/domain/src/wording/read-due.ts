import { fromRoman } from '../text/roman-numeral';
import { foldVietnamese } from '../text/fold-vietnamese';
import { parseDue } from '../plans/task-due';

/** What reading a completion time typed in a sheet gave: the due as the API stores it, or why not. */
export type DueReading = { due: string | null } | { problem: 'impossible_date' | 'unreadable' };

const pad = (n: number) => String(n).padStart(2, '0');

function dayOf(year: number, month: number, day: number): DueReading {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return month >= 1 && month <= 12 && parseDue(iso)?.kind === 'date'
    ? { due: iso }
    : { problem: 'impossible_date' };
}

function lastDayOfMonth(year: number, month: number): DueReading {
  if (month < 1 || month > 12) return { problem: 'impossible_date' };
  return dayOf(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** "2023", "23" → 2023: offices sometimes type the year short. */
function fullYear(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

/**
 * A completion time as offices type it in an appendix, read into a task's due
 * (2023-03-31, 2023-Q1, 2023): "Quý I/2023", "Quý 1 năm 2023", "Năm 2023", "2023",
 * "Trước ngày 31/12/2023", "Ngày 15/3/2023", "31/12/2023", "Tháng 6/2023" (its last day),
 * "6 tháng đầu năm 2023" (30 June), "Thường xuyên" or "Cả năm" (the plan's year).
 * A blank cell has no due; a day that does not exist is `impossible_date`.
 */
export function readDueVi(text: string, planYear: number): DueReading {
  const t = foldVietnamese(text).replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
  if (t === '') return { due: null };
  if (/^(thuong xuyen|ca nam|hang nam|trong nam)$/.test(t)) return { due: String(planYear) };
  let m =
    /^(?:(?:truoc|den|cham nhat|hoan thanh truoc|trong) )?(?:ngay )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(
      t,
    );
  if (m) return dayOf(fullYear(m[3] as string), Number(m[2]), Number(m[1]));
  m = /^(?:(?:truoc|den|trong) )?(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(t);
  if (m) return dayOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(?:trong )?quy ([ivx]+|[1-4]) ?(?:\/|nam|-) ?(\d{4})$/.exec(t);
  if (m) {
    const q = /^\d$/.test(m[1] as string) ? Number(m[1]) : fromRoman(m[1] as string);
    if (q === null || q < 1 || q > 4) return { problem: 'unreadable' };
    return { due: `${m[2]}-Q${q}` };
  }
  m = /^(?:(?:truoc|trong) )?thang (\d{1,2}) ?(?:\/|nam|-) ?(\d{4})$/.exec(t);
  if (m) return lastDayOfMonth(Number(m[2]), Number(m[1]));
  m = /^(?:trong |ca )?(?:nam )?(\d{4})$/.exec(t);
  if (m) return { due: m[1] as string };
  m = /^6 thang (dau|cuoi) nam (\d{4})$/.exec(t);
  if (m) return m[1] === 'dau' ? { due: `${m[2]}-06-30` } : { due: m[2] as string };
  return { problem: 'unreadable' };
}
