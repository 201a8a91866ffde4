import type { PlanDiffResponse, PlanResponse, TargetResponse, TaskResponse } from '@cchc/contracts';
import type { Measure, ReformArea, TargetValue } from '@cchc/domain';
import type { I18n, MessageKey } from '../../../../lib/i18n';

/** A field that changed, as the reader reads it: "Giá trị chỉ tiêu: 98 % → 99 %". */
export interface DiffLine {
  label: string;
  before: string;
  after: string;
}

/** A target or task the version added, removed or changed, named as the plan names it. */
export interface DiffItem {
  key: string;
  title: string;
  /** For an added or removed target its value; for a changed item each field before → after. */
  detail?: string;
  lines: DiffLine[];
}

export interface DescribedDiff {
  header: DiffLine[];
  targets: { added: DiffItem[]; removed: DiffItem[]; changed: DiffItem[] };
  tasks: { added: DiffItem[]; removed: DiffItem[]; changed: DiffItem[] };
  empty: boolean;
}

type Change = { field: string; before: unknown; after: unknown };

const HEADER_LABELS: Record<string, MessageKey> = {
  title: 'plan.field.title',
  documentNumber: 'plan.field.documentNumber',
  legalBasis: 'plan.field.legalBasis',
  objectives: 'plan.field.objectives',
};

function text(i18n: I18n, v: unknown): string {
  if (v === null || v === undefined || v === '') return i18n.t('history.blank');
  if (Array.isArray(v)) return v.length === 0 ? i18n.t('history.blank') : v.map(String).join('; ');
  return String(v);
}

const isValue = (v: unknown): v is TargetValue => typeof v === 'number' || typeof v === 'string';

function targetLines(i18n: I18n, measure: Measure, change: Change): DiffLine[] {
  const value = (v: unknown) => (isValue(v) ? i18n.formatValue(measure, v) : i18n.t('history.blank'));
  const line = (label: MessageKey, show: (v: unknown) => string) => [
    { label: i18n.t(label), before: show(change.before), after: show(change.after) },
  ];
  switch (change.field) {
    case 'name':
      return line('target.field.name', (v) => text(i18n, v));
    case 'area':
      return line('history.field.area', (v) =>
        typeof v === 'string' ? i18n.areaName(v as ReformArea) : text(i18n, v),
      );
    case 'measure':
      return line('target.field.measure', (v) => i18n.t(`measure.${String(v)}` as MessageKey));
    case 'direction':
      return line('target.field.direction', (v) => i18n.t(`direction.${String(v)}` as MessageKey));
    case 'value':
      return line('target.field.value', value);
    case 'floor':
      return line('diff.field.floor', value);
    case 'levelFloors': {
      // One line per level whose floor moved.
      const b = (change.before ?? {}) as Record<string, unknown>;
      const a = (change.after ?? {}) as Record<string, unknown>;
      return (['district', 'commune'] as const)
        .filter((l) => (b[l] ?? null) !== (a[l] ?? null))
        .map((l) => ({
          label: i18n.t(l === 'district' ? 'history.field.floorDistrict' : 'history.field.floorCommune'),
          before: value(b[l]),
          after: value(a[l]),
        }));
    }
    default:
      // Links between plans (parentTargetId): not a change a reader reads.
      return [];
  }
}

function taskLines(i18n: I18n, change: Change): DiffLine[] {
  const yesNo = (v: unknown) => i18n.t(v ? 'history.yes' : 'history.no');
  const labels: Record<string, [MessageKey, (v: unknown) => string]> = {
    title: ['task.field.title', (v) => text(i18n, v)],
    area: [
      'history.field.area',
      (v) => (typeof v === 'string' ? i18n.areaName(v as ReformArea) : text(i18n, v)),
    ],
    product: ['task.field.product', (v) => text(i18n, v)],
    leadAgency: ['task.field.lead', (v) => text(i18n, v)],
    coordinatingAgencies: ['task.field.coordinating', (v) => text(i18n, v)],
    budgetMillionVnd: [
      'task.field.budget',
      (v) => (typeof v === 'number' ? i18n.formatNumber(v) : text(i18n, v)),
    ],
    due: ['task.field.due', (v) => (typeof v === 'string' ? i18n.formatDue(v) : text(i18n, v))],
    cascade: ['history.field.cascade', yesNo],
    mandated: ['diff.field.mandated', yesNo],
  };
  const entry = labels[change.field];
  if (!entry) return [];
  const [label, show] = entry;
  return [{ label: i18n.t(label), before: show(change.before), after: show(change.after) }];
}

const targetItem = (i18n: I18n, x: TargetResponse): DiffItem => ({
  key: x.code,
  title: `${x.code} ${x.name}`,
  detail: i18n.formatValue(x.measure, x.value),
  lines: [],
});
const taskItem = (x: TaskResponse): DiffItem => ({ key: x.id, title: x.title, lines: [] });

/**
 * The API's diff of two versions in the reader's language: header fields old → new; targets
 * and tasks added, removed and changed, each value written with its unit ("98 %" → "99 %").
 * `from` and `to` are the two versions compared: they give a changed target its measure and a
 * changed task its title.
 */
export function describePlanDiff(
  diff: PlanDiffResponse,
  sides: { from?: PlanResponse; to?: PlanResponse },
  i18n: I18n,
): DescribedDiff {
  const targetsOf = (plan?: PlanResponse) =>
    new Map((plan?.areas ?? []).flatMap((a) => a.targets).map((x) => [x.code, x]));
  const tasksOf = (plan?: PlanResponse) =>
    new Map((plan?.areas ?? []).flatMap((a) => a.tasks).map((x) => [x.id, x]));
  const [toTargets, fromTargets] = [targetsOf(sides.to), targetsOf(sides.from)];
  const [toTasks, fromTasks] = [tasksOf(sides.to), tasksOf(sides.from)];

  const header = diff.header.flatMap((c) => {
    const label = HEADER_LABELS[c.field];
    return label ? [{ label: i18n.t(label), before: text(i18n, c.before), after: text(i18n, c.after) }] : [];
  });
  const targetsChanged = diff.targets.changed
    .map(({ code, changes }) => {
      const target = toTargets.get(code) ?? fromTargets.get(code);
      const measure =
        (changes.find((c) => c.field === 'measure')?.after as Measure | undefined) ??
        target?.measure ??
        'count';
      return {
        key: code,
        title: target ? `${code} ${target.name}` : i18n.t('diff.target', { code }),
        lines: changes.flatMap((c) => targetLines(i18n, measure, c)),
      };
    })
    .filter((item) => item.lines.length > 0);
  const tasksChanged = diff.tasks.changed
    .map(({ id, changes }) => ({
      key: id,
      title: (toTasks.get(id) ?? fromTasks.get(id))?.title ?? '',
      lines: changes.flatMap((c) => taskLines(i18n, c)),
    }))
    .filter((item) => item.lines.length > 0);

  const described: Omit<DescribedDiff, 'empty'> = {
    header,
    targets: {
      added: diff.targets.added.map((x) => targetItem(i18n, x)),
      removed: diff.targets.removed.map((x) => targetItem(i18n, x)),
      changed: targetsChanged,
    },
    tasks: {
      added: diff.tasks.added.map(taskItem),
      removed: diff.tasks.removed.map(taskItem),
      changed: tasksChanged,
    },
  };
  const count =
    header.length +
    [described.targets, described.tasks].reduce(
      (n, c) => n + c.added.length + c.removed.length + c.changed.length,
      0,
    );
  return { ...described, empty: count === 0 };
}
