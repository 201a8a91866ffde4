import { unitTreeSql } from '@cchc/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../request-context.js';

/** Whether unit `unitCode` is `rootCode` or below it, at any depth. */
export async function unitInSubtree(m: EntityManager, unitCode: string, rootCode: string): Promise<boolean> {
  const [row] = await m.query(
    `SELECT 1 FROM units u WHERE u.code = $1 AND ${unitTreeSql.inSubtree('u', '$2::text')}`,
    [unitCode, rootCode],
  );
  return Boolean(row);
}

/** How far the caller sees a plan: 'subtree' (its own or below), 'ancestor' (a plan
 * its own plans derive from), or 'none' (it must not learn the plan exists). */
export async function planVisibility(
  m: EntityManager,
  actor: Actor,
  plan: { id: string; unit_code: string },
): Promise<'subtree' | 'ancestor' | 'none'> {
  if (actor.role === 'system_admin') return 'subtree';
  if (!actor.unitCode) return 'none';
  if (await unitInSubtree(m, plan.unit_code, actor.unitCode)) return 'subtree';
  const [above] = await m.query(`SELECT 1 WHERE $2::uuid IN (${plansAboveUnitSql('$1::text')})`, [
    actor.unitCode,
    plan.id,
  ]);
  return above ? 'ancestor' : 'none';
}

/**
 * The unit whose view of the plans the caller has, for `visiblePlansSql`; null:
 * every plan (system administrator); '-' for a user of no unit: none.
 */
export function planViewRoot(actor: Actor): string | null {
  return actor.role === 'system_admin' ? null : (actor.unitCode ?? '-');
}

/**
 * Whether the caller sees plans of unit `unitCode` at all: its own unit and those
 * below it (all their plans), or a unit above its own (the plans its own derive
 * from). Any other unit's plans are outside its view, whatever they are.
 */
export async function seesPlansOfUnit(m: EntityManager, actor: Actor, unitCode: string): Promise<boolean> {
  const root = planViewRoot(actor);
  if (root === null) return true;
  const [row] = await m.query(
    `SELECT 1 FROM units x JOIN units r ON r.code = $2
     WHERE x.code = $1 AND (${unitTreeSql.inSubtree('x', 'r.code')} OR ${unitTreeSql.inSubtree('r', 'x.code')})`,
    [unitCode, root],
  );
  return Boolean(row);
}

/** SQL condition: plan alias `p` is visible to a caller whose unit is `$n`. */
export function visiblePlansSql(unitParam: string): string {
  return `(EXISTS (SELECT 1 FROM units u
                   WHERE u.code = p.unit_code AND ${unitTreeSql.inSubtree('u', `${unitParam}::text`)})
        OR p.id IN (${plansAboveUnitSql(`${unitParam}::text`)}))`;
}

/** The plans that unit `unit`'s own plans derive from, at any depth (a SELECT of ids). */
function plansAboveUnitSql(unit: string): string {
  return `WITH RECURSIVE above AS (
      SELECT parent_plan_id AS id FROM plans WHERE unit_code = ${unit} AND parent_plan_id IS NOT NULL
      UNION
      SELECT up.parent_plan_id FROM plans up JOIN above ON up.id = above.id WHERE up.parent_plan_id IS NOT NULL
    ) SELECT id FROM above`;
}
