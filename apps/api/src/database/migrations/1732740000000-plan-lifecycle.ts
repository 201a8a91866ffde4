import { PLAN_STATUSES } from '@cchc/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const statuses = (list: readonly string[]) => list.map((s) => `'${s}'`).join(', ');

/**
 * Plans are issued (ban hành) and amended: the statuses of the lifecycle table,
 * how the version in force was issued (number, date, place, signer), and every
 * issued version kept as it was signed, with the reason of an amendment.
 */
export class PlanLifecycle1732740000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plans DROP CONSTRAINT plans_status_check`);
    await q.query(
      `ALTER TABLE plans ADD CONSTRAINT plans_status_check CHECK (status IN (${statuses(PLAN_STATUSES)}))`,
    );
    await q.query(`
      ALTER TABLE plans
        ADD COLUMN document_version integer NOT NULL DEFAULT 0,
        ADD COLUMN issued_on date,
        ADD COLUMN issue_place text,
        ADD COLUMN signer jsonb,
        ADD COLUMN issued_at timestamptz,
        ADD COLUMN issued_by text,
        ADD COLUMN amendment_reason text,
        ADD COLUMN reconfirm jsonb`);
    await q.query(`
      CREATE TABLE plan_versions (
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        province_code text NOT NULL,
        document_number text NOT NULL,
        issued_on date NOT NULL,
        place text NOT NULL,
        signer jsonb NOT NULL,
        reason text,
        issued_at timestamptz NOT NULL,
        issued_by text,
        plan jsonb NOT NULL,
        PRIMARY KEY (plan_id, number)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE plan_versions');
    await q.query(`
      ALTER TABLE plans DROP COLUMN document_version, DROP COLUMN issued_on, DROP COLUMN issue_place,
        DROP COLUMN signer, DROP COLUMN issued_at, DROP COLUMN issued_by, DROP COLUMN amendment_reason, DROP COLUMN reconfirm`);
    await q.query(`ALTER TABLE plans DROP CONSTRAINT plans_status_check`);
    await q.query(
      `ALTER TABLE plans ADD CONSTRAINT plans_status_check CHECK (status IN ('draft', 'derived', 'confirmed'))`,
    );
  }
}
