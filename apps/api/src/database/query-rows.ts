import type { EntityManager } from 'typeorm';

/**
 * The rows a statement returns. TypeORM's raw `query` answers an UPDATE or
 * DELETE on PostgreSQL with `[rows, rowCount]` instead of the rows; this
 * always gives the rows (a row is an object, never an array).
 */
export async function queryRows<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
