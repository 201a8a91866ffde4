import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The document's "Nơi nhận" list; empty: the usual recipients for the plan's level. */
export class PlanRecipients1732742000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans ADD COLUMN recipients text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans DROP COLUMN recipients');
  }
}
