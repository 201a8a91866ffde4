import { NOTIFICATION_KINDS } from '@cchc/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const kinds = NOTIFICATION_KINDS.map((k) => `'${k}'`).join(', ');

/**
 * Notifications belong to a unit (every user of the unit sees them); each user
 * marks them read for themself. They are written from the audit entries of a
 * change, in its transaction (`record-notifications.ts`), and name the entry.
 */
export class Notifications1732741000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        at timestamptz NOT NULL,
        province_code text NOT NULL,
        unit_code text NOT NULL REFERENCES units (code),
        kind text NOT NULL CHECK (kind IN (${kinds})),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        audit_id bigint NOT NULL,
        params jsonb NOT NULL
      )`);
    await q.query('CREATE INDEX notifications_unit_idx ON notifications (unit_code, id DESC)');
    await q.query(`
      CREATE TABLE notification_reads (
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, notification_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification_reads, notifications');
  }
}
