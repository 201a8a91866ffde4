/**
 * When a task is due, as plans write it: a date (2024-03-15), a quarter
 * (2024-Q1, "Quý I/2024") or a whole year (2024, "Năm 2024"). The wording is
 * `formatDueVi` in ../wording.
 */
export type Due =
  | { kind: 'date'; date: string }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'year'; year: number };

export const DUE_PATTERN = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})-(\d{2})))?$/;

export function parseDue(text: string): Due | null {
  const m = DUE_PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'quarter', year, quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  if (m[3]) {
    const date = text;
    const d = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) return null;
    return { kind: 'date', date };
  }
  return { kind: 'year', year };
}

/** The last day a task may finish on, as YYYY-MM-DD. */
export function dueDeadline(due: Due): string {
  switch (due.kind) {
    case 'date':
      return due.date;
    case 'quarter': {
      const lastMonth = due.quarter * 3;
      const lastDay = new Date(Date.UTC(due.year, lastMonth, 0)).getUTCDate();
      return `${due.year}-${String(lastMonth).padStart(2, '0')}-${lastDay}`;
    }
    case 'year':
      return `${due.year}-12-31`;
  }
}

/** The year a task is due in. */
export function dueYear(due: Due): number {
  return due.kind === 'date' ? Number(due.date.slice(0, 4)) : due.year;
}

/**
 * Whether a task is due inside its plan's year. A plan of 2025 may name a task
 * due in 2026 (a multi-year project), but that is rare enough that a screen
 * asks before it saves one: it is more often a typing slip.
 */
export function isDueInPlanYear(due: Due, planYear: number): boolean {
  return dueYear(due) === planYear;
}

/**
 * The same deadline one year on, for next year's plan: a date keeps its day
 * (29 February becomes 28 February), a quarter or a year moves to the next.
 */
export function dueOneYearLater(due: Due): Due {
  switch (due.kind) {
    case 'date': {
      const [year, month, day] = due.date.split('-').map(Number) as [number, number, number];
      const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
      const moved = `${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
      return { kind: 'date', date: moved };
    }
    case 'quarter':
      return { ...due, year: due.year + 1 };
    case 'year':
      return { kind: 'year', year: due.year + 1 };
  }
}

/** A due text (2024-03-15, 2024-Q1, 2024) one year on, in the same form. */
export function dueTextOneYearLater(text: string): string {
  const due = parseDue(text);
  if (!due) throw new Error(`not a due: ${text}`);
  const moved = dueOneYearLater(due);
  return moved.kind === 'date'
    ? moved.date
    : moved.kind === 'quarter'
      ? `${moved.year}-Q${moved.quarter}`
      : `${moved.year}`;
}

/**
 * `dueTextOneYearLater` as SQL over a due text expression, for the set-based
 * copy of tasks into next year's plan: a date keeps its day (PostgreSQL's
 * `+ interval '1 year'` turns 29 February into 28 February, as dueOneYearLater
 * does), a quarter or a year moves to the next; null stays null. The API's tests
 * check it against dueTextOneYearLater on the real database.
 */
export function dueTextOneYearLaterSql(due: string): string {
  return `(CASE
    WHEN ${due} ~ '^[0-9]{4}$' THEN (${due}::int + 1)::text
    WHEN ${due} ~ '^[0-9]{4}-Q[1-4]$' THEN (left(${due}, 4)::int + 1)::text || substr(${due}, 5)
    WHEN ${due} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN to_char(${dateOneYearLaterSql(`${due}::date`)}, 'YYYY-MM-DD')
    ELSE ${due} END)`;
}

/** A SQL date expression one year on, with dueOneYearLater's rule (29/02 → 28/02). */
export function dateOneYearLaterSql(date: string): string {
  return `(${date} + interval '1 year')::date`;
}
