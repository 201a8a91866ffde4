import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The date by which the units below must issue their plans (`childrenDueOn`), and
 * which plan of the year before a plan was started from (POST …/next-year).
 */
export class PlanDeadlines1732740500000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE plans
        ADD COLUMN children_due_on date,
        ADD COLUMN carried_from_plan_id uuid REFERENCES plans (id) ON DELETE SET NULL`);
    await q.query(
      'CREATE INDEX plans_carried_from_plan_id_idx ON plans (carried_from_plan_id) WHERE carried_from_plan_id IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plans DROP COLUMN carried_from_plan_id, DROP COLUMN children_due_on');
  }
}
