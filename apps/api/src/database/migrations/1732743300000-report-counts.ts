import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each report keeps how many of its target values meet their targets and how many miss them
 * (`meets` true / false; a value left blank counts in neither), written by the save that wrote
 * the values. The roll-up's per-unit counts then add up one row per report below instead of
 * every value again: a national roll-up read the country's 536,550 values twice.
 */
export class ReportCounts1732743300000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE progress_reports
        ADD COLUMN targets_met int NOT NULL DEFAULT 0,
        ADD COLUMN targets_missed int NOT NULL DEFAULT 0;
      UPDATE progress_reports r SET targets_met = c.met, targets_missed = c.missed
      FROM (SELECT report_id, count(*) FILTER (WHERE meets)::int AS met, count(*) FILTER (WHERE NOT meets)::int AS missed
            FROM report_targets WHERE value IS NOT NULL GROUP BY report_id) c
      WHERE c.report_id = r.id;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE progress_reports DROP COLUMN targets_missed, DROP COLUMN targets_met;
    `);
  }
}
