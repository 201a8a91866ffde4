import type { ReportResponse, RollupResponse, SaveReportRequest } from '@cchc/contracts';
import {
  REFORM_AREAS,
  type ReformArea,
  type TaskState,
  type UnitReportStatus,
  isLockedAt,
  mayReopenReport,
  targetMeets,
  vietnamDay,
} from '@cchc/domain';
import type { I18n } from '../../../lib/i18n';
import { type NumberDraft, draftNumber } from '../../../lib/number-field';
import { type ValueDraft, draftToValue, valueToDraft } from '../../../lib/target-draft';

type ReportTarget = ReportResponse['targets'][number];
type ReportTask = ReportResponse['tasks'][number];

/** What the form holds while an official fills in the report. */
export interface ReportDraft {
  targets: Record<
    string,
    { value: ValueDraft; numerator: NumberDraft; denominator: NumberDraft; note: string }
  >;
  tasks: Record<
    string,
    {
      state: TaskState;
      percentDone: NumberDraft;
      note: string;
      /** By coordinating agency: its own part. */
      contributions: Record<string, { state: TaskState; note: string }>;
    }
  >;
  summary: string;
}

const numberOrEmpty = (n: number | null): NumberDraft => (n === null ? '' : n);

/** The form as the report was saved: every target and task of the plan, empty where nothing is said yet. */
export function draftFromReport(report: ReportResponse): ReportDraft {
  return {
    targets: Object.fromEntries(
      report.targets.map((t) => [
        t.code,
        {
          value: valueToDraft(t.measure, t.value),
          numerator: numberOrEmpty(t.numerator),
          denominator: numberOrEmpty(t.denominator),
          note: t.note ?? '',
        },
      ]),
    ),
    tasks: Object.fromEntries(
      report.tasks.map((task) => [
        task.taskId,
        {
          state: task.state,
          percentDone: task.percentDone,
          note: task.note ?? '',
          contributions: Object.fromEntries(
            task.coordinatingAgencies.map((agency) => {
              const given = task.contributions.find((c) => c.agency === agency);
              return [agency, { state: given?.state ?? 'not_started', note: given?.note ?? '' }];
            }),
          ),
        },
      ]),
    ),
    summary: report.summary,
  };
}

/**
 * The mark beside a target as the value is typed: met ("Đạt") or not ("Chưa đạt") by the
 * domain's targetMeets against the plan's value, or null while nothing (or no readable value) is typed.
 */
export function targetMark(
  target: Pick<ReportTarget, 'measure' | 'direction' | 'planValue'>,
  draft: ValueDraft,
): 'met' | 'missed' | null {
  const value = draftToValue(target.measure, draft);
  if (value === undefined) return null;
  if (target.measure === 'date' ? !/^\d{4}-\d{2}-\d{2}$/.test(String(value)) : typeof value !== 'number')
    return null;
  return targetMeets({ measure: target.measure, direction: target.direction, value: target.planValue }, value)
    ? 'met'
    : 'missed';
}

const textOrNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** What "Lưu nháp" sends: every target and task as the form holds them (text it cannot read goes as is, for the API to refuse on its field). */
export function saveRequestOf(report: ReportResponse, draft: ReportDraft): SaveReportRequest {
  return {
    targets: report.targets.map((t) => {
      const d = draft.targets[t.code];
      const value = d ? draftToValue(t.measure, d.value) : undefined;
      return {
        code: t.code,
        value: (value ?? null) as number | string | null,
        ...(t.measure === 'percent'
          ? {
              numerator: d ? (draftNumber(d.numerator) ?? null) : null,
              denominator: d ? (draftNumber(d.denominator) ?? null) : null,
            }
          : {}),
        note: d ? textOrNull(d.note) : null,
      };
    }),
    tasks: report.tasks.map((task) => {
      const d = draft.tasks[task.taskId];
      return {
        taskId: task.taskId,
        state: d?.state ?? task.state,
        percentDone: (d ? draftNumber(d.percentDone) : task.percentDone) ?? 0,
        note: d ? textOrNull(d.note) : task.note,
        contributions: task.coordinatingAgencies.map((agency) => ({
          agency,
          state: d?.contributions[agency]?.state ?? 'not_started',
          note: textOrNull(d?.contributions[agency]?.note ?? ''),
        })),
      };
    }),
    summary: draft.summary,
  };
}

/** Items grouped by reform area, in the plan's order of areas; areas without items left out. */
export function groupByArea<T extends { area: ReformArea }>(
  items: readonly T[],
): { area: ReformArea; items: T[] }[] {
  return REFORM_AREAS.map((area) => ({ area, items: items.filter((i) => i.area === area) })).filter(
    (g) => g.items.length > 0,
  );
}

/** The report's badge: Chưa báo cáo / Đang soạn / Đã gửi. */
export const reportStatusKey = (report: Pick<ReportResponse, 'status'>) =>
  `reports.status.${report.status}` as const;

/** Whether the unit's officer may change the report now: not submitted, and its period open (or reopened). */
export function reportEditable(
  report: Pick<ReportResponse, 'status' | 'window'>,
  mayWrite: boolean,
): boolean {
  return mayWrite && report.status !== 'submitted' && report.window === 'open';
}

/** The order the level above reads its units in: those behind first (nothing, a draft, late), then by targets missed. */
const BEHIND: Record<UnitReportStatus, number> = { missing: 0, draft: 1, late: 2, on_time: 3 };

export function unitsBehindFirst(units: RollupResponse['units']): RollupResponse['units'] {
  return [...units].sort(
    (a, b) =>
      BEHIND[a.status] - BEHIND[b.status] || b.missed - a.missed || a.unitCode.localeCompare(b.unitCode),
  );
}

/** Per reform area, targets' counts of units that met, missed, or did not report: the bar chart. */
export function areaCounts(targets: RollupResponse['targets']) {
  return groupByArea(targets).map(({ area, items }) => ({
    area,
    met: items.reduce((n, t) => n + t.met, 0),
    missed: items.reduce((n, t) => n + t.missed, 0),
    notReported: items.reduce((n, t) => n + t.notReported, 0),
  }));
}

/** How many child units stand on time, late, in draft, or missing: the donut. */
export function statusCounts(units: RollupResponse['units']): Record<UnitReportStatus, number> {
  const counts: Record<UnitReportStatus, number> = { on_time: 0, late: 0, draft: 0, missing: 0 };
  for (const u of units) counts[u.status] += 1;
  return counts;
}

/** A unit's report may be reopened by the unit above: it was submitted, or the period is locked. */
export const mayReopen = (status: UnitReportStatus, periodLocked: boolean) =>
  mayReopenReport(status === 'on_time' || status === 'late', periodLocked);

export type { ReportTask };

/** Today in Vietnam (YYYY-MM-DD), the day every period date is counted in. */
export const todayIso = (now = new Date()) => vietnamDay(now);

/** The period is locked from its `locksOn` day: reports are changed only once reopened. */
export const periodLocked = (period: { locksOn: string }, now = new Date()) =>
  isLockedAt(period.locksOn, now);

/** "đạt tối thiểu 98 %", "không quá 5 ngày", "trước ngày 30/06/2024": the plan's value as the report reads it. */
export function planValueText(
  i18n: Pick<I18n, 't' | 'formatValue'>,
  target: Pick<ReportTarget, 'measure' | 'direction' | 'planValue'>,
) {
  const value = i18n.formatValue(target.measure, target.planValue);
  if (target.measure === 'date') return i18n.t('reports.direction.date', { value });
  return i18n.t(`reports.direction.${target.direction}`, { value });
}
