import fc from 'fast-check';
import { type MandatedTaskFields, dueWithin, isMandatedTask, mandatedTaskRefusals } from './mandated-task';
import { dueDeadline, parseDue } from './task-due';

const dueText = fc.oneof(
  fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc.integer({ min: 2020, max: 2030 }).map(String),
);

const inherited: MandatedTaskFields = {
  parentTaskId: '7f1c0a52-6f0e-4d53-9e1a-6c0e3f4b9a10',
  title: 'Tuyên truyền cải cách hành chính trên các phương tiện thông tin đại chúng',
  area: 'direction',
  due: '2024-Q4',
  cascade: true,
};
const own: MandatedTaskFields = { ...inherited, parentTaskId: null };

describe('mandated tasks', () => {
  it('a task copied from the parent plan is mandated; one of the plan’s own is not', () => {
    expect(isMandatedTask(inherited)).toBe(true);
    expect(isMandatedTask(own)).toBe(false);
  });

  it('compares deadlines by the last day each allows', () => {
    expect(dueWithin('2024-Q1', '2024')).toBe(true);
    expect(dueWithin('2024-03-15', '2024-Q1')).toBe(true);
    expect(dueWithin('2024-03-31', '2024-Q1')).toBe(true);
    expect(dueWithin('2024-Q1', '2024-03-15')).toBe(false);
    expect(dueWithin('2025', '2024')).toBe(false);
    expect(dueWithin('2024-Q4', '2024')).toBe(true);
    expect(dueWithin(null, '2024')).toBe(false);
    expect(dueWithin(null, null)).toBe(true);
    expect(dueWithin('2030', null)).toBe(true);
  });

  it('refuses deleting or retitling an inherited task, not one of the plan’s own', () => {
    expect(mandatedTaskRefusals(inherited, null, '2024-Q4')).toEqual([
      { code: 'TASK_MANDATED', field: 'title', deleted: true },
    ]);
    expect(mandatedTaskRefusals(inherited, { ...inherited, title: 'Tuyên truyền' }, '2024-Q4')).toEqual([
      { code: 'TASK_MANDATED', field: 'title', deleted: false },
    ]);
    expect(mandatedTaskRefusals(inherited, { ...inherited, area: 'civil_service' }, '2024-Q4')).toEqual([
      { code: 'TASK_MANDATED', field: 'area', deleted: false },
    ]);
    expect(mandatedTaskRefusals(inherited, { ...inherited, cascade: false }, '2024-Q4')).toEqual([
      { code: 'TASK_MANDATED', field: 'cascade', deleted: false },
    ]);
    expect(mandatedTaskRefusals(own, null, null)).toEqual([]);
    expect(mandatedTaskRefusals(own, { ...own, title: 'Khác', due: '2026', cascade: false }, '2024')).toEqual(
      [],
    );
  });

  it('accepts an earlier deadline and refuses a later one', () => {
    expect(mandatedTaskRefusals(inherited, { ...inherited, due: '2024-10-15' }, '2024-Q4')).toEqual([]);
    expect(mandatedTaskRefusals(inherited, { ...inherited, due: '2025-Q1' }, '2024-Q4')).toEqual([
      { code: 'TASK_DUE_LATER_THAN_PARENT', field: 'due', parentDue: '2024-Q4', triedDue: '2025-Q1' },
    ]);
    expect(mandatedTaskRefusals(inherited, { ...inherited, due: null }, '2024-Q4')).toEqual([
      { code: 'TASK_DUE_LATER_THAN_PARENT', field: 'due', parentDue: '2024-Q4', triedDue: null },
    ]);
  });

  it('a deadline fits within another exactly when its last day is no later', () => {
    fc.assert(
      fc.property(dueText, dueText, (child, parent) => {
        const last = (d: string) => dueDeadline(parseDue(d) ?? { kind: 'year', year: 0 });
        expect(dueWithin(child, parent)).toBe(last(child) <= last(parent));
      }),
    );
  });

  it('fitting within is a preorder: every deadline fits itself, and a chain of them carries down', () => {
    fc.assert(
      fc.property(dueText, dueText, dueText, (commune, district, province) => {
        expect(dueWithin(province, province)).toBe(true);
        if (dueWithin(commune, district) && dueWithin(district, province))
          expect(dueWithin(commune, province)).toBe(true);
      }),
    );
  });

  it('the child’s lead agency, coordinating agencies, budget and product are its own to write', () => {
    const fields = fc.record({
      leadAgency: fc.option(fc.string(), { nil: null }),
      coordinatingAgencies: fc.array(fc.string()),
      budgetMillionVnd: fc.nat(),
      product: fc.option(fc.string(), { nil: null }),
    });
    fc.assert(
      fc.property(fields, fc.option(dueText, { nil: null }), (free, parentDue) => {
        // The parent's due was the child's at the cascade; whatever else changes, nothing is refused.
        const before = { ...inherited, due: parentDue };
        expect(mandatedTaskRefusals(before, { ...before, ...free }, parentDue)).toEqual([]);
      }),
    );
  });

  it('a write that moves an inherited task’s deadline is refused exactly when it ends later than the parent’s', () => {
    fc.assert(
      fc.property(fc.option(dueText, { nil: null }), dueText, (tried, parentDue) => {
        const before = { ...inherited, due: parentDue };
        const refused = mandatedTaskRefusals(before, { ...before, due: tried }, parentDue).length > 0;
        expect(refused).toBe(!dueWithin(tried, parentDue));
      }),
    );
  });

  it('every write of the plan’s own task passes', () => {
    const task = fc.record({
      parentTaskId: fc.constant(null),
      title: fc.string(),
      area: fc.constantFrom('direction', 'institutions'),
      due: fc.option(dueText, { nil: null }),
      cascade: fc.boolean(),
    });
    fc.assert(
      fc.property(task, fc.option(task, { nil: null }), fc.option(dueText, { nil: null }), (b, a, p) => {
        expect(mandatedTaskRefusals(b, a, p)).toEqual([]);
      }),
    );
  });
});
