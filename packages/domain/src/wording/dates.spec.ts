import fc from 'fast-check';
import { epochDayToIsoDate, isoDateToEpochDay } from '../targets/target-value';
import { longDateVi, numericDateVi, quarterVi, yearVi } from './dates';
import { formatDueVi } from './due';

describe('dates as Vietnamese documents write them', () => {
  it('writes a date out with the leading zeros Decree 30/2020 asks for', () => {
    expect(longDateVi('2024-01-05')).toBe('ngày 05 tháng 01 năm 2024');
    expect(longDateVi('2023-12-19')).toBe('ngày 19 tháng 12 năm 2023');
    expect(longDateVi('2024-06-30')).toBe('ngày 30 tháng 6 năm 2024');
    expect(longDateVi('2025-02-09')).toBe('ngày 09 tháng 02 năm 2025');
    expect(longDateVi('2025-10-01')).toBe('ngày 01 tháng 10 năm 2025');
  });

  it('refuses what is no date', () => {
    expect(() => longDateVi('2024-02-30')).toThrow(RangeError);
    expect(() => longDateVi('5/1/2024')).toThrow(RangeError);
    expect(() => numericDateVi('2024-13-01')).toThrow(RangeError);
  });

  it('reads back every date from 2000 to 2100 to the day it was written from', () => {
    const first = isoDateToEpochDay('2000-01-01') as number;
    const last = isoDateToEpochDay('2100-12-31') as number;
    const LONG = /^ngày (\d{2}) tháng (0[12]|[3-9]|1[0-2]) năm (\d{4})$/;
    for (let day = first; day <= last; day++) {
      const iso = epochDayToIsoDate(day);
      const m = LONG.exec(longDateVi(iso));
      if (!m) throw new Error(`${iso} → ${longDateVi(iso)}`);
      const back = `${m[3]}-${(m[2] as string).padStart(2, '0')}-${m[1]}`;
      if (back !== iso) throw new Error(`${iso} → ${longDateVi(iso)} → ${back}`);
    }
  });

  it('writes the short form dd/mm/yyyy, which reads back alike', () => {
    expect(numericDateVi('2025-07-30')).toBe('30/07/2025');
    fc.assert(
      fc.property(fc.integer({ min: 10_957, max: 47_846 }), (day) => {
        const iso = epochDayToIsoDate(day);
        const [d, m, y] = numericDateVi(iso).split('/');
        expect(`${y}-${m}-${d}`).toBe(iso);
      }),
    );
  });

  it('writes quarters in Roman numerals and years with "Năm"', () => {
    expect(quarterVi(2024, 1)).toBe('Quý I/2024');
    expect([2, 3, 4].map((q) => quarterVi(2023, q as 2 | 3 | 4))).toEqual([
      'Quý II/2023',
      'Quý III/2023',
      'Quý IV/2023',
    ]);
    expect(yearVi(2024)).toBe('Năm 2024');
  });

  it('writes a task due as the appendix does', () => {
    expect(formatDueVi({ kind: 'date', date: '2025-07-30' })).toBe('30/07/2025');
    expect(formatDueVi({ kind: 'quarter', year: 2023, quarter: 1 })).toBe('Quý I/2023');
    expect(formatDueVi({ kind: 'year', year: 2024 })).toBe('Năm 2024');
  });
});
