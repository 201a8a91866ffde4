/** How a target is measured, and what its value means for each measure. */
export const MEASURES = ['percent', 'count', 'million_vnd', 'days', 'date'] as const;
export type Measure = (typeof MEASURES)[number];

/** at_least: higher is stricter. at_most: lower (or, for a date, earlier) is stricter. */
export const DIRECTIONS = ['at_least', 'at_most'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A target value as users write it: a number, or an ISO date (YYYY-MM-DD) for `date`. */
export type TargetValue = number | string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date, or null when it is no real date. */
export function isoDateToEpochDay(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / DAY_MS);
}

export function epochDayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The largest value each numeric measure may hold: a count of a province's
 * dossiers or people in a year stays far below 100 million, a time limit
 * below ten years, and a budget (in million VND) below the state budget.
 * Beyond these a value is a typing slip, not a target.
 */
export const MEASURE_MAXIMUM = {
  percent: 100,
  count: 100_000_000,
  days: 3_650,
  million_vnd: 1_000_000_000,
} as const satisfies Record<Exclude<Measure, 'date'>, number>;

/** Dates a plan's targets may name: those of the plans themselves (years 2000–2100). */
const DATE_YEARS = { min: 2000, max: 2100 };

/**
 * Which rule a target value breaks, as a stable name a client can translate:
 * `date` (no real YYYY-MM-DD date), `dateRange` (outside the plans' years),
 * `number`, `notNegative`, `percent` (above 100), `integer`, `max` (above the
 * measure's maximum).
 */
export type TargetValueRule = 'date' | 'dateRange' | 'number' | 'notNegative' | 'percent' | 'integer' | 'max';

/** A broken rule: its name, the values it names, and the English message the API writes. */
export interface TargetValueIssue {
  rule: TargetValueRule;
  params: Record<string, number>;
  message: string;
}

const issue = (rule: TargetValueRule, message: string, params: Record<string, number> = {}) => ({
  rule,
  params,
  message,
});

/** The rule `value` breaks for `measure`, or null when it is valid. */
export function targetValueIssue(measure: Measure, value: TargetValue): TargetValueIssue | null {
  if (measure === 'date') {
    if (typeof value !== 'string' || isoDateToEpochDay(value) === null) {
      return issue('date', 'must be a date written YYYY-MM-DD');
    }
    const year = Number(value.slice(0, 4));
    if (year < DATE_YEARS.min || year > DATE_YEARS.max)
      return issue('dateRange', `must be a date between ${DATE_YEARS.min} and ${DATE_YEARS.max}`, DATE_YEARS);
    return null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return issue('number', 'must be a number');
  if (value < 0) return issue('notNegative', 'must not be negative');
  if (measure === 'percent' && value > 100) return issue('percent', 'must be a percentage between 0 and 100');
  if ((measure === 'count' || measure === 'days') && !Number.isInteger(value))
    return issue('integer', 'must be a whole number');
  const max = MEASURE_MAXIMUM[measure];
  if (value > max) return issue('max', `must be at most ${max}`, { max });
  return null;
}

/** Why `value` is not a valid value for `measure` (in English), or null when it is. */
export function targetValueProblem(measure: Measure, value: TargetValue): string | null {
  return targetValueIssue(measure, value)?.message ?? null;
}

/** The value on one numeric scale, so that targets of any measure compare alike
 * (dates become days since 1970). Throws on a value the measure does not allow. */
export function toComparable(measure: Measure, value: TargetValue): number {
  const problem = targetValueProblem(measure, value);
  if (problem) throw new RangeError(`target value ${String(value)} ${problem}`);
  return measure === 'date' ? (isoDateToEpochDay(value as string) as number) : (value as number);
}

export function fromComparable(measure: Measure, comparable: number): TargetValue {
  return measure === 'date' ? epochDayToIsoDate(comparable) : comparable;
}
