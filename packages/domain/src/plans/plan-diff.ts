/**
 * What changed between two versions of a plan (an issued version and the next,
 * or the working copy): header fields changed, and targets (by code) and tasks
 * (by id) added, removed and changed, each change with its field, before and after.
 * The shapes are the plan's JSON; fields are compared by value.
 */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChanges<K extends string> {
  added: Array<Record<K, string> & Record<string, unknown>>;
  removed: Array<Record<K, string> & Record<string, unknown>>;
  changed: Array<Record<K, string> & { changes: FieldChange[] }>;
}

export interface DiffablePlan {
  header: Record<string, unknown>;
  targets: Array<{ code: string } & Record<string, unknown>>;
  tasks: Array<{ id: string } & Record<string, unknown>>;
}

export interface PlanDiff {
  header: FieldChange[];
  targets: ItemChanges<'code'>;
  tasks: ItemChanges<'id'>;
}

/** JSON with object keys sorted: two values are equal when their texts are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The fields whose values differ, in the order of `before`'s keys, then `after`'s new ones. */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: readonly string[] = [],
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => !ignore.includes(f),
  );
  return fields
    .filter((field) => canonical(before[field] ?? null) !== canonical(after[field] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

function itemChanges<K extends string, T extends Record<K, string> & Record<string, unknown>>(
  key: K,
  before: T[],
  after: T[],
): ItemChanges<K> {
  const was = new Map(before.map((item) => [item[key], item]));
  const is = new Map(after.map((item) => [item[key], item]));
  const changed: ItemChanges<K>['changed'] = [];
  for (const [id, item] of is) {
    const old = was.get(id);
    if (!old) continue;
    const changes = fieldChanges(old, item, [key]);
    if (changes.length > 0)
      changed.push({ [key]: id, changes } as Record<K, string> & { changes: FieldChange[] });
  }
  return {
    added: after.filter((item) => !was.has(item[key])),
    removed: before.filter((item) => !is.has(item[key])),
    changed,
  };
}

export function planDiff(from: DiffablePlan, to: DiffablePlan): PlanDiff {
  return {
    header: fieldChanges(from.header, to.header),
    targets: itemChanges('code', from.targets, to.targets),
    tasks: itemChanges('id', from.tasks, to.tasks),
  };
}

/** Whether two versions differ at all. */
export const planDiffIsEmpty = (diff: PlanDiff): boolean =>
  diff.header.length === 0 &&
  [diff.targets, diff.tasks].every((c) => c.added.length + c.removed.length + c.changed.length === 0);
