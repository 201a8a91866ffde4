import fc from 'fast-check';
import { childTimeliness } from './children-deadline';

const day = fc
  .date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('a unit below against the deadline for issuing its plan', () => {
  const dueOn = '2025-07-30';
  it('is on time when it issued by the deadline, the day itself included, and late after it', () => {
    expect(childTimeliness({ dueOn, issuedOn: '2025-07-01', today: '2025-09-01' })).toBe('on_time');
    expect(childTimeliness({ dueOn, issuedOn: '2025-07-30', today: '2025-09-01' })).toBe('on_time');
    expect(childTimeliness({ dueOn, issuedOn: '2025-07-31', today: '2025-09-01' })).toBe('late');
  });

  it('is pending until the deadline passes unissued, then overdue', () => {
    expect(childTimeliness({ dueOn, issuedOn: null, today: '2025-07-30' })).toBe('pending');
    expect(childTimeliness({ dueOn, issuedOn: null, today: '2025-07-31' })).toBe('overdue');
  });

  it('is never late nor overdue without a deadline', () => {
    fc.assert(
      fc.property(fc.option(day, { nil: null }), day, (issuedOn, today) => {
        expect(childTimeliness({ dueOn: null, issuedOn, today })).toBe(issuedOn ? 'on_time' : 'pending');
      }),
    );
  });

  it('does not depend on today once the plan is issued, and a later deadline never makes it worse', () => {
    const rank = { on_time: 0, pending: 0, late: 1, overdue: 1 } as const;
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: null }), day, (a, b, issuedOn, today) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (issuedOn)
          expect(childTimeliness({ dueOn: early, issuedOn, today })).toBe(
            childTimeliness({ dueOn: early, issuedOn, today: '2099-01-01' }),
          );
        expect(rank[childTimeliness({ dueOn: late, issuedOn, today })]).toBeLessThanOrEqual(
          rank[childTimeliness({ dueOn: early, issuedOn, today })],
        );
      }),
    );
  });
});
