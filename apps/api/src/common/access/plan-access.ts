import type { EntityManager } from 'typeorm';
import type { Actor } from '../request-context.js';

/** Units have three levels at most, so "in the subtree of" is a two-step walk up. */
export async function unitInSubtree(m: EntityManager, unitCode: string, rootCode: string): Promise<boolean> {
  const [row] = await m.query(
    `SELECT 1 FROM units u LEFT JOIN units p ON p.code = u.parent_code
     WHERE u.code = $1 AND $2 IN (u.code, u.parent_code, p.parent_code)`,
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
  const [above] = await m.query(
    `SELECT 1 FROM plans mine LEFT JOIN plans up ON up.id = mine.parent_plan_id
     WHERE mine.unit_code = $1 AND $2 IN (mine.parent_plan_id, up.parent_plan_id)`,
    [actor.unitCode, plan.id],
  );
  return above ? 'ancestor' : 'none';
}

/** SQL condition: plan alias `p` is visible to a caller whose unit is `$n`. */
export function visiblePlansSql(unitParam: string): string {
  return `(EXISTS (SELECT 1 FROM units u LEFT JOIN units pu ON pu.code = u.parent_code
                   WHERE u.code = p.unit_code AND ${unitParam} IN (u.code, u.parent_code, pu.parent_code))
        OR EXISTS (SELECT 1 FROM plans mine LEFT JOIN plans up ON up.id = mine.parent_plan_id
                   WHERE mine.unit_code = ${unitParam} AND p.id IN (mine.parent_plan_id, up.parent_plan_id)))`;
}
