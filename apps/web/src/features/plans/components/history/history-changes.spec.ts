import {
  type PlanHistoryEntry,
  type TargetResponse,
  type TaskSnapshot,
  planHistoryEntry,
} from '@cchc/contracts';
import { makeI18n } from '../../../../lib/i18n';
import { describeChange } from './history-changes';

const vi = makeI18n('vi', () => {});
/** An entry as the API answers it; planHistoryEntry checks it is one the contract allows. */
const entry = (action: string, before: unknown, after: unknown): PlanHistoryEntry =>
  planHistoryEntry.parse({
    id: 1,
    at: '2025-03-05T07:07:00.000Z',
    actor: { id: '3f0c6a57-0f6b-4d3e-9a55-5d8f8b1c2e11', username: 'canbo.94' },
    action,
    before,
    after,
  });
const target: TargetResponse = {
  code: 'TTHC-01',
  name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  area: 'administrative_procedures',
  measure: 'percent',
  direction: 'at_least',
  value: 98,
  levelFloors: { district: 95, commune: null },
  parentTargetId: null,
  floor: null,
  reporting: 'cumulative',
};
/** As entries recorded before tasks had `cascade`: they still read. */
const task: TaskSnapshot = {
  id: '8c1d2b57-0f6b-4d3e-9a55-5d8f8b1c2e11',
  title: 'Rà soát thủ tục hành chính',
  area: 'administrative_procedures',
  product: null,
  leadAgency: 'Văn phòng UBND tỉnh',
  coordinatingAgencies: [],
  budgetMillionVnd: 120,
  due: '2025-Q2',
  parentTaskId: null,
};

describe('a plan’s history in plain Vietnamese', () => {
  it('shows a target’s changed fields, before → after, as the plan writes values', () => {
    const change = describeChange(
      entry('target_changed', target, { ...target, value: 98.5, levelFloors: { district: 96, commune: 90 } }),
      vi,
    );
    expect(change.title).toBe('Sửa chỉ tiêu TTHC-01');
    expect(change.lines).toEqual([
      { label: 'Giá trị', before: '98 %', after: '98,5 %' },
      { label: 'Mức sàn cấp huyện', before: '95 %', after: '96 %' },
      { label: 'Mức sàn cấp xã', before: '(trống)', after: '90 %' },
    ]);
  });

  it('lists what an added target holds, and names the task a change is about', () => {
    const added = describeChange(entry('target_added', null, target), vi);
    expect(added.title).toBe('Thêm chỉ tiêu TTHC-01');
    expect(added.lines).toContainEqual({ label: 'Giá trị', value: '98 %' });
    expect(added.lines).toContainEqual({ label: 'Yêu cầu đạt', value: 'Tối thiểu (từ mức này trở lên)' });
    expect(added.lines.some((l) => l.label === 'Mức sàn cấp xã')).toBe(false);

    const changed = describeChange(entry('task_changed', task, { ...task, budgetMillionVnd: 1250 }), vi);
    expect(changed.title).toBe('Sửa nhiệm vụ');
    expect(changed.lines).toEqual([
      { label: 'Nội dung nhiệm vụ', value: 'Rà soát thủ tục hành chính' },
      { label: 'Kinh phí (triệu đồng)', before: '120', after: '1.250' },
    ]);
    const current = { ...task, cascade: true, mandated: false, parentDue: null };
    expect(describeChange(entry('task_changed', current, { ...current, cascade: false }), vi).lines).toEqual([
      { label: 'Nội dung nhiệm vụ', value: 'Rà soát thủ tục hành chính' },
      { label: 'Giao xuống cấp dưới', before: 'Có', after: 'Không' },
    ]);
    expect(describeChange(entry('task_removed', task, null), vi).lines).toContainEqual({
      label: 'Thời hạn',
      value: 'Quý II/2025',
    });
  });

  it('tells cascades, derived plans and changes it does not know', () => {
    expect(
      describeChange(entry('plan_cascaded', null, { created: 11, updated: 0, childPlanIds: [] }), vi).summary,
    ).toBe('11 kế hoạch tạo mới, 0 kế hoạch cập nhật');
    const parentPlanId = '5b2e1c57-0f6b-4d3e-9a55-5d8f8b1c2e11';
    expect(describeChange(entry('derived_by_cascade', null, { parentPlanId }), vi)).toEqual({
      title: 'Nhận chỉ tiêu, nhiệm vụ giao từ kế hoạch cấp trên',
      lines: [],
      parentPlanId,
    });
    // A kind of change this web app does not know yet (a newer API): said as such, not a crash.
    const newer = { ...entry('target_added', null, target), action: 'report_filed', after: {} };
    expect(describeChange(newer as unknown as PlanHistoryEntry, vi).title).toBe(
      'Thay đổi khác (report_filed)',
    );
  });
});
