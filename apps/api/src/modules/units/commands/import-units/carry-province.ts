import type { EntityManager } from 'typeorm';

/**
 * A unit the import moved to another province takes along the units below it
 * (file or not) and everything they own: plans, their targets and tasks, and
 * the users of those units all carry `province_code`. Set-based, one UPDATE
 * per table whatever the number of units or plans; each changes only rows
 * whose province differs from their unit's.
 *
 * Call it only after checkUnitTree passed: the walk down assumes no cycle.
 * Audit log and outbox rows keep the province they were written under.
 */
export async function carryProvince(manager: EntityManager, updated: string[]): Promise<void> {
  if (updated.length === 0) return;
  // A SELECT around the UPDATE, so that the query answers rows (TypeORM wraps an UPDATE's).
  const below: { code: string }[] = await manager.query(
    `WITH RECURSIVE below AS (
       SELECT code, province_code FROM units WHERE code = ANY($1::text[])
       UNION
       SELECT c.code, below.province_code FROM units c JOIN below ON c.parent_code = below.code
     ), moved AS (
       UPDATE units u SET province_code = below.province_code
       FROM below WHERE u.code = below.code AND u.province_code <> below.province_code
       RETURNING u.code
     )
     SELECT code FROM moved`,
    [updated],
  );
  // The file's own rows got their province in the upsert; the walk moved the rest.
  const units = [...new Set([...updated, ...below.map((r) => r.code)])];
  await manager.query(
    `UPDATE plans p SET province_code = u.province_code
     FROM units u WHERE u.code = p.unit_code AND u.code = ANY($1::text[]) AND p.province_code <> u.province_code`,
    [units],
  );
  for (const table of ['targets', 'tasks'] as const) {
    await manager.query(
      `UPDATE ${table} x SET province_code = p.province_code
       FROM plans p WHERE p.id = x.plan_id AND p.unit_code = ANY($1::text[])
         AND x.province_code <> p.province_code`,
      [units],
    );
  }
  await manager.query(
    `UPDATE users x SET province_code = u.province_code
     FROM units u WHERE u.code = x.unit_code AND u.code = ANY($1::text[])
       AND x.province_code IS DISTINCT FROM u.province_code`,
    [units],
  );
}
