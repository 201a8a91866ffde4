import fc from 'fast-check';
import { mayReopenReport, percentAgrees, targetMeets, taskOverdue, unitReportStatus } from './report-rules';

describe('targetMeets', () => {
  it('is direction aware', () => {
    const atLeast = { measure: 'percent', direction: 'at_least', value: 98 } as const;
    expect(targetMeets(atLeast, 98)).toBe(true);
    expect(targetMeets(atLeast, 97.9)).toBe(false);
    const atMost = { measure: 'days', direction: 'at_most', value: 5 } as const;
    expect(targetMeets(atMost, 5)).toBe(true);
    expect(targetMeets(atMost, 6)).toBe(false);
    const none = { measure: 'count', direction: 'at_most', value: 0 } as const;
    expect(targetMeets(none, 0)).toBe(true);
    expect(targetMeets(none, 1)).toBe(false);
    const deadline = { measure: 'date', direction: 'at_most', value: '2024-06-30' } as const;
    expect(targetMeets(deadline, '2024-06-30')).toBe(true);
    expect(targetMeets(deadline, '2024-07-01')).toBe(false);
  });

  it('meets exactly when the value is not weaker, for any values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('at_least', 'at_most') as fc.Arbitrary<'at_least' | 'at_most'>,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (direction, plan, reported) => {
          const meets = targetMeets({ measure: 'percent', direction, value: plan }, reported);
          expect(meets).toBe(direction === 'at_least' ? reported >= plan : reported <= plan);
        },
      ),
    );
  });
});

describe('percentAgrees', () => {
  it('accepts the percentage the counts give to one decimal, rounded or cut off', () => {
    expect(percentAgrees(98.7, 987, 1000)).toBe(true);
    expect(percentAgrees(66.7, 2, 3)).toBe(true);
    expect(percentAgrees(66.6, 2, 3)).toBe(true);
    expect(percentAgrees(66.5, 2, 3)).toBe(false);
    expect(percentAgrees(90, 8, 10)).toBe(false);
    expect(percentAgrees(0, 0, 0)).toBe(false);
    expect(percentAgrees(100, 11, 10)).toBe(false);
  });
  it('holds for the rounded value of any counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), (d, n0) => {
        const n = n0 % (d + 1);
        expect(percentAgrees(Math.round((1000 * n) / d) / 10, n, d)).toBe(true);
      }),
    );
  });
});

describe('taskOverdue', () => {
  it('is past its deadline at the cut-off and not done', () => {
    expect(taskOverdue('2024-Q1', 'in_progress', '2024-06-14')).toBe(true);
    expect(taskOverdue('2024-Q1', 'done', '2024-06-14')).toBe(false);
    expect(taskOverdue('2024-Q2', 'not_started', '2024-06-14')).toBe(false);
    expect(taskOverdue('2024-03-10', 'not_started', '2024-03-14')).toBe(true);
    expect(taskOverdue('2024', 'in_progress', '2024-12-14')).toBe(false);
    expect(taskOverdue(null, 'not_started', '2024-12-14')).toBe(false);
  });
});

describe('unitReportStatus', () => {
  it('counts a report as on time, late, a draft or missing', () => {
    expect(unitReportStatus(null)).toBe('missing');
    expect(unitReportStatus({ status: 'not_started', late: false })).toBe('missing');
    expect(unitReportStatus({ status: 'draft', late: false })).toBe('draft');
    expect(unitReportStatus({ status: 'submitted', late: false })).toBe('on_time');
    expect(unitReportStatus({ status: 'submitted', late: true })).toBe('late');
  });
});

describe('reopening', () => {
  it('is for a submitted report, or any report of a locked period', () => {
    expect(mayReopenReport(true, false)).toBe(true);
    expect(mayReopenReport(false, true)).toBe(true);
    expect(mayReopenReport(true, true)).toBe(true);
    expect(mayReopenReport(false, false)).toBe(false);
  });
});
