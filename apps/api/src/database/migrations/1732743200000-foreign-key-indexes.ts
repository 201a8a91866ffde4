import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every foreign key gets an index on its referencing columns: without one, deleting the
 * referenced row (a task, a plan, a notification) scans the whole referencing table once per
 * deleted row. Deleting one plan of 60 tasks scanned the country's report_tasks 60 times (58 ms
 * each in the national bench); deleting a plan scanned every notification. And plans are found by
 * their unit on every request (who may see which plan): the one index with unit_code first was
 * partial (annual plans only), so that lookup read every plan of the country (8 ms).
 */
export class ForeignKeyIndexes1732743200000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX IF NOT EXISTS report_tasks_task_id_idx ON report_tasks (task_id);
      CREATE INDEX IF NOT EXISTS notifications_plan_id_idx ON notifications (plan_id);
      CREATE INDEX IF NOT EXISTS notification_reads_notification_id_idx ON notification_reads (notification_id);
      CREATE INDEX IF NOT EXISTS users_unit_code_idx ON users (unit_code);
      CREATE INDEX IF NOT EXISTS plans_unit_code_idx ON plans (unit_code);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS plans_unit_code_idx;
      DROP INDEX IF EXISTS users_unit_code_idx;
      DROP INDEX IF EXISTS notification_reads_notification_id_idx;
      DROP INDEX IF EXISTS notifications_plan_id_idx;
      DROP INDEX IF EXISTS report_tasks_task_id_idx;
    `);
  }
}
