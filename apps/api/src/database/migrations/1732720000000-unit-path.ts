import { unitTreeSql } from '@cchc/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each unit's path from its province down to itself, so that "in the subtree
 * of" is one indexed test at any depth instead of a walk up a fixed number of
 * parents (seed 001, section IV: agencies inside a commune, one level more).
 */
export class UnitPath1732720000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units ADD COLUMN path text[] NOT NULL DEFAULT '{}'`);
    await q.query(unitTreeSql.refreshPaths);
    await q.query('CREATE INDEX units_path_idx ON units USING gin (path)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE units DROP COLUMN path');
  }
}
