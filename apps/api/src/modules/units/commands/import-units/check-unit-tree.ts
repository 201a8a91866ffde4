import type { FieldError } from '@cchc/contracts';
import { targetRuleSql } from '@cchc/domain';
import type { EntityManager } from 'typeorm';

const rank = targetRuleSql.levelRank;
/** How many unit codes one message lists before "and N more". */
const LISTED = 5;

/**
 * Checks the tree that an import leaves behind, on the stored rows, before
 * anything walks down it: no unit is its own ancestor, and every parent-child
 * pair that touches a unit of the file steps strictly down in level
 * (province > district > commune; a commune may sit straight under a
 * province). `parseUnitCsv`/`checkParents` already judge each line against
 * its parent; this also sees the units below a line that the file does not
 * name, e.g. the districts of a province the file turns into a commune.
 * Returns one error per offending line; empty when the tree is sound.
 *
 * Both queries terminate on any data: the walk up stops at a repeat (CYCLE),
 * and the pair check is a plain join. A tree that passes has no cycle and at
 * most three levels, so the recursive province update after it is safe.
 */
export async function checkUnitTree(
  manager: EntityManager,
  changed: string[],
  lineOf: Map<string, number>,
): Promise<FieldError[]> {
  if (changed.length === 0) return [];
  const messages = new Map<number, string[]>();
  const say = (code: string, message: string) => {
    const line = lineOf.get(code);
    if (line === undefined) return;
    const list = messages.get(line) ?? [];
    list.push(message);
    messages.set(line, list);
  };

  // Every cycle runs through a unit whose parent the file set: walking up
  // from those, a cycle shows as a walk that comes back to where it began.
  const cycles: { start: string; trail: string[] }[] = await manager.query(
    `WITH RECURSIVE up (start, code, parent_code, trail) AS (
       SELECT code, code, parent_code, ARRAY[code] FROM units WHERE code = ANY($1::text[])
       UNION ALL
       SELECT up.start, p.code, p.parent_code, up.trail || p.code
       FROM up JOIN units p ON p.code = up.parent_code
     ) CYCLE code SET looped USING path
     SELECT start, trail FROM up WHERE looped AND code = start ORDER BY start`,
    [changed],
  );
  const inCycle = new Set<string>();
  for (const { start, trail } of cycles) {
    inCycle.add(start);
    say(start, `would make a cycle: ${trail.join(' → ')}; a unit cannot sit below itself`);
  }

  // Pairs whose parent the file changed are judged on the parent's line when
  // the child is not in the file; pairs with the child in the file, on its line.
  const pairs: { child: string; child_level: string; parent: string; parent_level: string }[] =
    await manager.query(
      `SELECT c.code AS child, c.level AS child_level, p.code AS parent, p.level AS parent_level
       FROM units c JOIN units p ON p.code = c.parent_code
       WHERE (c.code = ANY($1::text[]) OR p.code = ANY($1::text[]))
         AND ${rank('c.level')} <= ${rank('p.level')}
       ORDER BY p.code, c.code`,
      [changed],
    );
  const below = new Map<string, { level: string; children: Map<string, string[]> }>();
  for (const pair of pairs) {
    if (lineOf.has(pair.child)) {
      if (!inCycle.has(pair.child)) {
        say(pair.child, `a ${pair.child_level} cannot sit under a ${pair.parent_level} (${pair.parent})`);
      }
      continue;
    }
    const entry = below.get(pair.parent) ?? { level: pair.parent_level, children: new Map() };
    const codes = entry.children.get(pair.child_level) ?? [];
    codes.push(pair.child);
    entry.children.set(pair.child_level, codes);
    below.set(pair.parent, entry);
  }
  for (const [parent, { level, children }] of below) {
    if (inCycle.has(parent)) continue;
    for (const [childLevel, codes] of children) {
      const listed = codes.slice(0, LISTED).join(', ');
      const more = codes.length > LISTED ? ` and ${codes.length - LISTED} more` : '';
      say(
        parent,
        `as a ${level}, ${parent} would have ${childLevel} ${listed}${more} under it; a ${childLevel} cannot sit under a ${level}`,
      );
    }
  }
  return [...messages]
    .sort(([a], [b]) => a - b)
    .map(([line, list]) => ({ field: `line ${line}`, message: list.join('; ') }));
}
