import {
  type PlanHistoryEntry,
  type PlanSummaryResponse,
  type TargetResponse,
  type TaskSnapshot,
  planSummaryResponse,
  targetResponse,
  taskSnapshot,
} from '@cchc/contracts';
import { formatDate } from '../../../../lib/format';
import type { I18n, MessageKey } from '../../../../lib/i18n';

/** One line of a change: a field and its value, or its value before and after. */
export type ChangeLine = { label: string; value: string } | { label: string; before: string; after: string };

/** A history entry as the screen tells it: what happened, the lines that changed, a link. */
export interface DescribedChange {
  title: string;
  /** A sentence instead of lines (a cascade's counts). */
  summary?: string;
  lines: ChangeLine[];
  /** derived_by_cascade: the plan it received from. */
  parentPlanId?: string;
}

/** Reads a row the API recorded with the contract's own schema; null if it is not one. */
function parse<T>(
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  v: unknown,
): T | null {
  const result = schema.safeParse(v);
  return result.success ? (result.data as T) : null;
}

const blank = (i18n: I18n, text: string | null | undefined) =>
  text === null || text === undefined || text.trim() === '' ? i18n.t('history.blank') : text;

/** Fields compared one by one: label and how each side is written. */
type Field<T> = [MessageKey, (row: T) => string];

function diff<T>(i18n: I18n, before: T, after: T, fields: Field<T>[]): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const [label, show] of fields) {
    const b = show(before);
    const a = show(after);
    if (b !== a) lines.push({ label: i18n.t(label), before: b, after: a });
  }
  return lines;
}

function listing<T>(i18n: I18n, row: T, fields: Field<T>[]): ChangeLine[] {
  return fields
    .map(([label, show]) => ({ label: i18n.t(label), value: show(row) }))
    .filter((l) => l.value !== i18n.t('history.blank'));
}

function targetFields(i18n: I18n): Field<TargetResponse>[] {
  const value = (v: TargetResponse['value'] | null, x: TargetResponse) =>
    v === null ? i18n.t('history.blank') : i18n.formatValue(x.measure, v);
  return [
    ['target.field.name', (x) => blank(i18n, x.name)],
    ['history.field.area', (x) => i18n.areaName(x.area)],
    ['target.field.measure', (x) => i18n.t(`measure.${x.measure}`)],
    [
      'target.field.direction',
      (x) => i18n.t(x.measure === 'date' ? `direction.date.${x.direction}` : `direction.${x.direction}`),
    ],
    ['target.field.value', (x) => value(x.value, x)],
    ['history.field.floorDistrict', (x) => value(x.levelFloors.district, x)],
    ['history.field.floorCommune', (x) => value(x.levelFloors.commune, x)],
  ];
}

function taskFields(i18n: I18n): Field<TaskSnapshot>[] {
  return [
    ['task.field.title', (x) => blank(i18n, x.title)],
    ['history.field.area', (x) => i18n.areaName(x.area)],
    ['task.field.product', (x) => blank(i18n, x.product)],
    ['task.field.lead', (x) => blank(i18n, x.leadAgency)],
    ['task.field.coordinating', (x) => blank(i18n, x.coordinatingAgencies.join('; '))],
    ['task.field.budget', (x) => i18n.formatNumber(x.budgetMillionVnd)],
    ['task.field.due', (x) => blank(i18n, i18n.formatDue(x.due))],
    [
      'history.field.cascade',
      (x) =>
        x.cascade === undefined ? i18n.t('history.blank') : i18n.t(x.cascade ? 'history.yes' : 'history.no'),
    ],
  ];
}

function planFields(i18n: I18n): Field<PlanSummaryResponse>[] {
  return [
    ['plan.field.title', (x) => blank(i18n, x.title)],
    ['plan.field.documentNumber', (x) => blank(i18n, x.documentNumber)],
    ['plan.field.legalBasis', (x) => blank(i18n, x.legalBasis.join('; '))],
    ['plan.field.objectives', (x) => blank(i18n, x.objectives)],
    ['history.field.status', (x) => i18n.t(`status.${x.status}`)],
  ];
}

/** The targets of a full plan, when a row holds one (a plan's `areas`). */
function targetsOf(plan: unknown): Map<string, TargetResponse> {
  const map = new Map<string, TargetResponse>();
  const areas = (plan as { areas?: { targets?: unknown[] }[] } | null)?.areas;
  if (!Array.isArray(areas)) return map;
  for (const area of areas)
    for (const raw of area.targets ?? []) {
      const target = parse<TargetResponse>(targetResponse, raw);
      if (target) map.set(target.code, target);
    }
  return map;
}

/** What an entry of a plan's history says, in the reader's language: before → after. */
export function describeChange(entry: PlanHistoryEntry, i18n: I18n): DescribedChange {
  const { t } = i18n;
  const target = {
    before: parse<TargetResponse>(targetResponse, entry.before),
    after: parse<TargetResponse>(targetResponse, entry.after),
  };
  const task = {
    before: parse<TaskSnapshot>(taskSnapshot, entry.before),
    after: parse<TaskSnapshot>(taskSnapshot, entry.after),
  };
  const plan = {
    before: parse<PlanSummaryResponse>(planSummaryResponse, entry.before),
    after: parse<PlanSummaryResponse>(planSummaryResponse, entry.after),
  };
  switch (entry.action) {
    case 'target_added':
    case 'target_changed':
    case 'target_removed': {
      const row = target.after ?? target.before;
      if (!row) break;
      const title = t(`history.action.${entry.action}`, { code: row.code });
      if (entry.action === 'target_changed' && target.before && target.after)
        return { title, lines: diff(i18n, target.before, target.after, targetFields(i18n)) };
      return { title, lines: listing(i18n, row, targetFields(i18n)) };
    }
    case 'task_added':
    case 'task_changed':
    case 'task_removed': {
      const row = task.after ?? task.before;
      if (!row) break;
      const title = t(`history.action.${entry.action}`);
      if (entry.action === 'task_changed' && task.before && task.after) {
        const lines = diff(i18n, task.before, task.after, taskFields(i18n));
        // Which task it was: its title, unless the title is what changed.
        if (task.before.title === task.after.title)
          lines.unshift({ label: t('task.field.title'), value: task.after.title });
        return { title, lines };
      }
      return { title, lines: listing(i18n, row, taskFields(i18n)) };
    }
    case 'plan_created':
      return {
        title: t('history.action.plan_created'),
        lines: plan.after ? listing(i18n, plan.after, planFields(i18n).slice(0, 2)) : [],
      };
    case 'plan_updated':
    case 'plan_confirmed': {
      const lines = plan.before && plan.after ? diff(i18n, plan.before, plan.after, planFields(i18n)) : [];
      // Target values, when both sides hold the plan's targets.
      const before = targetsOf(entry.before);
      const after = targetsOf(entry.after);
      for (const [code, b] of before) {
        const a = after.get(code);
        if (a && i18n.formatValue(b.measure, b.value) !== i18n.formatValue(a.measure, a.value))
          lines.push({
            label: `${t('target.field.value')} ${code}`,
            before: i18n.formatValue(b.measure, b.value),
            after: i18n.formatValue(a.measure, a.value),
          });
      }
      return { title: t(`history.action.${entry.action}`), lines };
    }
    case 'plan_cascaded': {
      const after = entry.after as { created?: unknown; updated?: unknown } | null;
      const created = typeof after?.created === 'number' ? after.created : 0;
      const updated = typeof after?.updated === 'number' ? after.updated : 0;
      return {
        title: t('history.action.plan_cascaded'),
        summary: t('history.cascaded', { count: created, updated }),
        lines: [],
      };
    }
    case 'target_inherited':
    case 'target_released': {
      const row = (entry.after ?? entry.before) as { code?: unknown } | null;
      return { title: t(`history.action.${entry.action}`, { code: String(row?.code ?? '') }), lines: [] };
    }
    case 'derived_by_cascade': {
      const after = entry.after as {
        parentPlanId?: unknown;
        status?: { from?: unknown; to?: unknown } | null;
        targetsAdded?: unknown;
        targetsRaised?: unknown;
      } | null;
      const parent = after?.parentPlanId;
      const lines: ChangeLine[] = [];
      const status = after?.status;
      if (status && typeof status.from === 'string' && typeof status.to === 'string')
        lines.push({
          label: t('history.field.status'),
          before: t(`status.${status.from}` as MessageKey),
          after: t(`status.${status.to}` as MessageKey),
        });
      if (Array.isArray(after?.targetsAdded) && after.targetsAdded.length > 0)
        lines.push({ label: t('history.field.targetsAdded'), value: after.targetsAdded.join(', ') });
      for (const r of Array.isArray(after?.targetsRaised) ? after.targetsRaised : []) {
        const { code, measure, from, to } = r as {
          code: string;
          measure: TargetResponse['measure'];
          from: number | string;
          to: number | string;
        };
        lines.push({
          label: `${t('target.field.value')} ${code}`,
          before: i18n.formatValue(measure, from),
          after: i18n.formatValue(measure, to),
        });
      }
      return {
        title: t('history.action.derived_by_cascade'),
        lines,
        ...(typeof parent === 'string' ? { parentPlanId: parent } : {}),
      };
    }
    case 'plan_issued': {
      const issued = entry.after.issued;
      if (!issued) break;
      return {
        title: t('history.action.plan_issued', { number: issued.documentNumber }),
        lines: [
          { label: t('history.field.issuedOn'), value: `${issued.place}, ${formatDate(issued.issuedOn)}` },
          { label: t('history.field.signer'), value: `${issued.signer.title} ${issued.signer.name}` },
        ],
      };
    }
    case 'plan_amended':
      return {
        title: t('history.action.plan_amended'),
        lines: entry.after.amendment
          ? [{ label: t('history.field.reason'), value: entry.after.amendment.reason }]
          : [],
      };
    case 'derived_by_amendment': {
      const { after } = entry;
      const lines: ChangeLine[] = [];
      if (after.status)
        lines.push({
          label: t('history.field.status'),
          before: t(`status.${after.status.from}`),
          after: t(`status.${after.status.to}`),
        });
      for (const target of after.targets)
        lines.push({
          label: `${t('target.field.value')} ${target.code}`,
          before: target.before === null ? t('history.blank') : reportedValue(i18n, target.before),
          after: reportedValue(i18n, target.after),
        });
      if (after.renamed.length > 0)
        lines.push({ label: t('history.field.renamed'), value: after.renamed.join(', ') });
      if (after.tasksAdded > 0)
        lines.push({ label: t('history.field.tasksAdded'), value: String(after.tasksAdded) });
      return {
        title: t('history.action.derived_by_amendment', { version: String(after.parentVersion) }),
        lines,
        parentPlanId: after.parentPlanId,
      };
    }
    case 'report_saved':
    case 'report_submitted':
    case 'report_reopened': {
      const { before, after } = entry;
      const title = t(`history.action.${entry.action}`, { period: after.period.label });
      if (entry.action === 'report_reopened')
        return {
          title,
          lines: after.reopened ? [{ label: t('history.field.reason'), value: after.reopened.reason }] : [],
        };
      if (entry.action === 'report_submitted')
        return { title, ...(after.late ? { summary: t('history.reportLate') } : {}), lines: [] };
      // A save: the values it wrote, each before → after, and how many tasks it reported on.
      const earlier = new Map((before.targets ?? []).map((x) => [x.code, x.value]));
      const lines: ChangeLine[] = (after.targets ?? [])
        .filter((x) => x.value !== (earlier.get(x.code) ?? null))
        .map((x) => ({
          label: `${t('target.field.value')} ${x.code}`,
          before: reportedValue(i18n, earlier.get(x.code) ?? null),
          after: reportedValue(i18n, x.value),
        }));
      if ((after.tasks ?? []).length > 0)
        lines.push({ label: t('history.field.tasksReported'), value: String(after.tasks?.length) });
      if (after.summary !== undefined && after.summary !== before.summary)
        lines.push({ label: t('history.field.summary'), value: after.summary || t('history.blank') });
      return { title, lines };
    }
    case 'calendar_changed': {
      const periods = (c: typeof entry.before) =>
        c.periods.map((p) => p.label).join('; ') || t('history.blank');
      const lines: ChangeLine[] = [];
      if (periods(entry.before) !== periods(entry.after))
        lines.push({
          label: t('history.field.periods'),
          before: periods(entry.before),
          after: periods(entry.after),
        });
      if (entry.before.lockDays !== entry.after.lockDays)
        lines.push({
          label: t('history.field.lockDays'),
          before: entry.before.lockDays === null ? t('history.blank') : String(entry.before.lockDays),
          after: entry.after.lockDays === null ? t('history.blank') : String(entry.after.lockDays),
        });
      return { title: t('history.action.calendar_changed'), lines };
    }
  }
  return { title: t('history.action.other', { action: entry.action }), lines: [] };
}

/** A value a report or an amendment recorded, without its measure: a date as dd/mm/yyyy, a number as written. */
function reportedValue(i18n: I18n, value: number | string | null): string {
  if (value === null) return i18n.t('history.blank');
  return typeof value === 'string' ? formatDate(value) : i18n.formatNumber(value);
}
