import fc from 'fast-check';
import { type DiffablePlan, planDiff, planDiffIsEmpty } from './plan-diff';

type Target = { code: string } & Record<string, unknown>;
type Task = { id: string } & Record<string, unknown>;
type Plan = DiffablePlan<Target, Task>;

const plan = (over: Partial<Plan> = {}): Plan => ({
  header: { title: 'Kế hoạch Thực hiện cải cách hành chính năm 2024', documentNumber: '218/KH-UBND' },
  targets: [
    { code: 'TTHC-01', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', value: 98, levelFloors: { commune: 95 } },
    { code: 'CV-01', name: 'Cán bộ bị kỷ luật', value: 0 },
  ],
  tasks: [{ id: 't1', title: 'Rà soát thủ tục', budgetMillionVnd: 50, due: '2024-Q1' }],
  ...over,
});

describe('the difference between two versions of a plan', () => {
  it('names the header fields, targets and tasks added, removed and changed, with before and after', () => {
    const before = plan();
    const after = plan({
      header: { ...before.header, documentNumber: '218/KH-UBND (sửa đổi)' },
      targets: [
        { code: 'TTHC-01', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', value: 99, levelFloors: { commune: 95 } },
        { code: 'SIPAS-01', name: 'Mức độ hài lòng', value: 85 },
      ],
      tasks: [{ id: 't1', title: 'Rà soát thủ tục', budgetMillionVnd: 1500, due: '2024-Q2' }],
    });
    const diff = planDiff(before, after);
    expect(diff.header).toEqual([
      { field: 'documentNumber', before: '218/KH-UBND', after: '218/KH-UBND (sửa đổi)' },
    ]);
    expect(diff.targets.added.map((t) => t.code)).toEqual(['SIPAS-01']);
    expect(diff.targets.removed.map((t) => t.code)).toEqual(['CV-01']);
    expect(diff.targets.changed).toEqual([
      { code: 'TTHC-01', changes: [{ field: 'value', before: 98, after: 99 }] },
    ]);
    expect(diff.tasks.changed).toEqual([
      {
        id: 't1',
        changes: [
          { field: 'budgetMillionVnd', before: 50, after: 1500 },
          { field: 'due', before: '2024-Q1', after: '2024-Q2' },
        ],
      },
    ]);
    expect(planDiffIsEmpty(diff)).toBe(false);
  });

  it('compares nested values by value, whatever the order of their keys', () => {
    const before = plan();
    const reordered = plan({
      targets: before.targets.map((t) => Object.fromEntries(Object.entries(t).reverse()) as typeof t),
    });
    expect(planDiffIsEmpty(planDiff(before, reordered))).toBe(true);
    const [first, second] = before.targets as [Target, Target];
    const floors = plan({ targets: [{ ...first, levelFloors: { commune: 96 } }, second] });
    expect(planDiff(before, floors).targets.changed[0]?.changes).toEqual([
      { field: 'levelFloors', before: { commune: 95 }, after: { commune: 96 } },
    ]);
  });

  const arbitraryPlan: fc.Arbitrary<Plan> = fc.record({
    header: fc.record({ title: fc.string(), documentNumber: fc.option(fc.string(), { nil: null }) }),
    targets: fc.uniqueArray(fc.record({ code: fc.constantFrom('A', 'B', 'C', 'D'), value: fc.integer() }), {
      selector: (t) => t.code,
    }),
    tasks: fc.uniqueArray(fc.record({ id: fc.constantFrom('1', '2', '3'), title: fc.string() }), {
      selector: (t) => t.id,
    }),
  });

  it('is empty from a version to itself, and mirrored the other way', () => {
    fc.assert(
      fc.property(arbitraryPlan, arbitraryPlan, (a, b) => {
        expect(planDiffIsEmpty(planDiff(a, a))).toBe(true);
        const there = planDiff(a, b);
        const back = planDiff(b, a);
        expect(back.targets.added).toEqual(there.targets.removed);
        expect(back.tasks.removed).toEqual(there.tasks.added);
        expect(back.header).toEqual(
          there.header.map(({ field, before, after }) => ({ field, before: after, after: before })),
        );
        expect(planDiffIsEmpty(there)).toBe(planDiffIsEmpty(back));
      }),
    );
  });
});
