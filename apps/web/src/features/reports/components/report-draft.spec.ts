import type { ReportResponse, RollupResponse } from '@cchc/contracts';
import { targetMeets } from '@cchc/domain';
import fc from 'fast-check';
import { makeI18n } from '../../../lib/i18n';
import { defaultPeriod } from './period-picker';
import {
  areaCounts,
  draftFromReport,
  groupByArea,
  mayReopen,
  periodLocked,
  planValueText,
  reportStatusKey,
  reportEditable,
  saveRequestOf,
  statusCounts,
  targetMark,
  unitsBehindFirst,
} from './report-draft';

const target = (
  over: Partial<ReportResponse['targets'][number]> = {},
): ReportResponse['targets'][number] => ({
  code: 'TTHC-01',
  name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  area: 'administrative_procedures',
  measure: 'percent',
  direction: 'at_least',
  reporting: 'cumulative',
  planValue: 98,
  value: null,
  numerator: null,
  denominator: null,
  note: null,
  meets: null,
  ...over,
});

const report: ReportResponse = {
  planId: '00000000-0000-4000-8000-000000000001',
  period: {
    key: 'q1',
    label: 'Quý I/2024',
    from: '2024-01-01',
    to: '2024-03-14',
    dueOn: '2024-03-15',
    inherited: true,
    locksOn: '2024-04-14',
  },
  status: 'draft',
  window: 'open',
  submittedAt: null,
  late: false,
  reopened: null,
  targets: [
    target(),
    target({
      code: 'TC-01',
      area: 'apparatus',
      measure: 'days',
      direction: 'at_most',
      planValue: 5,
      value: 4,
    }),
  ],
  tasks: [
    {
      taskId: '00000000-0000-4000-8000-0000000000aa',
      title: 'Rà soát thủ tục hành chính',
      area: 'administrative_procedures',
      leadAgency: 'Văn phòng UBND',
      coordinatingAgencies: ['Phòng Tư pháp', 'Phòng Nội vụ'],
      due: '2024-Q1',
      state: 'in_progress',
      percentDone: 40,
      note: null,
      overdue: true,
      contributions: [{ agency: 'Phòng Nội vụ', state: 'done', note: 'Xong' }],
    },
  ],
  summary: 'Tóm tắt',
  updatedAt: null,
};

describe('the met mark as a value is typed', () => {
  it('marks at least 98 % met by 98 or more and missed below, nothing while empty or unreadable', () => {
    const t = target();
    expect(targetMark(t, 98)).toBe('met');
    expect(targetMark(t, 98.5)).toBe('met');
    expect(targetMark(t, 97.9)).toBe('missed');
    expect(targetMark(t, '')).toBeNull();
    expect(targetMark(t, '9x')).toBeNull();
  });

  it('marks at most 5 days met by 5 or fewer', () => {
    const t = target({ measure: 'days', direction: 'at_most', planValue: 5 });
    expect(targetMark(t, 5)).toBe('met');
    expect(targetMark(t, 6)).toBe('missed');
  });

  it('marks a deadline met by a day typed dd/mm/yyyy on or before it', () => {
    const t = target({ measure: 'date', direction: 'at_most', planValue: '2024-06-30' });
    expect(targetMark(t, '30/06/2024')).toBe('met');
    expect(targetMark(t, '01/07/2024')).toBe('missed');
    expect(targetMark(t, '31/02/2024')).toBeNull();
  });

  it('decides as the domain does for any numbers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom('at_least' as const, 'at_most' as const),
        (plan, typed, direction) => {
          const t = target({ measure: 'count', direction, planValue: plan });
          expect(targetMark(t, typed)).toBe(
            targetMeets({ measure: 'count', direction, value: plan }, typed) ? 'met' : 'missed',
          );
        },
      ),
    );
  });
});

describe('the form and what it saves', () => {
  it('reads back every target and task, an agency without an entry as not started', () => {
    const draft = draftFromReport(report);
    expect(draft.targets['TC-01']?.value).toBe(4);
    expect(draft.tasks['00000000-0000-4000-8000-0000000000aa']?.contributions).toEqual({
      'Phòng Tư pháp': { state: 'not_started', note: '' },
      'Phòng Nội vụ': { state: 'done', note: 'Xong' },
    });
  });

  it('sends values, counts for a percentage, the tasks with each agency, empty notes as null', () => {
    const draft = draftFromReport(report);
    draft.targets['TTHC-01'] = { value: 98.7, numerator: 987, denominator: 1000, note: ' ' };
    const body = saveRequestOf(report, draft);
    expect(body.targets?.[0]).toEqual({
      code: 'TTHC-01',
      value: 98.7,
      numerator: 987,
      denominator: 1000,
      note: null,
    });
    expect(body.targets?.[1]).toEqual({ code: 'TC-01', value: 4, note: null });
    expect(body.tasks?.[0]?.contributions).toEqual([
      { agency: 'Phòng Tư pháp', state: 'not_started', note: null },
      { agency: 'Phòng Nội vụ', state: 'done', note: 'Xong' },
    ]);
    expect(body.summary).toBe('Tóm tắt');
  });

  it('is editable only by the unit, while open and not submitted', () => {
    expect(reportEditable(report, true)).toBe(true);
    expect(reportEditable(report, false)).toBe(false);
    expect(reportEditable({ ...report, status: 'submitted' }, true)).toBe(false);
    expect(reportEditable({ ...report, window: 'locked' }, true)).toBe(false);
  });
});

describe('grouping and the dashboard', () => {
  it('groups by reform area in the plan order of areas', () => {
    const groups = groupByArea([
      { area: 'apparatus' as const, n: 1 },
      { area: 'administrative_procedures' as const, n: 2 },
      { area: 'apparatus' as const, n: 3 },
    ]);
    expect(groups.map((g) => [g.area, g.items.map((i) => i.n)])).toEqual([
      ['administrative_procedures', [2]],
      ['apparatus', [1, 3]],
    ]);
  });

  const unit = (code: string, status: RollupResponse['units'][number]['status'], missed = 0) => ({
    unitCode: code,
    unitName: code,
    unitFullName: code,
    planId: '00000000-0000-4000-8000-000000000002',
    status,
    met: 0,
    missed,
    hasPlansBelow: true,
  });

  it('lists the units behind first: missing, draft, late, then on time; more missed first', () => {
    const sorted = unitsBehindFirst([
      unit('1', 'on_time', 3),
      unit('2', 'late'),
      unit('3', 'missing'),
      unit('4', 'on_time', 5),
      unit('5', 'draft'),
    ]);
    expect(sorted.map((u) => u.unitCode)).toEqual(['3', '5', '2', '4', '1']);
    expect(statusCounts(sorted)).toEqual({ on_time: 2, late: 1, draft: 1, missing: 1 });
  });

  it('adds targets up per area', () => {
    const t = (
      area: 'apparatus' | 'administrative_procedures',
      met: number,
      missed: number,
      notReported: number,
    ) =>
      ({
        code: 'x',
        name: 'x',
        area,
        measure: 'count',
        direction: 'at_least',
        met,
        missed,
        notReported,
        min: null,
        median: null,
        max: null,
      }) as const;
    expect(
      areaCounts([t('apparatus', 1, 2, 3), t('administrative_procedures', 1, 0, 0), t('apparatus', 2, 0, 1)]),
    ).toEqual([
      { area: 'administrative_procedures', met: 1, missed: 0, notReported: 0 },
      { area: 'apparatus', met: 3, missed: 2, notReported: 4 },
    ]);
  });

  it('offers reopening for a submitted report or a locked period', () => {
    expect(mayReopen('on_time', false)).toBe(true);
    expect(mayReopen('late', false)).toBe(true);
    expect(mayReopen('missing', false)).toBe(false);
    expect(mayReopen('missing', true)).toBe(true);
    expect(periodLocked({ locksOn: '2024-04-14' }, new Date('2026-12-03T00:00:00Z'))).toBe(true);
    // 16:59 UTC on 13/4 is still 13/4 in Vietnam; 17:00 UTC is the lock day there.
    expect(periodLocked({ locksOn: '2024-04-14' }, new Date('2024-04-13T16:59:00Z'))).toBe(false);
    expect(periodLocked({ locksOn: '2024-04-14' }, new Date('2024-04-13T17:00:00Z'))).toBe(true);
  });
});

describe('the words', () => {
  const vi = makeI18n('vi', () => {});
  const en = makeI18n('en', () => {});

  it('writes the plan value as officials do', () => {
    expect(planValueText(vi, target())).toBe('đạt tối thiểu 98 %');
    expect(planValueText(vi, target({ measure: 'days', direction: 'at_most', planValue: 5 }))).toBe(
      'không quá 5 ngày',
    );
    expect(planValueText(vi, target({ measure: 'percent', planValue: 85.5 }))).toBe('đạt tối thiểu 85,5 %');
    expect(
      planValueText(vi, target({ measure: 'date', direction: 'at_most', planValue: '2024-06-30' })),
    ).toBe('trước ngày 30/06/2024');
    expect(planValueText(en, target())).toBe('at least 98 %');
  });

  it("names the report statuses and the units' statuses", () => {
    expect(vi.t(reportStatusKey({ status: 'not_started' }))).toBe('Chưa báo cáo');
    expect(vi.t(reportStatusKey({ status: 'draft' }))).toBe('Đang soạn');
    expect(vi.t(reportStatusKey({ status: 'submitted' }))).toBe('Đã gửi');
    expect(
      ['on_time', 'late', 'draft', 'missing'].map((s) => vi.t(`rollup.unitStatus.${s as 'late'}`)),
    ).toEqual(['Đúng hạn', 'Trễ hạn', 'Đang soạn', 'Chưa gửi']);
  });

  it('opens at the period whose data window holds today, else the last begun', () => {
    const periods = [
      { ...report.period, key: 'q1', from: '2024-01-01', to: '2024-03-14' },
      { ...report.period, key: 'h1', from: '2024-01-01', to: '2024-06-14' },
      { ...report.period, key: 'q3', from: '2024-01-01', to: '2024-09-14' },
    ];
    expect(defaultPeriod(periods, '2024-05-01')?.key).toBe('h1');
    expect(defaultPeriod(periods, '2026-12-03')?.key).toBe('q3');
    expect(defaultPeriod(periods, '2023-01-01')?.key).toBe('q1');
  });
});
