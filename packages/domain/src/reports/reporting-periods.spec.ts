import { defaultReportingCalendar } from './reporting-periods';

describe('default reporting calendar (seed 000)', () => {
  it('cuts data off on the 14th and is due on the 15th', () => {
    const [q1, h1, q3, year] = defaultReportingCalendar(2024);
    expect(q1).toEqual({ period: 'q1', dataFrom: '2023-12-15', dataTo: '2024-03-14', due: '2024-03-15' });
    expect(h1?.dataTo).toBe('2024-06-14');
    expect(q3?.dataFrom).toBe('2024-06-15');
    expect(year?.due).toBe('2024-12-15');
  });
});
