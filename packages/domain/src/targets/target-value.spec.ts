import fc from 'fast-check';
import { fromComparable, targetValueIssue, targetValueProblem, toComparable } from './target-value';

describe('target values', () => {
  it('orders dates like their calendar, so "no later than" is "at most"', () => {
    expect(toComparable('date', '2025-07-30')).toBeLessThan(toComparable('date', '2025-07-31'));
    expect(fromComparable('date', toComparable('date', '2024-02-29'))).toBe('2024-02-29');
  });

  it('round-trips every real date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(fromComparable('date', toComparable('date', iso))).toBe(iso);
        },
      ),
    );
  });

  it('names what is wrong with a value', () => {
    expect(targetValueProblem('percent', 101)).toMatch(/0 and 100/);
    expect(targetValueProblem('count', 1.5)).toMatch(/whole/);
    expect(targetValueProblem('date', '2025-02-30')).toMatch(/YYYY-MM-DD/);
    expect(targetValueProblem('million_vnd', -1)).toMatch(/negative/);
    expect(targetValueProblem('percent', 98)).toBeNull();
    // Bounds per measure: beyond them a value is a typing slip.
    expect(targetValueProblem('days', 3650)).toBeNull();
    expect(targetValueProblem('days', 3651)).toBe('must be at most 3650');
    expect(targetValueProblem('count', 100_000_001)).toBe('must be at most 100000000');
    expect(targetValueProblem('million_vnd', 1e9 + 1)).toBe('must be at most 1000000000');
    expect(targetValueProblem('date', '1999-12-31')).toMatch(/between 2000 and 2100/);
    expect(targetValueProblem('date', '2101-01-01')).toMatch(/between 2000 and 2100/);
  });

  it('names the broken rule by a stable name, with the values it names', () => {
    expect(targetValueIssue('percent', 101)).toMatchObject({ rule: 'percent', params: {} });
    expect(targetValueIssue('count', 1.5)?.rule).toBe('integer');
    expect(targetValueIssue('date', 5)?.rule).toBe('date');
    expect(targetValueIssue('date', '1999-12-31')).toMatchObject({
      rule: 'dateRange',
      params: { min: 2000, max: 2100 },
    });
    expect(targetValueIssue('days', 3651)).toEqual({
      rule: 'max',
      params: { max: 3650 },
      message: 'must be at most 3650',
    });
    expect(targetValueIssue('million_vnd', Number.NaN)?.rule).toBe('number');
    expect(targetValueIssue('million_vnd', -1)?.rule).toBe('notNegative');
    expect(targetValueIssue('percent', 98)).toBeNull();
  });
});
