import { recountReportsSql } from '../../src/modules/reports/infrastructure/report-rows.js';
import { type Direction, type Measure, fromComparable, targetMeets, toComparable } from '@cchc/domain';
import type { TestApp } from './test-app.js';

export type FiledReport = {
  status: 'draft' | 'submitted';
  /** Submitted after the morning of its due day. */
  late?: boolean;
  /** The value per target code (as users write it: a number, or YYYY-MM-DD); null: left out. */
  values: Record<string, number | string | null>;
};

/**
 * Files a unit's progress report for a period straight into the tables, as the reports
 * module stores one: the value comparable (a date as days since 1970) and `meets` computed
 * with the domain's targetMeets against the plan's own target. For tests that read reports
 * (the roll-up) without going through the filing rules.
 */
export async function fileReport(t: TestApp, planId: string, periodKey: string, report: FiledReport) {
  const targets: { code: string; measure: Measure; direction: Direction; value: string }[] =
    await t.dataSource.query('SELECT code, measure, direction, value FROM targets WHERE plan_id = $1', [
      planId,
    ]);
  const rows = Object.entries(report.values).map(([code, value]) => {
    const target = targets.find((x) => x.code === code);
    if (!target) throw new Error(`plan ${planId} has no target ${code}`);
    if (value === null) return { code, value: null, meets: null };
    const planValue = fromComparable(target.measure, Number(target.value));
    return {
      code,
      value: toComparable(target.measure, value),
      meets: targetMeets({ measure: target.measure, direction: target.direction, value: planValue }, value),
    };
  });
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO progress_reports (plan_id, province_code, period_key, status, submitted_at, late)
     SELECT id, province_code, $2, $3, CASE WHEN $3 = 'submitted' THEN now() END, $4 FROM plans WHERE id = $1
     RETURNING id`,
    [planId, periodKey, report.status, report.late ?? false],
  );
  await t.dataSource.query(
    `INSERT INTO report_targets (report_id, plan_id, province_code, period_key, code, value, meets)
     SELECT $1, p.id, p.province_code, $3, r.code, r.value, r.meets
     FROM plans p, jsonb_to_recordset($4::jsonb) AS r (code text, value numeric, meets boolean)
     WHERE p.id = $2`,
    [id, planId, periodKey, JSON.stringify(rows)],
  );
  // The counts a save keeps with the values, as the product's save writes them.
  await t.dataSource.query(recountReportsSql('r.id = $1'), [id]);
  return id as string;
}
