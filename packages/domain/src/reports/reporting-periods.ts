import { isoDateToEpochDay, epochDayToIsoDate } from '../targets/target-value';
import { quarterVi, yearVi } from '../wording/dates';

/**
 * A plan's reporting calendar (seed 000, section IV; plan 218/KH-UBND of Sóc Trăng):
 * each report covers data from a cut-off start to a cut-off end and is due by the
 * morning of a set day. Plans set their own periods; `defaultReportingPeriods` is
 * seed 000's. Days are calendar days in Vietnam (YYYY-MM-DD); instants are computed
 * in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
 */
export type ReportingPeriod = {
  /** A short slug: "q1", "h1", "q3", "year", "m01" … "m12", or one of the plan's own. */
  key: string;
  /** "Quý I/2024", "6 tháng đầu năm 2024". */
  label: string;
  /** First day of data. */
  from: string;
  /** Last day of data (the cut-off). */
  to: string;
  /** The day the report is due, by its morning. */
  dueOn: string;
};

/** How many days after its due date a period stays open for late reports (the calendar's `lockDays`). */
export const DEFAULT_LOCK_DAYS = 15;
export const PERIOD_KEY_PATTERN = /^[a-z][a-z0-9_-]{0,19}$/;
export const MAX_REPORTING_PERIODS = 60;

const day = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Seed 000's four reports for plan year `year`; Q1, 6 months and the year count data from 15/12 of the year before. */
export function defaultReportingPeriods(year: number): ReportingPeriod[] {
  return [
    {
      key: 'q1',
      label: quarterVi(year, 1),
      from: day(year - 1, 12, 15),
      to: day(year, 3, 14),
      dueOn: day(year, 3, 15),
    },
    {
      key: 'h1',
      label: `6 tháng đầu năm ${year}`,
      from: day(year - 1, 12, 15),
      to: day(year, 6, 14),
      dueOn: day(year, 6, 15),
    },
    {
      key: 'q3',
      label: quarterVi(year, 3),
      from: day(year, 6, 15),
      to: day(year, 9, 14),
      dueOn: day(year, 9, 15),
    },
    {
      key: 'year',
      label: yearVi(year),
      from: day(year - 1, 12, 15),
      to: day(year, 12, 14),
      dueOn: day(year, 12, 15),
    },
  ];
}

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Monthly reports (some areas of seed 001): m01 … m12, each the calendar month,
 * due on the last day of the month (`dueDay` of the month when given).
 */
export function monthlyReportingPeriods(year: number, dueDay?: number): ReportingPeriod[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    const last = lastDayOfMonth(year, m);
    return {
      key: `m${String(m).padStart(2, '0')}`,
      label: `Tháng ${m}/${year}`,
      from: day(year, m, 1),
      to: day(year, m, last),
      dueOn: day(year, m, Math.min(dueDay ?? last, last)),
    };
  });
}

/** Vietnam's offset: UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The instant a Vietnamese calendar day begins, plus `hours`. */
function vietnamInstant(iso: string, hours = 0): Date {
  const epochDay = isoDateToEpochDay(iso);
  if (epochDay === null) throw new RangeError(`${iso} is not a date written YYYY-MM-DD`);
  return new Date(epochDay * 86_400_000 - VIETNAM_OFFSET_MS + hours * 3600_000);
}

/** The calendar day in Vietnam of an instant. */
export function vietnamDay(at: Date): string {
  return epochDayToIsoDate(Math.floor((at.getTime() + VIETNAM_OFFSET_MS) / 86_400_000));
}

/** Today in Vietnam as a SQL date expression: vietnamDay of the database's now(). */
export const VIETNAM_TODAY_SQL = "(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";

/** The instant a period's window opens: the start of its first data day, Vietnam time. */
export function periodOpensAt(period: Pick<ReportingPeriod, 'from'>): Date {
  return vietnamInstant(period.from);
}

/** "Chậm nhất vào sáng ngày 15": a report is on time until noon of its due day, Vietnam time. */
export function reportDueInstant(period: Pick<ReportingPeriod, 'dueOn'>): Date {
  return vietnamInstant(period.dueOn, 12);
}

/** A report submitted after the morning of its due day is late. */
export function isReportLate(period: Pick<ReportingPeriod, 'dueOn'>, submittedAt: Date): boolean {
  return submittedAt.getTime() > reportDueInstant(period).getTime();
}

/** The first day a report cannot be saved or submitted without being reopened: `lockDays` after the due day. */
export function periodLocksOn(period: Pick<ReportingPeriod, 'dueOn'>, lockDays: number): string {
  const due = isoDateToEpochDay(period.dueOn);
  if (due === null) throw new RangeError(`${period.dueOn} is not a date written YYYY-MM-DD`);
  return epochDayToIsoDate(due + lockDays);
}

export type PeriodWindow = 'not_open' | 'open' | 'locked';

/**
 * Whether a unit can file for the period now: not before its data start (`from`), and not
 * from the lock day on (the day `lockDays` after it is due), both as calendar days in Vietnam.
 */
export function periodWindow(period: ReportingPeriod, lockDays: number, now: Date): PeriodWindow {
  if (vietnamDay(now) < period.from) return 'not_open';
  if (isLockedAt(periodLocksOn(period, lockDays), now)) return 'locked';
  return 'open';
}

/** A period that locks on `locksOn` (YYYY-MM-DD) is locked from the start of that day in Vietnam. */
export function isLockedAt(locksOn: string, now: Date): boolean {
  return vietnamDay(now) >= locksOn;
}

export type CalendarIssue = {
  /** Index of the period in the list, and its field; null field: the period as a whole. */
  index: number;
  field: 'key' | 'label' | 'from' | 'to' | 'dueOn' | null;
  rule: 'keyFormat' | 'keyTaken' | 'realDate' | 'fromAfterTo' | 'dueBeforeTo';
  message: string;
};

/**
 * What is wrong with a calendar: keys that are not slugs or repeat (also against the
 * periods a derived plan inherits, `taken`), days that do not exist, data that ends before
 * it starts, a report due before its data is cut off. A period may span the year
 * boundary (Q1 data from 15/12 of the year before).
 */
export function calendarIssues(
  periods: readonly ReportingPeriod[],
  taken: readonly string[] = [],
): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const seen = new Set(taken);
  periods.forEach((p, index) => {
    if (!PERIOD_KEY_PATTERN.test(p.key)) {
      issues.push({
        index,
        field: 'key',
        rule: 'keyFormat',
        message: 'must be a short slug: a lower-case letter, then up to 19 letters, digits, - or _',
      });
    } else if (seen.has(p.key)) {
      issues.push({
        index,
        field: 'key',
        rule: 'keyTaken',
        message: `${p.key} is already a period of this calendar`,
      });
    }
    seen.add(p.key);
    let datesReal = true;
    for (const field of ['from', 'to', 'dueOn'] as const) {
      if (isoDateToEpochDay(p[field]) === null) {
        datesReal = false;
        issues.push({ index, field, rule: 'realDate', message: 'must be a real day, YYYY-MM-DD' });
      }
    }
    if (!datesReal) return;
    if (p.from > p.to)
      issues.push({ index, field: 'to', rule: 'fromAfterTo', message: 'must not be before from' });
    if (p.dueOn < p.to)
      issues.push({
        index,
        field: 'dueOn',
        rule: 'dueBeforeTo',
        message: 'must not be before the data cut-off (to)',
      });
  });
  return issues;
}
