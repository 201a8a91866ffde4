import { REPORT_STATUSES, TARGET_REPORTING, TASK_STATES } from '@cchc/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The year after issuing: each plan's reporting calendar (its own periods; a
 * derived plan also reports on those of the plans above), each unit's report
 * per period, and what it says per target and per task. Every row carries its
 * province code, as every plan-owned row does. Report target values are stored
 * comparable (a date as days since 1970), as target values are, so the roll-up
 * compares and spreads them in SQL.
 */
export class ProgressReports1732743000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE targets ADD COLUMN reporting text NOT NULL DEFAULT 'cumulative'
        CHECK (reporting IN (${list(TARGET_REPORTING)}));
      -- Days after a period's due date that it locks; null: as the plan above says (15 at the top).
      ALTER TABLE plans ADD COLUMN report_lock_days int CHECK (report_lock_days BETWEEN 0 AND 365);

      CREATE TABLE reporting_periods (
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        province_code text NOT NULL,
        key text NOT NULL,
        position int NOT NULL,
        label text NOT NULL,
        from_on date NOT NULL,
        to_on date NOT NULL,
        due_on date NOT NULL,
        PRIMARY KEY (plan_id, key),
        CHECK (from_on <= to_on AND to_on <= due_on)
      );

      CREATE TABLE progress_reports (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        province_code text NOT NULL,
        period_key text NOT NULL,
        status text NOT NULL CHECK (status IN (${list(REPORT_STATUSES.filter((s) => s !== 'not_started'))})),
        summary text NOT NULL DEFAULT '',
        submitted_at timestamptz,
        late boolean NOT NULL DEFAULT false,
        reopened_reason text,
        reopened_at timestamptz,
        reopened_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (plan_id, period_key)
      );
      CREATE INDEX progress_reports_period ON progress_reports (period_key, plan_id);

      CREATE TABLE report_targets (
        report_id uuid NOT NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
        plan_id uuid NOT NULL,
        province_code text NOT NULL,
        period_key text NOT NULL,
        code text NOT NULL,
        value numeric,
        numerator numeric,
        denominator numeric,
        note text,
        meets boolean,
        PRIMARY KEY (report_id, code)
      );
      CREATE INDEX report_targets_plan_period ON report_targets (plan_id, period_key);

      CREATE TABLE report_tasks (
        report_id uuid NOT NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
        task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        province_code text NOT NULL,
        state text NOT NULL CHECK (state IN (${list(TASK_STATES)})),
        percent_done int NOT NULL CHECK (percent_done BETWEEN 0 AND 100),
        note text,
        -- Each coordinating agency's part: [{agency, state, note}].
        contributions jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (report_id, task_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE report_tasks;
      DROP TABLE report_targets;
      DROP TABLE progress_reports;
      DROP TABLE reporting_periods;
      ALTER TABLE plans DROP COLUMN report_lock_days;
      ALTER TABLE targets DROP COLUMN reporting;
    `);
  }
}
