import type { PlanDiffResponse, PlanResponse, TargetResponse, TaskResponse } from '@cchc/contracts';
import { makeI18n } from '../../../../lib/i18n';
import { describePlanDiff } from './plan-diff-lines';

const vi = makeI18n('vi', () => {});
const en = makeI18n('en', () => {});

const target: TargetResponse = {
  code: 'TTHC-01',
  name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  area: 'administrative_procedures',
  measure: 'percent',
  direction: 'at_least',
  value: 99,
  levelFloors: { district: 95, commune: 90 },
  parentTargetId: null,
  floor: null,
  reporting: 'cumulative',
};
const task: TaskResponse = {
  id: '8c1d2b57-0f6b-4d3e-9a55-5d8f8b1c2e11',
  title: 'Rà soát thủ tục hành chính',
  area: 'administrative_procedures',
  product: null,
  leadAgency: 'Văn phòng UBND tỉnh',
  coordinatingAgencies: [],
  budgetMillionVnd: 1500,
  due: '2025-06-30',
  parentTaskId: null,
  cascade: true,
  mandated: false,
  parentDue: null,
};
const plan = (targets: TargetResponse[], tasks: TaskResponse[]) =>
  ({
    areas: [{ area: 'administrative_procedures', targets, tasks, budgetMillionVnd: 0 }],
  }) as unknown as PlanResponse;

const diff = (over: Partial<PlanDiffResponse>): PlanDiffResponse => ({
  from: 1,
  to: 2,
  header: [],
  targets: { added: [], removed: [], changed: [] },
  tasks: { added: [], removed: [], changed: [] },
  ...over,
});

describe('a diff of two issued versions, as the reader reads it', () => {
  it('writes a changed target value with its unit, and each level floor that moved', () => {
    const d = diff({
      targets: {
        added: [],
        removed: [],
        changed: [
          {
            code: 'TTHC-01',
            changes: [
              { field: 'value', before: 98, after: 99 },
              {
                field: 'levelFloors',
                before: { district: 95, commune: 85 },
                after: { district: 95, commune: 90 },
              },
              { field: 'parentTargetId', before: null, after: null },
            ],
          },
        ],
      },
    });
    const described = describePlanDiff(d, { to: plan([target], []) }, vi);
    expect(described.empty).toBe(false);
    expect(described.targets.changed).toMatchObject([
      { key: 'TTHC-01', title: 'TTHC-01 Tỷ lệ hồ sơ giải quyết đúng hạn' },
    ]);
    expect(described.targets.changed[0]?.lines.map((l) => `${l.before} → ${l.after}`)).toEqual([
      '98 % → 99 %',
      '85 % → 90 %',
    ]);
  });

  it('names added and removed targets with their value, and changed tasks by title', () => {
    const d = diff({
      header: [{ field: 'documentNumber', before: '218/KH-UBND', after: '95/KH-UBND' }],
      targets: {
        added: [{ ...target, code: 'SIPAS-01', name: 'Mức độ hài lòng' }],
        removed: [target],
        changed: [],
      },
      tasks: {
        added: [],
        removed: [],
        changed: [
          {
            id: task.id,
            changes: [
              { field: 'budgetMillionVnd', before: 1200, after: 1500 },
              { field: 'due', before: '2025-Q2', after: '2025-06-30' },
            ],
          },
        ],
      },
    });
    const described = describePlanDiff(d, { from: plan([target], [task]) }, vi);
    expect(described.header.map((l) => `${l.before} → ${l.after}`)).toEqual(['218/KH-UBND → 95/KH-UBND']);
    expect(described.targets.added).toMatchObject([{ title: 'SIPAS-01 Mức độ hài lòng', detail: '99 %' }]);
    expect(described.targets.removed).toMatchObject([{ title: 'TTHC-01 Tỷ lệ hồ sơ giải quyết đúng hạn' }]);
    expect(described.tasks.changed).toEqual([
      {
        key: task.id,
        title: 'Rà soát thủ tục hành chính',
        lines: [
          { label: 'Kinh phí (triệu đồng)', before: '1.200', after: '1.500' },
          { label: expect.any(String), before: 'Quý II/2025', after: '30/06/2025' },
        ],
      },
    ]);
    // English writes the numbers its own way.
    expect(
      describePlanDiff(d, { from: plan([target], [task]) }, en).tasks.changed[0]?.lines[0],
    ).toMatchObject({
      before: '1,200',
      after: '1,500',
    });
  });

  it('is empty when the two versions are the same', () => {
    expect(describePlanDiff(diff({}), {}, vi).empty).toBe(true);
  });
});
