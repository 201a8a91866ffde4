import fc from 'fast-check';
import {
  calendarIssues,
  defaultReportingPeriods,
  isReportLate,
  monthlyReportingPeriods,
  periodLocksOn,
  periodWindow,
  isLockedAt,
  periodOpensAt,
  reportDueInstant,
  vietnamDay,
} from './reporting-periods';

describe('the default reporting calendar (seed 000)', () => {
  it('is Q1, 6 months, Q3 and the year, data cut off on the 14th, due on the 15th', () => {
    expect(defaultReportingPeriods(2024)).toEqual([
      { key: 'q1', label: 'Quý I/2024', from: '2023-12-15', to: '2024-03-14', dueOn: '2024-03-15' },
      { key: 'h1', label: '6 tháng đầu năm 2024', from: '2023-12-15', to: '2024-06-14', dueOn: '2024-06-15' },
      { key: 'q3', label: 'Quý III/2024', from: '2024-06-15', to: '2024-09-14', dueOn: '2024-09-15' },
      { key: 'year', label: 'Năm 2024', from: '2023-12-15', to: '2024-12-14', dueOn: '2024-12-15' },
    ]);
  });

  it('is a valid calendar for any year, Q1 spanning the year boundary', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2001, max: 2100 }), (year) => {
        const periods = defaultReportingPeriods(year);
        expect(calendarIssues(periods)).toEqual([]);
        expect(periods[0]?.from.startsWith(String(year - 1))).toBe(true);
      }),
    );
  });
});

describe('monthly periods', () => {
  it('end on the last day of each month, 29 February in a leap year', () => {
    const months = monthlyReportingPeriods(2024);
    expect(months.map((m) => m.key)).toEqual([
      'm01',
      'm02',
      'm03',
      'm04',
      'm05',
      'm06',
      'm07',
      'm08',
      'm09',
      'm10',
      'm11',
      'm12',
    ]);
    expect(months[1]).toEqual({
      key: 'm02',
      label: 'Tháng 2/2024',
      from: '2024-02-01',
      to: '2024-02-29',
      dueOn: '2024-02-29',
    });
    expect(monthlyReportingPeriods(2023)[1]?.to).toBe('2023-02-28');
    expect(monthlyReportingPeriods(2100)[1]?.to).toBe('2100-02-28');
    expect(monthlyReportingPeriods(2024, 25)[1]?.dueOn).toBe('2024-02-25');
    expect(monthlyReportingPeriods(2024, 31)[3]?.dueOn).toBe('2024-04-30');
    expect(calendarIssues(months)).toEqual([]);
  });
});

describe('due, late and locked', () => {
  const q1 = defaultReportingPeriods(2024)[0] as NonNullable<ReturnType<typeof defaultReportingPeriods>[0]>;

  it('is due by the morning of the 15th, Vietnam time: noon of 15/3 is 05:00 UTC', () => {
    expect(reportDueInstant(q1).toISOString()).toBe('2024-03-15T05:00:00.000Z');
    expect(isReportLate(q1, new Date('2024-03-15T04:59:59Z'))).toBe(false);
    expect(isReportLate(q1, new Date('2024-03-15T05:00:01Z'))).toBe(true);
    expect(isReportLate(q1, new Date('2024-03-14T23:00:00Z'))).toBe(false);
  });

  it('opens at the start of its first data day in Vietnam: 15/12/2023 begins at 17:00 UTC on 14/12', () => {
    expect(q1.from).toBe('2023-12-15');
    expect(periodOpensAt(q1).toISOString()).toBe('2023-12-14T17:00:00.000Z');
    expect(periodWindow(q1, 15, new Date(periodOpensAt(q1).getTime() - 1))).toBe('not_open');
    expect(periodWindow(q1, 15, periodOpensAt(q1))).toBe('open');
  });

  it('is locked from the start of its lock day in Vietnam: 17:00 UTC the day before', () => {
    expect(isLockedAt('2024-03-30', new Date('2024-03-29T16:59:59Z'))).toBe(false);
    expect(isLockedAt('2024-03-30', new Date('2024-03-29T17:00:00Z'))).toBe(true);
    expect(isLockedAt('2024-03-30', new Date('2026-12-03T00:00:00Z'))).toBe(true);
  });

  it('opens with its data and locks lockDays after it is due, in Vietnamese days', () => {
    expect(periodLocksOn(q1, 15)).toBe('2024-03-30');
    expect(periodLocksOn({ dueOn: '2024-02-20' }, 15)).toBe('2024-03-06');
    expect(periodLocksOn({ dueOn: '2023-02-20' }, 15)).toBe('2023-03-07');
    // 16:59 UTC on 14/12 is still 14/12 in Vietnam; 17:00 UTC is 15/12 there.
    expect(periodWindow(q1, 15, new Date('2023-12-14T16:59:00Z'))).toBe('not_open');
    expect(periodWindow(q1, 15, new Date('2023-12-14T17:00:00Z'))).toBe('open');
    expect(periodWindow(q1, 15, new Date('2024-03-29T16:59:00Z'))).toBe('open');
    expect(periodWindow(q1, 15, new Date('2024-03-29T17:00:00Z'))).toBe('locked');
    expect(periodWindow(q1, 0, new Date('2024-03-15T02:00:00Z'))).toBe('locked');
  });

  it('days in Vietnam are UTC+7 all year', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (at) => {
          expect(vietnamDay(at)).toBe(new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10));
        },
      ),
    );
  });
});

describe('calendarIssues', () => {
  const p = { key: 'q1', label: 'Quý I/2024', from: '2023-12-15', to: '2024-03-14', dueOn: '2024-03-15' };
  it('names each problem by index and field', () => {
    expect(
      calendarIssues([
        p,
        { ...p, key: 'q1' },
        { ...p, key: 'Q 2' },
        { ...p, key: 'x', to: '2024-02-30' },
        { ...p, key: 'y', from: '2024-04-01' },
        { ...p, key: 'z', dueOn: '2024-03-13' },
      ]).map((i) => [i.index, i.field, i.rule]),
    ).toEqual([
      [1, 'key', 'keyTaken'],
      [2, 'key', 'keyFormat'],
      [3, 'to', 'realDate'],
      [4, 'to', 'fromAfterTo'],
      [5, 'dueOn', 'dueBeforeTo'],
    ]);
  });
  it('refuses a key the plan above already has', () => {
    expect(calendarIssues([p], ['q1', 'h1']).map((i) => i.rule)).toEqual(['keyTaken']);
  });
});
