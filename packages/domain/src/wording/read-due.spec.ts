import fc from 'fast-check';
import { formatDueVi } from './due';
import { readDueVi } from './read-due';
import { parseDue } from '../plans/task-due';

describe('readDueVi', () => {
  it.each([
    ['Quý I/2023', '2023-Q1'],
    ['Quý IV/2024', '2024-Q4'],
    ['quý 2/2023', '2023-Q2'],
    ['Quý III năm 2023', '2023-Q3'],
    ['Năm 2023', '2023'],
    ['2023', '2023'],
    ['Trong năm 2023', '2023'],
    ['Trước ngày 31/12/2023', '2023-12-31'],
    ['Trước 15/3/2023', '2023-03-15'],
    ['Ngày 05/01/2024', '2024-01-05'],
    ['31/12/2023', '2023-12-31'],
    ['31-12-2023', '2023-12-31'],
    ['ngày 30 tháng 6 năm 2024', '2024-06-30'],
    ['Tháng 6/2023', '2023-06-30'],
    ['Tháng 02/2024', '2024-02-29'],
    ['Tháng 2 năm 2023', '2023-02-28'],
    ['6 tháng đầu năm 2023', '2023-06-30'],
    ['Thường xuyên', '2024'],
    ['Cả năm', '2024'],
    ['  Quý  I / 2023 ', '2023-Q1'],
    ['', null],
    ['   ', null],
  ])('%s → %s', (text, due) => {
    expect(readDueVi(text, 2024)).toEqual({ due });
  });

  it.each([['31/02/2023'], ['Trước ngày 32/12/2023'], ['Tháng 13/2023'], ['29/02/2023']])(
    '%s is a day that does not exist',
    (text) => {
      expect(readDueVi(text, 2024)).toEqual({ problem: 'impossible_date' });
    },
  );

  it.each([['Quý V/2023'], ['sớm'], ['Quý I'], ['12/2023/5']])('%s cannot be read', (text) => {
    expect(readDueVi(text, 2024)).toEqual({ problem: 'unreadable' });
  });

  it('reads back every completion time the appendix writes', () => {
    const due = fc.oneof(
      fc.integer({ min: 2000, max: 2100 }).map(String),
      fc
        .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `${y}-Q${q}`),
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(due, (text) => {
        const written = formatDueVi(parseDue(text) as NonNullable<ReturnType<typeof parseDue>>);
        expect(readDueVi(written, 2024)).toEqual({ due: text });
      }),
    );
  });
});
