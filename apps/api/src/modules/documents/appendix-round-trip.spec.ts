import type { TaskResponse } from '@cchc/contracts';
import { REFORM_AREAS, reformAreaOrder } from '@cchc/domain';
import fc from 'fast-check';
import { appendixWorkbook } from './appendix.xlsx.js';
import { isTotalRow, readAppendix, splitAgencies } from './read-appendix.js';

/** Words plans are written in, commas and numbers included ("Các sở, ban, ngành", "1.500"). */
const WORDS = [
  'Rà',
  'soát',
  'văn',
  'bản',
  'thủ',
  'tục',
  'hành',
  'chính',
  'công',
  'khai',
  'số',
  'hóa',
  'hồ',
  'sơ',
  'Phòng',
  'Nội',
  'vụ',
  'Sở',
  'Tư',
  'pháp',
  'các',
  'xã,',
  'ban,',
  'ngành',
  'đơn',
  'vị',
  '1.500',
  '2024',
  '(QPPL)',
];
const text = (maxWords: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: maxWords }).map((w) => w.join(' '));

const DAY = 86_400_000;
const due = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2020, max: 2030 }).map(String),
  fc
    .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .integer({ min: 0, max: 3650 })
    .map((d) => new Date(Date.UTC(2020, 0, 1) + d * DAY).toISOString().slice(0, 10)),
);

const task = fc.record({
  area: fc.constantFrom(...REFORM_AREAS),
  title: text(8),
  product: fc.option(text(4), { nil: null }),
  leadAgency: fc.option(text(3), { nil: null }),
  coordinatingAgencies: fc.array(text(4), { maxLength: 4 }),
  budgetMillionVnd: fc.integer({ min: 0, max: 1e9 }).map((n) => n / 1000),
  due,
  inherited: fc.boolean(),
});

describe('the appendix sheet, written and read back', () => {
  it('gives back every task as it was: area, title, product, agencies, budget and due', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(task, { minLength: 1, maxLength: 12 }), async (tasks) => {
        const areas = REFORM_AREAS.map((area) => ({
          area,
          targets: [],
          budgetMillionVnd: 0,
          tasks: tasks
            .filter((t) => t.area === area)
            .map(
              (t, i): TaskResponse => ({
                ...t,
                id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
                parentTaskId: t.inherited ? '00000000-0000-7000-8000-000000000001' : null,
                cascade: true,
                mandated: t.inherited,
                parentDue: null,
              }),
            ),
        }));
        const bytes = await appendixWorkbook({
          plan: { year: 2024, areas },
          unit: { type: 'Xã', name: 'Vĩnh Quới' },
          issued: null,
          parent: null,
        });
        const { rows, errors } = await readAppendix(bytes, 2024);
        expect(errors).toEqual([]);
        const expected = [...tasks]
          .map((t, i) => ({ t, i }))
          .sort((a, b) => reformAreaOrder(a.t.area) - reformAreaOrder(b.t.area) || a.i - b.i)
          .map(({ t: { inherited, ...t } }) => t);
        expect(
          rows.map((r) => ({
            area: r.area,
            title: r.title,
            product: r.product,
            leadAgency: r.leadAgency,
            coordinatingAgencies: r.coordinatingAgencies,
            budgetMillionVnd: r.budgetMillionVnd,
            due: r.due,
          })),
        ).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});

describe('agencies in one cell', () => {
  it('split on lines and ";", never on ",", without their bullets', () => {
    expect(splitAgencies('- Phòng Nội vụ\n+ Văn phòng HĐND và UBND; • Các sở, ban, ngành;\r\n')).toEqual([
      'Phòng Nội vụ',
      'Văn phòng HĐND và UBND',
      'Các sở, ban, ngành',
    ]);
  });
});

describe('subtotal and total rows', () => {
  it('are "Cộng…" and "Tổng cộng…" rows, never tasks that begin alike', () => {
    for (const total of [
      'Cộng',
      'Cộng:',
      'Cộng mục I',
      'CỘNG MỤC II',
      'Cộng (III)',
      'Cộng I',
      'Tổng cộng',
      'TỔNG CỘNG:',
      'Tổng',
      'Tổng kinh phí',
    ])
      expect([total, isTotalRow(total)]).toEqual([total, true]);
    for (const task of [
      'Công tác kiểm tra',
      'Cộng đồng dân cư tham gia giám sát',
      'Tổng kết công tác CCHC',
      'Tổng hợp báo cáo',
    ])
      expect([task, isTotalRow(task)]).toEqual([task, false]);
  });
});
