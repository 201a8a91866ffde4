import fc from 'fast-check';
import {
  dueDeadline,
  dueOneYearLater,
  dueTextOneYearLater,
  dueYear,
  isDueInPlanYear,
  parseDue,
} from './task-due';

describe('task due', () => {
  it('reads the three ways plans write a deadline', () => {
    expect(parseDue('2024-03-15')).toEqual({ kind: 'date', date: '2024-03-15' });
    expect(parseDue('2024-Q1')).toEqual({ kind: 'quarter', year: 2024, quarter: 1 });
    expect(parseDue('2024')).toEqual({ kind: 'year', year: 2024 });
    expect(parseDue('2024-Q5')).toBeNull();
    expect(parseDue('2024-02-30')).toBeNull();
  });

  it('gives the last day', () => {
    expect(dueDeadline({ kind: 'quarter', year: 2024, quarter: 1 })).toBe('2024-03-31');
    expect(dueDeadline({ kind: 'year', year: 2024 })).toBe('2024-12-31');
  });

  it('tells whether a task is due inside the plan year', () => {
    expect(isDueInPlanYear({ kind: 'date', date: '2025-12-31' }, 2025)).toBe(true);
    expect(isDueInPlanYear({ kind: 'date', date: '2026-03-15' }, 2025)).toBe(false);
    expect(isDueInPlanYear({ kind: 'date', date: '2024-12-31' }, 2025)).toBe(false);
    expect(isDueInPlanYear({ kind: 'quarter', year: 2025, quarter: 4 }, 2025)).toBe(true);
    expect(isDueInPlanYear({ kind: 'quarter', year: 2026, quarter: 1 }, 2025)).toBe(false);
    expect(isDueInPlanYear({ kind: 'year', year: 2025 }, 2025)).toBe(true);
    expect(isDueInPlanYear({ kind: 'year', year: 2024 }, 2025)).toBe(false);
  });

  it('a due is inside the plan year exactly when its last day is', () => {
    const due = fc.oneof(
      fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => ({ kind: 'date' as const, date: d.toISOString().slice(0, 10) })),
      fc.record({
        kind: fc.constant('quarter' as const),
        year: fc.integer({ min: 2000, max: 2100 }),
        quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      }),
      fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 2000, max: 2100 }) }),
    );
    fc.assert(
      fc.property(due, fc.integer({ min: 2000, max: 2100 }), (d, year) => {
        expect(isDueInPlanYear(d, year)).toBe(Number(dueDeadline(d).slice(0, 4)) === year);
        expect(dueYear(d)).toBe(Number(dueDeadline(d).slice(0, 4)));
      }),
    );
  });
});

describe('a deadline one year on (next year’s plan)', () => {
  it('keeps the day of a date, the quarter of a quarter, and moves 29 February to 28 February', () => {
    expect(dueTextOneYearLater('2024-03-15')).toBe('2025-03-15');
    expect(dueTextOneYearLater('2024-02-29')).toBe('2025-02-28');
    expect(dueTextOneYearLater('2023-02-28')).toBe('2024-02-28');
    expect(dueTextOneYearLater('2024-Q3')).toBe('2025-Q3');
    expect(dueTextOneYearLater('2024')).toBe('2025');
    expect(() => dueTextOneYearLater('Quý I')).toThrow();
  });

  it('lands in the next year, in the same form, and keeps the order of deadlines', () => {
    const dueText = fc.oneof(
      fc
        .date({
          min: new Date('2001-01-01T00:00:00Z'),
          max: new Date('2098-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      fc
        .tuple(fc.integer({ min: 2001, max: 2098 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `${y}-Q${q}`),
      fc.integer({ min: 2001, max: 2098 }).map(String),
    );
    fc.assert(
      fc.property(dueText, dueText, (a, b) => {
        const [da, db] = [parseDue(a), parseDue(b)];
        if (!da || !db) throw new Error('generated an invalid due');
        const [ma, mb] = [dueOneYearLater(da), dueOneYearLater(db)];
        expect(dueYear(ma)).toBe(dueYear(da) + 1);
        expect(ma.kind).toBe(da.kind);
        expect(parseDue(dueTextOneYearLater(a))).toEqual(ma);
        if (dueDeadline(da) <= dueDeadline(db)) expect(dueDeadline(ma) <= dueDeadline(mb)).toBe(true);
      }),
    );
  });
});
