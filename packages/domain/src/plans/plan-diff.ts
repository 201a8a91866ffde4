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

type Item = object;

export interface ItemChanges<T extends Item, K extends string> {
  added: T[];
  removed: T[];
  changed: Array<Record<K, string> & { changes: FieldChange[] }>;
}

export interface DiffablePlan<
  T extends { code: string } = { code: string },
  S extends { id: string } = { id: string },
> {
  header: Record<string, unknown>;
  targets: T[];
  tasks: S[];
}

export interface PlanDiff<
  T extends { code: string } = { code: string },
  S extends { id: string } = { id: string },
> {
  header: FieldChange[];
  targets: ItemChanges<T, 'code'>;
  tasks: ItemChanges<S, 'id'>;
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
export function fieldChanges(before: Item, after: Item, ignore: readonly string[] = []): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => !ignore.includes(f),
  );
  return fields
    .filter((field) => canonical(b[field] ?? null) !== canonical(a[field] ?? null))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

function itemChanges<K extends string, T extends Record<K, string>>(
  key: K,
  before: T[],
  after: T[],
): ItemChanges<T, K> {
  const was = new Map(before.map((item) => [item[key], item]));
  const is = new Map(after.map((item) => [item[key], item]));
  const changed: ItemChanges<T, K>['changed'] = [];
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

export function planDiff<T extends { code: string }, S extends { id: string }>(
  from: DiffablePlan<T, S>,
  to: DiffablePlan<T, S>,
): PlanDiff<T, S> {
  return {
    header: fieldChanges(from.header, to.header),
    targets: itemChanges('code', from.targets, to.targets),
    tasks: itemChanges('id', from.tasks, to.tasks),
  };
}

/** Whether two versions differ at all. */
export const planDiffIsEmpty = <T extends { code: string }, S extends { id: string }>(
  diff: PlanDiff<T, S>,
): boolean =>
  diff.header.length === 0 &&
  [diff.targets, diff.tasks].every((c) => c.added.length + c.removed.length + c.changed.length === 0);
