import { foldVietnameseSql } from '@cchc/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchText } from '../../modules/search/infrastructure/search-text.js';

/**
 * Search by text, with or without diacritics: the fold function (the SQL twin
 * of @cchc/domain's foldVietnamese) and, where PostgreSQL ships pg_trgm (the
 * embedded one does; it is a trusted extension, so the database owner may
 * create it), trigram indexes on the folded text of plans, targets and tasks,
 * which serve `LIKE '%…%'`. Without pg_trgm the search works the same, by
 * scanning: the migration does not fail for want of an extension.
 */
export class Search1732730000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(foldVietnameseSql.createFunction);
    if (!(await createTrigramExtension(q))) return;
    await q.query(
      `CREATE INDEX plans_search_idx ON plans USING gin ((${searchText.plan('plans')}) gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX targets_search_idx ON targets USING gin ((${searchText.target('targets')}) gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX tasks_search_idx ON tasks USING gin ((${searchText.task('tasks')}) gin_trgm_ops)`,
    );
    await q.query('CREATE INDEX units_search_name_idx ON units USING gin (search_name gin_trgm_ops)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'plans_search_idx',
      'targets_search_idx',
      'tasks_search_idx',
      'units_search_name_idx',
    ])
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    await q.query(`DROP FUNCTION IF EXISTS ${foldVietnameseSql.functionName}(text)`);
  }
}

/** pg_trgm, if this PostgreSQL has it and the role may create it; the transaction goes on either way. */
async function createTrigramExtension(q: QueryRunner): Promise<boolean> {
  const [available] = await q.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`);
  if (!available) return false;
  await q.query('SAVEPOINT pg_trgm');
  try {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('RELEASE SAVEPOINT pg_trgm');
    return true;
  } catch {
    await q.query('ROLLBACK TO SAVEPOINT pg_trgm');
    return false;
  }
}
