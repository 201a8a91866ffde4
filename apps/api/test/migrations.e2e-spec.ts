import path from 'node:path';
import type { DataSource } from 'typeorm';
import { entityFiles, migrationFiles, openDataSource } from '../src/database/data-source.js';

/** The data source finds its migrations and entities in their folders: nothing is listed by hand. */
describe('migrations and entities', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await openDataSource(process.env.TEST_DATABASE_URL as string);
  });
  afterAll(() => dataSource.destroy());

  it('applies every file of the migrations folder, in name order, and no other', async () => {
    const files = migrationFiles().map((file) => path.basename(file));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const applied: { timestamp: string; name: string }[] = await dataSource.query(
      'SELECT timestamp, name FROM migrations ORDER BY id',
    );
    // A file is named <timestamp>-<what>.ts; its class ends in the same timestamp.
    expect(applied.map((m) => String(m.timestamp))).toEqual(files.map((f) => f.split('-')[0]));
    expect(applied.map((m) => m.name)).toEqual(
      dataSource.migrations.map((m) => m.name ?? m.constructor.name),
    );
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('indexes every foreign key: deleting a plan or a task never scans a whole table', async () => {
    // The referencing columns of each foreign key must lead some index of that table, one that
    // covers every row that can reference (a partial index only for rows where it is not null).
    const unindexed: { constraint: string }[] = await dataSource.query(
      `SELECT c.conrelid::regclass || '.' || c.conname AS constraint FROM pg_constraint c
       WHERE c.contype = 'f' AND NOT EXISTS (
         SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
           AND (i.indpred IS NULL OR pg_get_expr(i.indpred, i.indrelid) LIKE '%IS NOT NULL)')
           AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey::int2[])
       ORDER BY 1`,
    );
    expect(unindexed.map((r) => r.constraint)).toEqual([]);
  });

  it('knows every *.orm-entity file of the modules', () => {
    const files = entityFiles().map((file) => path.basename(file).replace(/\.(js|ts)$/, ''));
    expect(files).toEqual(
      expect.arrayContaining(['unit.orm-entity', 'plan.orm-entity', 'target.orm-entity', 'task.orm-entity']),
    );
    const tables = dataSource.entityMetadatas.map((m) => m.tableName).sort();
    expect(tables).toEqual(['plans', 'targets', 'tasks', 'units']);
    expect(dataSource.entityMetadatas).toHaveLength(files.length);
  });
});
