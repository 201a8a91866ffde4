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

  const summary = {
    id: '5b2e1c57-0f6b-4d3e-9a55-5d8f8b1c2e11',
    unitCode: '94',
    unitName: 'Sóc Trăng',
    unitFullName: 'Tỉnh Sóc Trăng',
    unitLevel: 'province',
    provinceCode: '94',
    year: 2024,
    kind: 'annual',
    title: 'Kế hoạch Thực hiện cải cách hành chính năm 2024',
    documentNumber: '218/KH-UBND',
    legalBasis: [],
    objectives: '',
    recipients: [],
    status: 'issued',
    parentPlanId: null,
    version: 3,
    issued: null,
    amendment: null,
    reconfirm: null,
    childrenDueOn: null,
    carriedFromPlanId: null,
    createdAt: '2023-12-01T02:00:00.000Z',
    updatedAt: '2023-12-19T02:00:00.000Z',
  };
  const issue = {
    version: 1,
    documentNumber: '218/KH-UBND',
    issuedOn: '2023-12-19',
    place: 'Sóc Trăng',
    signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
    issuedAt: '2023-12-19T02:00:00.000Z',
    issuedBy: 'canbo.94',
  };

  it('tells an issue and an amendment as the document says them: number, place, date, signer, reason', () => {
    expect(
      describeChange(
        entry('plan_issued', { ...summary, status: 'draft' }, { ...summary, issued: issue }),
        vi,
      ),
    ).toEqual({
      title: 'Ban hành kế hoạch số 218/KH-UBND',
      lines: [
        { label: 'Nơi, ngày ban hành', value: 'Sóc Trăng, 19/12/2023' },
        { label: 'Người ký', value: 'Phó Chủ tịch Nguyễn Văn Minh' },
      ],
    });
    const reason = 'Điều chỉnh chỉ tiêu giữa năm';
    expect(
      describeChange(
        entry('plan_amended', summary, { ...summary, status: 'amending', amendment: { version: 2, reason } }),
        vi,
      ).lines,
    ).toEqual([{ label: 'Lý do', value: reason }]);
    const parentPlanId = summary.id;
    expect(
      describeChange(
        entry('derived_by_amendment', null, {
          parentPlanId,
          parentVersion: 2,
          status: { from: 'issued', to: 'derived' },
          targets: [
            { code: 'TTHC-01', before: 95, after: 96.5 },
            { code: 'CT-51', before: null, after: 70 },
          ],
          renamed: [],
          tasksAdded: 3,
        }),
        vi,
      ),
    ).toEqual({
      title: 'Nhận sửa đổi, bổ sung của kế hoạch cấp trên (ban hành lần 2)',
      lines: [
        { label: 'Trạng thái', before: 'Đã ban hành', after: 'Chờ xác nhận' },
        { label: 'Giá trị TTHC-01', before: '95', after: '96,5' },
        { label: 'Giá trị CT-51', before: '(trống)', after: '70' },
        { label: 'Nhiệm vụ được giao thêm', value: '3' },
      ],
      parentPlanId,
    });
  });

  it('tells a report saved, submitted late and reopened, and a calendar changed', () => {
    const period = { key: 'q1', label: 'Quý I/2024' };
    const report = { period, status: 'draft', late: false, submittedAt: null };
    const saved = describeChange(
      entry(
        'report_saved',
        {
          ...report,
          targets: [
            { code: 'TTHC-01', value: 90, numerator: null, denominator: null, note: null, meets: false },
          ],
        },
        {
          ...report,
          summary: 'Cơ bản hoàn thành',
          targets: [
            { code: 'TTHC-01', value: 98.5, numerator: null, denominator: null, note: null, meets: true },
            {
              code: 'KH-04',
              value: '2024-03-10',
              numerator: null,
              denominator: null,
              note: null,
              meets: true,
            },
          ],
          tasks: [],
        },
      ),
      vi,
    );
    expect(saved).toEqual({
      title: 'Lưu báo cáo Quý I/2024',
      lines: [
        { label: 'Giá trị TTHC-01', before: '90', after: '98,5' },
        { label: 'Giá trị KH-04', before: '(trống)', after: '10/03/2024' },
        { label: 'Tóm tắt', value: 'Cơ bản hoàn thành' },
      ],
    });
    const submitted = { ...report, status: 'submitted', late: true, submittedAt: '2024-03-20T02:00:00.000Z' };
    expect(describeChange(entry('report_submitted', report, submitted), vi)).toEqual({
      title: 'Gửi báo cáo Quý I/2024',
      summary: 'Gửi sau thời hạn báo cáo (trễ hạn).',
      lines: [],
    });
    const reason = 'Xã gửi bổ sung số liệu';
    expect(
      describeChange(
        entry('report_reopened', submitted, {
          ...submitted,
          status: 'draft',
          reopened: { reason, by: 'canbo.948' },
        }),
        vi,
      ),
    ).toEqual({ title: 'Mở lại báo cáo Quý I/2024', lines: [{ label: 'Lý do', value: reason }] });
    const q = (key: string, label: string) => ({
      key,
      label,
      from: '2024-01-01',
      to: '2024-03-31',
      dueOn: '2024-04-05',
    });
    expect(
      describeChange(
        entry(
          'calendar_changed',
          { lockDays: null, periods: [] },
          { lockDays: 10, periods: [q('m01', 'Tháng 1/2024')] },
        ),
        vi,
      ).lines,
    ).toEqual([
      { label: 'Các kỳ báo cáo', before: '(trống)', after: 'Tháng 1/2024' },
      { label: 'Số ngày khóa sổ sau hạn', before: '(trống)', after: '10' },
    ]);
  });
});
