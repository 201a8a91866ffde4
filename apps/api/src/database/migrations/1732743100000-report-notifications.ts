import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The kinds as they were before reports, and with them: fixed here, not read from the domain. */
const BEFORE = ['plan_derived', 'plan_received', 'plan_reconfirm', 'child_confirmed', 'child_issued'];
const AFTER = [...BEFORE, 'report_submitted', 'report_reopened'];

/**
 * Progress reports tell units too: the unit above that a report came in
 * (`report_submitted`), the unit below that its report was reopened (`report_reopened`).
 * The CHECK on notifications.kind lists the kinds: it is replaced.
 */
export class ReportNotifications1732743100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${list(AFTER)}));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM notifications WHERE kind NOT IN (${list(BEFORE)});
      ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${list(BEFORE)}));
    `);
  }
}
