import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { NestFactory } from '@nestjs/core';
import { STANDARD_REFORM_AREAS, targetRuleSql as rule } from '@cchc/domain';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module.js';
import { openDataSource } from '../database/data-source.js';
import { UNITS_2024_CSV } from '../modules/units/infrastructure/unit-files.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { ImportUnitsCommand } from '../modules/units/commands/import-units/import-units.command.js';
import { AmendPlanCommand } from '../modules/plans/commands/amend-plan/amend-plan.command.js';
import { CascadePlanCommand } from '../modules/plans/commands/cascade-plan/cascade-plan.command.js';
import { IssuePlanCommand } from '../modules/plans/commands/issue-plan/issue-plan.command.js';
import { runComplianceQuery } from '../modules/plans/infrastructure/compliance.sql.js';
import { GetPlanQuery } from '../modules/plans/queries/get-plan/get-plan.query.js';
import { GetRollupQuery } from '../modules/rollup/queries/get-rollup/get-rollup.query.js';
import { recountReportsSql } from '../modules/reports/infrastructure/report-rows.js';
import { fileThroughCommands } from './report-filing.js';
import { countRollup, subtreeOf } from '../modules/rollup/rollup.sql.js';

/**
 * `pnpm bench`: the national cascade at real scale, on a fresh embedded
 * PostgreSQL (or BENCH_DATABASE_URL, which it empties). Every figure is
 * compared with a raw baseline measured in the same run on the same database.
 */
const TARGETS_PER_PLAN = 50;
const TASKS_PER_PLAN = 60;
const PLAN_READS = 201;
/** Each district and commune files its Q1 report with this many target values and task states. */
const REPORT_TARGETS = 50;
const REPORT_TASKS = 60;
/** Roll-ups are timed this many times each (product and raw, alternately): the median is printed. */
const ROLLUP_RUNS = 5;
/** How many plans file their report through the reports module's commands (the rest in bulk). */
const REPORTS_THROUGH_COMMANDS = 300;

interface Row {
  step: string;
  rows: number;
  ms: number;
  baselineMs?: number;
  aim?: string;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const count = async (ds: DataSource, sql: string) => Number((await ds.query(sql))[0].n);

/** 63 provincial 2024 plans of 50 targets (some with level floors, some at-most) and 60 tasks. */
async function createProvincialPlans(ds: DataSource) {
  await ds.query(
    // Issued: only an issued plan is passed down (the lifecycle table).
    `INSERT INTO plans (province_code, unit_code, year, kind, title, status, document_number, document_version,
                       issued_on, issue_place, signer, issued_at)
     SELECT code, code, 2024, 'annual', 'Kế hoạch Thực hiện cải cách hành chính năm 2024', 'issued',
            '218/KH-UBND', 1, '2023-12-19', name, '{"name":"Nguyễn Văn Minh","title":"Chủ tịch","capacity":"TM"}', now()
     FROM units WHERE level = 'province' ORDER BY code`,
  );
  await ds.query(
    `INSERT INTO targets (plan_id, province_code, code, name, area, measure, direction, value, floor_district, floor_commune)
     SELECT p.id, p.province_code, 'CT-' || lpad(g::text, 2, '0'), 'Chỉ tiêu số ' || g,
            ($1::text[])[1 + g % 7], 'percent',
            CASE WHEN g % 10 = 0 THEN 'at_most' ELSE 'at_least' END,
            50 + g % 40,
            CASE WHEN g % 5 = 1 THEN 45 + g % 40 END,
            CASE WHEN g % 5 = 1 THEN 40 + g % 40 END
     FROM plans p CROSS JOIN generate_series(1, ${TARGETS_PER_PLAN}) g
     WHERE p.parent_plan_id IS NULL ORDER BY p.id, g`,
    [STANDARD_REFORM_AREAS],
  );
  await ds.query(
    `INSERT INTO tasks (plan_id, province_code, title, area, product, lead_agency, coordinating_agencies, budget_million_vnd, due)
     SELECT p.id, p.province_code, 'Nhiệm vụ số ' || g, ($1::text[])[1 + g % 7], 'Báo cáo', 'Sở Nội vụ',
            ARRAY['Các sở, ban, ngành'], g * 10, '2024-Q' || (1 + g % 4)
     FROM plans p CROSS JOIN generate_series(1, ${TASKS_PER_PLAN}) g
     WHERE p.parent_plan_id IS NULL ORDER BY p.id, g`,
    [STANDARD_REFORM_AREAS],
  );
}

/** The same rows the cascade writes, by one hand-written INSERT ... SELECT per table and level. */
async function rawCascade(ds: DataSource) {
  for (const level of ['district', 'commune']) {
    await ds.query(
      `INSERT INTO plans (province_code, unit_code, year, kind, title, legal_basis, objectives, status, parent_plan_id)
       SELECT pp.province_code, u.code, pp.year, pp.kind, pp.title, ARRAY['Căn cứ ' || pp.title], pp.objectives, 'derived', pp.id
       FROM plans pp JOIN units u ON u.parent_code = pp.unit_code
       WHERE u.level = $1 ORDER BY u.code`,
      [level],
    );
    await ds.query(
      `INSERT INTO targets (plan_id, province_code, code, name, area, measure, direction, value, floor_district, floor_commune, parent_target_id)
       SELECT c.id, pt.province_code, pt.code, pt.name, pt.area, pt.measure, pt.direction,
              COALESCE(CASE $1 WHEN 'district' THEN pt.floor_district ELSE pt.floor_commune END, pt.value),
              NULL, CASE WHEN $1 = 'district' THEN pt.floor_commune END, pt.id
       FROM plans c JOIN units u ON u.code = c.unit_code JOIN targets pt ON pt.plan_id = c.parent_plan_id
       WHERE u.level = $1 ORDER BY c.id, pt.id`,
      [level],
    );
    await ds.query(
      `INSERT INTO tasks (plan_id, province_code, title, area, product, due, parent_task_id)
       SELECT c.id, pt.province_code, pt.title, pt.area, pt.product, pt.due, pt.id
       FROM plans c JOIN units u ON u.code = c.unit_code JOIN tasks pt ON pt.plan_id = c.parent_plan_id
       WHERE u.level = $1 ORDER BY c.id, pt.id`,
      [level],
    );
  }
}

/**
 * What the national amendment writes, by hand: for districts and then communes, raise the
 * inherited targets below their parent's floor, add the new targets and tasks, and mark the
 * plans to be confirmed again, one statement each. Rolled back: it only measures. Answers the
 * rows it wrote.
 */
async function rawAmendment(ds: DataSource): Promise<number> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    let rows = 0;
    const run = async (sql: string, params: unknown[]) => {
      const [, n] = await runner.query(sql, params, true).then((r) => [r.records, r.affected ?? 0]);
      rows += Number(n);
    };
    for (const level of ['district', 'commune']) {
      const floor = (pt: string) =>
        `COALESCE(CASE $1 WHEN 'district' THEN ${pt}.floor_district ELSE ${pt}.floor_commune END, ${pt}.value)`;
      await run(
        `UPDATE targets t SET value = CASE WHEN t.direction = 'at_least' THEN GREATEST(t.value, ${floor('pt')}) ELSE LEAST(t.value, ${floor('pt')}) END
         FROM targets pt, plans c, units u
         WHERE t.parent_target_id = pt.id AND c.id = t.plan_id AND u.code = c.unit_code AND u.level = $1
           AND t.value IS DISTINCT FROM CASE WHEN t.direction = 'at_least' THEN GREATEST(t.value, ${floor('pt')}) ELSE LEAST(t.value, ${floor('pt')}) END`,
        [level],
      );
      await run(
        `INSERT INTO targets (plan_id, province_code, code, name, area, measure, direction, value, floor_district, floor_commune, parent_target_id)
         SELECT c.id, pt.province_code, pt.code, pt.name, pt.area, pt.measure, pt.direction, ${floor('pt')},
                NULL, CASE WHEN $1 = 'district' THEN pt.floor_commune END, pt.id
         FROM plans c JOIN units u ON u.code = c.unit_code JOIN targets pt ON pt.plan_id = c.parent_plan_id
         WHERE u.level = $1 AND NOT EXISTS (SELECT 1 FROM targets x WHERE x.plan_id = c.id AND x.code = pt.code)`,
        [level],
      );
      await run(
        `INSERT INTO tasks (plan_id, province_code, title, area, product, due, parent_task_id)
         SELECT c.id, pt.province_code, pt.title, pt.area, pt.product, pt.due, pt.id
         FROM plans c JOIN units u ON u.code = c.unit_code JOIN tasks pt ON pt.plan_id = c.parent_plan_id
         WHERE u.level = $1 AND NOT EXISTS (SELECT 1 FROM tasks x WHERE x.plan_id = c.id AND x.parent_task_id = pt.id)`,
        [level],
      );
      await run(
        `UPDATE plans c SET status = 'derived', version = version + 1, reconfirm = '{}'::jsonb
         FROM units u WHERE u.code = c.unit_code AND u.level = $1 AND c.parent_plan_id IS NOT NULL`,
        [level],
      );
    }
    return rows;
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/**
 * Every district and commune plan submits its Q1 report: REPORT_TARGETS target values (near its
 * own target, some above and some below, one plan in seven late) and REPORT_TASKS task states,
 * by one INSERT … SELECT per table over the whole country. `meets` is the domain's rule in SQL
 * (not weaker than the plan's own value). Plans in `filed` (those that filed through the reports
 * commands) are left out. Answers the rows written.
 */
async function rawFiling(ds: DataSource, filed: string[]): Promise<number> {
  await ds.query(
    `INSERT INTO progress_reports (plan_id, province_code, period_key, status, summary, submitted_at, late)
     SELECT p.id, p.province_code, 'q1', 'submitted', 'Báo cáo kết quả thực hiện quý I',
            CASE WHEN abs(hashtext(p.id::text)) % 7 = 0 THEN timestamptz '2024-03-18 09:00+07' ELSE timestamptz '2024-03-14 09:00+07' END,
            abs(hashtext(p.id::text)) % 7 = 0
     FROM plans p WHERE p.parent_plan_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM unnest($1::uuid[]) f (id) WHERE f.id = p.id) ORDER BY p.id`,
    [filed],
  );
  // As autovacuum soon would: the statistics knew only the reports filed one by one.
  await ds.query('ANALYZE progress_reports');
  await ds.query(
    `INSERT INTO report_targets (report_id, plan_id, province_code, period_key, code, value, meets)
     SELECT r.id, r.plan_id, r.province_code, 'q1', t.code, v.value,
            NOT ${rule.isWeaker('t.direction', 'v.value', 't.value')}
     FROM progress_reports r JOIN targets t ON t.plan_id = r.plan_id
     CROSS JOIN LATERAL (SELECT least(100, greatest(0, t.value + abs(hashtext(r.plan_id::text || t.code)) % 13 - 6)) AS value) v
     WHERE r.period_key = 'q1' AND NOT EXISTS (SELECT 1 FROM unnest($1::uuid[]) f (id) WHERE f.id = r.plan_id) AND t.code <= 'CT-${String(REPORT_TARGETS).padStart(2, '0')}'
     ORDER BY r.id, t.code`,
    [filed],
  );
  // Each report's counts of values met and missed, as saving through the product writes them.
  await ds.query(
    recountReportsSql(
      `r.period_key = 'q1' AND NOT EXISTS (SELECT 1 FROM unnest($1::uuid[]) f (id) WHERE f.id = r.plan_id)`,
    ),
    [filed],
  );
  await ds.query(
    `INSERT INTO report_tasks (report_id, task_id, province_code, state, percent_done)
     SELECT r.id, k.id, r.province_code,
            (ARRAY['not_started', 'in_progress', 'done'])[1 + abs(hashtext(k.id::text)) % 3],
            (ARRAY[0, 50, 100])[1 + abs(hashtext(k.id::text)) % 3]
     FROM progress_reports r
     CROSS JOIN LATERAL (SELECT id FROM tasks WHERE plan_id = r.plan_id ORDER BY id LIMIT ${REPORT_TASKS}) k
     WHERE r.period_key = 'q1' AND NOT EXISTS (SELECT 1 FROM unnest($1::uuid[]) f (id) WHERE f.id = r.plan_id)`,
    [filed],
  );
  return count(
    ds,
    `SELECT (SELECT count(*) FROM progress_reports) + (SELECT count(*) FROM report_targets) + (SELECT count(*) FROM report_tasks) AS n`,
  );
}

/**
 * The raw aggregate a roll-up is compared with, over the same rows: a plain GROUP BY code over
 * the period's report_targets of the subtree (its plans given as a list, found beforehand and not
 * timed), and the per-child count with the depth the country has written in (a district counts
 * itself and its communes). No subtree walk, no not-reported count, no names.
 */
async function rawRollup(ds: DataSource, rootIds: string[], planIds: string[]) {
  await ds.query(
    `SELECT rt.code, count(*) FILTER (WHERE rt.meets), count(*) FILTER (WHERE NOT rt.meets), min(rt.value),
            percentile_cont(0.5) WITHIN GROUP (ORDER BY rt.value::float8), max(rt.value)
     FROM report_targets rt JOIN progress_reports r ON r.id = rt.report_id AND r.status = 'submitted'
     WHERE rt.period_key = 'q1' AND rt.plan_id = ANY($1::uuid[])
     GROUP BY rt.code`,
    [planIds],
  );
  await ds.query(
    `SELECT CASE WHEN p.parent_plan_id = ANY($1::uuid[]) THEN p.id ELSE p.parent_plan_id END AS child,
            count(*) FILTER (WHERE rt.meets), count(*) FILTER (WHERE NOT rt.meets)
     FROM report_targets rt JOIN progress_reports r ON r.id = rt.report_id AND r.status = 'submitted'
     JOIN plans p ON p.id = rt.plan_id
     WHERE rt.period_key = 'q1' AND rt.plan_id = ANY($2::uuid[])
     GROUP BY 1`,
    [rootIds, planIds],
  );
}

/** The median of `runs` timings of `product` and of `raw`, run alternately. */
async function medianTimings(runs: number, product: () => Promise<unknown>, raw: () => Promise<unknown>) {
  const [p, r]: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    p.push((await timed(product))[1]);
    r.push((await timed(raw))[1]);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return { ms: median(p), baselineMs: median(r) };
}

async function main(): Promise<number> {
  Logger.overrideLogger(['error', 'warn']);
  const external = process.env.BENCH_DATABASE_URL;
  const dataDir = external ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-'));
  const db = external ? null : await startEmbeddedPostgres({ dataDir: dataDir as string, persistent: false });
  // National-scale statements are what is measured here: no time limit on them.
  const ds = await openDataSource(external ?? (db?.url as string), { statementTimeoutMs: 0 });
  if (db) {
    // A fresh cluster creates each 16 MB WAL segment by writing zeros; a used one recycles them.
    // The national cascade, first to write, then paid for about a gigabyte of new segments that
    // its raw baseline, measured after it, found ready: up to twice its time on these disks.
    // Without zero-filling and with room for the whole cascade's WAL between checkpoints, both
    // write on the same footing.
    await ds.query(`ALTER SYSTEM SET wal_init_zero = off`);
    await ds.query(`ALTER SYSTEM SET max_wal_size = '4GB'`);
    await ds.query('SELECT pg_reload_conf()');
  }
  const app = await NestFactory.createApplicationContext(
    AppModule.forDataSource(ds, { embedded: !external }),
    {
      logger: ['error', 'warn'],
    },
  );
  const commands = app.get(CommandBus);
  const queries = app.get(QueryBus);
  const results: Row[] = [];
  const print = (r: Row) => {
    results.push(r);
    const ratio = r.baselineMs
      ? ` ${(r.ms / r.baselineMs).toFixed(2)}× raw (${Math.round(r.baselineMs)} ms)`
      : '';
    console.log(
      `${r.step.padEnd(44)} ${String(r.rows).padStart(9)} rows ${Math.round(r.ms).toString().padStart(7)} ms${ratio}`,
    );
  };
  try {
    await ds.query('TRUNCATE tasks, targets, plans, units, app_meta CASCADE');
    console.log(
      `cchc bench: PostgreSQL ${(await ds.query('SHOW server_version'))[0].server_version}, ${os.cpus().length} cores\n`,
    );

    const csv = fs.readFileSync(UNITS_2024_CSV, 'utf8');
    const [imported, importMs] = await timed(() => commands.execute(new ImportUnitsCommand(csv)));
    print({
      step: 'import the 2024 country (units-2024.csv)',
      rows: imported.total,
      ms: importMs,
      aim: '< 10 s',
    });

    const [, setupMs] = await timed(() => createProvincialPlans(ds));
    print({
      step: `63 provincial plans × ${TARGETS_PER_PLAN} targets × ${TASKS_PER_PLAN} tasks`,
      rows:
        (await count(ds, 'SELECT count(*) n FROM targets')) +
        (await count(ds, 'SELECT count(*) n FROM tasks')),
      ms: setupMs,
    });

    // The product: every province cascades to its districts, then every district to its communes.
    const provincial: { id: string }[] = await ds.query(
      'SELECT id FROM plans WHERE parent_plan_id IS NULL ORDER BY unit_code',
    );
    const [, provincesMs] = await timed(async () => {
      for (const p of provincial) await commands.execute(new CascadePlanCommand(p.id));
    });
    // Each district confirms and issues its plan before passing it down (not measured: the
    // districts do it one by one over weeks).
    await ds.query(
      `UPDATE plans p SET status = 'issued', document_number = '12/KH-UBND', document_version = 1, issued_on = '2024-01-05',
         issue_place = u.name, signer = '{"name":"Kim Thái Phong","title":"Chủ tịch","capacity":"TM"}', issued_at = now()
       FROM units u WHERE u.code = p.unit_code AND u.level = 'district'`,
    );
    const [, districtsMs] = await timed(async () => {
      const district: { id: string }[] = await ds.query(
        `SELECT p.id FROM plans p JOIN units u ON u.code = p.unit_code WHERE u.level = 'district' ORDER BY p.unit_code`,
      );
      for (const p of district) await commands.execute(new CascadePlanCommand(p.id));
    });
    const cascadeMs = provincesMs + districtsMs;
    if (process.env.BENCH_ONLY === 'cascade') {
      // Profiling the cascade alone (with pg_stat_statements on BENCH_DATABASE_URL, say).
      console.log(
        `national cascade: provinces ${Math.round(provincesMs)} ms, districts ${Math.round(districtsMs)} ms`,
      );
      return 0;
    }
    const derivedPlans = await count(ds, 'SELECT count(*) n FROM plans WHERE parent_plan_id IS NOT NULL');
    const derivedTargets = await count(
      ds,
      'SELECT count(*) n FROM targets WHERE parent_target_id IS NOT NULL',
    );
    const derivedTasks = await count(ds, 'SELECT count(*) n FROM tasks WHERE parent_task_id IS NOT NULL');
    await ds.query('ANALYZE');

    // A second cascade of everything changes nothing: idempotence, at national scale.
    const [, recascadeMs] = await timed(async () => {
      for (const p of provincial) await commands.execute(new CascadePlanCommand(p.id));
    });

    // Tighten one target per province so the check has something to find.
    await ds.query(
      `UPDATE targets SET value = value + 5 WHERE code = 'CT-02' AND plan_id IN (SELECT id FROM plans WHERE parent_plan_id IS NULL)`,
    );
    const [problems, complianceMs] = await timed(() =>
      runComplianceQuery(ds, 'SELECT id FROM plans WHERE parent_plan_id IS NOT NULL', (sql) => sql, []),
    );
    if (process.env.BENCH_EXPLAIN) {
      const plan = await runComplianceQuery<Record<string, string>>(
        ds,
        'SELECT id FROM plans WHERE parent_plan_id IS NOT NULL',
        (sql) => `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        [],
      );
      console.log(plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
    // The raw baseline does the same work by hand, for the depth the country has
    // (parent and grandparent floors, and the missing targets): two fixed joins
    // where the product walks the chain to any depth.
    const strictest = (level: string) => {
      const [f1, f2] = [rule.floorFor('a1', level), rule.floorFor('a2', level)];
      return `(CASE WHEN t.direction = 'at_least' THEN GREATEST(${f1}, ${f2}) ELSE LEAST(${f1}, ${f2}) END)`;
    };
    const [baselineProblems, rawComplianceMs] = await timed(() =>
      // The same work_mem as the product's compliance transaction.
      ds.transaction(async (m) => {
        await m.query(`SELECT set_config('work_mem', '64MB', true)`);
        return (await m.query(`SELECT (SELECT count(*) FROM plans p JOIN units u ON u.code = p.unit_code
                   JOIN targets t ON t.plan_id = p.id JOIN targets a1 ON a1.id = t.parent_target_id
                   LEFT JOIN targets a2 ON a2.id = a1.parent_target_id
                     AND (a2.measure, a2.direction) = (a1.measure, a1.direction)
                   WHERE p.parent_plan_id IS NOT NULL
                     AND ((t.measure, t.direction) IS DISTINCT FROM (a1.measure, a1.direction)
                          OR ${rule.isWeaker('t.direction', 't.value', strictest('u.level'))}
                          OR (u.level = 'district' AND ${rule.isWeaker('t.direction', rule.floorFor('t', "'commune'"), strictest("'commune'"))})))
              + (SELECT count(*) FROM plans p JOIN targets pt ON pt.plan_id = p.parent_plan_id
                   WHERE NOT EXISTS (SELECT 1 FROM targets x WHERE x.plan_id = p.id AND x.code = pt.code))
                AS n`)) as { n: number }[];
      }),
    );

    const sample: { id: string }[] = await ds.query(
      `SELECT id FROM plans WHERE parent_plan_id IS NOT NULL ORDER BY md5(id::text) LIMIT ${PLAN_READS}`,
    );
    const reads: number[] = [];
    for (const p of sample) reads.push((await timed(() => queries.execute(new GetPlanQuery(p.id))))[1]);
    reads.sort((a, b) => a - b);
    const [, pkReadMs] = await timed(async () => {
      for (const p of sample) {
        await ds.query('SELECT * FROM plans WHERE id = $1', [p.id]);
        await ds.query('SELECT * FROM targets WHERE plan_id = $1', [p.id]);
        await ds.query('SELECT * FROM tasks WHERE plan_id = $1', [p.id]);
      }
    });

    // The raw baseline, on the same database: the same rows by hand-written INSERT ... SELECT.
    await ds.query('DELETE FROM plans WHERE parent_plan_id IS NOT NULL');
    await ds.query('VACUUM ANALYZE plans, targets, tasks');
    const [, rawMs] = await timed(() => rawCascade(ds));
    const rawRows = await count(
      ds,
      'SELECT (SELECT count(*) FROM plans WHERE parent_plan_id IS NOT NULL) + (SELECT count(*) FROM targets WHERE parent_target_id IS NOT NULL) + (SELECT count(*) FROM tasks WHERE parent_task_id IS NOT NULL) AS n',
    );

    // The national amendment, on the plans the raw cascade just wrote (the same rows): every
    // province reopens its plan, tightens five targets, adds two
    // targets and three tasks, and issues it; the change flows to every plan below at once.
    for (const p of provincial)
      await commands.execute(new AmendPlanCommand(p.id, { reason: 'Điều chỉnh chỉ tiêu giữa năm' }));
    await ds.query(
      `UPDATE targets SET value = value + 4
       WHERE code IN ('CT-01', 'CT-03', 'CT-04', 'CT-06', 'CT-07') AND plan_id IN (SELECT id FROM plans WHERE parent_plan_id IS NULL)`,
    );
    await ds.query(
      `INSERT INTO targets (plan_id, province_code, code, name, area, measure, direction, value)
       SELECT p.id, p.province_code, 'CT-' || g, 'Chỉ tiêu bổ sung số ' || g, 'administrative_procedures', 'percent', 'at_least', 70
       FROM plans p CROSS JOIN generate_series(51, 52) g WHERE p.parent_plan_id IS NULL`,
    );
    await ds.query(
      `INSERT INTO tasks (plan_id, province_code, title, area, due)
       SELECT p.id, p.province_code, 'Nhiệm vụ bổ sung số ' || g, 'direction', '2024-Q4'
       FROM plans p CROSS JOIN generate_series(1, 3) g WHERE p.parent_plan_id IS NULL`,
    );
    await ds.query('ANALYZE');
    // The raw baseline first, rolled back: the same writes by hand, level by level, on the same rows.
    const [rawAmendRows, rawAmendMs] = await timed(() => rawAmendment(ds));
    const [, amendMs] = await timed(async () => {
      for (const p of provincial)
        await commands.execute(
          new IssuePlanCommand(p.id, {
            documentNumber: '45/KH-UBND',
            issuedOn: '2024-06-12',
            signer: { name: 'Nguyễn Văn Minh', title: 'Chủ tịch', capacity: 'TM' },
          }),
        );
    });
    const reconfirming = await count(ds, 'SELECT count(*) n FROM plans WHERE reconfirm IS NOT NULL');
    const [afterAmendment] = await timed(() =>
      runComplianceQuery(ds, 'SELECT id FROM plans WHERE parent_plan_id IS NOT NULL', (sql) => sql, []),
    );

    // Q1 reports. The plans below confirm and issue their plans (a report is filed on an issued
    // plan); then every district and commune files (raw INSERT … SELECT: the baseline, and the rows
    // the roll-ups count).
    await ds.query(
      `UPDATE plans p SET status = 'issued', reconfirm = NULL, document_number = '12/KH-UBND',
         document_version = greatest(document_version, 1), issued_on = '2024-01-05', issue_place = u.name,
         signer = '{"name":"Kim Thái Phong","title":"Chủ tịch","capacity":"TM"}', issued_at = now()
       FROM units u WHERE u.code = p.unit_code AND p.parent_plan_id IS NOT NULL`,
    );
    const viaCommands = await fileThroughCommands(
      app,
      ds,
      REPORTS_THROUGH_COMMANDS,
      REPORT_TARGETS,
      REPORT_TASKS,
    );
    const filings = [...viaCommands.ms].sort((a, b) => a - b);
    const [filedRows, rawFilingMs] = await timed(() => rawFiling(ds, viaCommands.planIds));
    await ds.query('VACUUM ANALYZE progress_reports, report_targets, report_tasks');
    const filedReports = await count(ds, 'SELECT count(*) n FROM progress_reports');
    const reportTargets = await count(ds, 'SELECT count(*) n FROM report_targets');

    // The roll-up of the province with the most communes, through the product's query (the plan,
    // its calendar, the subtree, the one counting statement), against the raw aggregate.
    const [largest] = (await ds.query(
      `SELECT p.id, p.unit_code, (SELECT count(*) FROM units c WHERE c.province_code = p.province_code AND c.level = 'commune')::int AS communes
       FROM plans p WHERE p.parent_plan_id IS NULL ORDER BY communes DESC, p.unit_code LIMIT 1`,
    )) as { id: string; unit_code: string; communes: number }[];
    if (!largest) throw new Error('no provincial plan');
    const provinceRollup = await queries.execute(new GetRollupQuery(largest.id, 'q1'));
    const provinceRows = await count(
      ds,
      `SELECT count(*) n FROM report_targets WHERE province_code = '${largest.unit_code}' AND period_key = 'q1'`,
    );
    const provinceSubtree = await subtreeOf(ds.manager, [largest.id]);
    const provinceTiming = await medianTimings(
      ROLLUP_RUNS,
      () => queries.execute(new GetRollupQuery(largest.id, 'q1')),
      () => rawRollup(ds, [largest.id], provinceSubtree.planIds),
    );
    // The whole country: the same counting statement with the 63 provincial plans as its roots
    // (their targets counted by code across the country, the 63 × districts as units), subtree walk included.
    const rootIds = provincial.map((p) => p.id);
    const countryRollup = async () =>
      countRollup(ds.manager, rootIds, 'q1', await subtreeOf(ds.manager, rootIds));
    const country = await countryRollup();
    const countrySubtree = await subtreeOf(ds.manager, rootIds);
    const countryTiming = await medianTimings(ROLLUP_RUNS, countryRollup, () =>
      rawRollup(ds, rootIds, countrySubtree.planIds),
    );
    const countryMet = country.targets.reduce((n, t) => n + t.met + t.missed, 0);

    print({
      step: `national cascade (${provincial.length} + ${await count(ds, "SELECT count(*) n FROM units WHERE level = 'district'")} cascades)`,
      rows: derivedPlans + derivedTargets + derivedTasks,
      ms: cascadeMs,
      baselineMs: rawMs,
      aim: '≤ 2× raw',
    });
    console.log(
      `  ${derivedPlans} derived plans, ${derivedTargets} targets, ${derivedTasks} tasks (raw baseline wrote ${rawRows} rows)`,
    );
    print({
      step: 'national re-cascade of the 63 provinces (no-op)',
      rows: provincial.length,
      ms: recascadeMs,
    });
    print({
      step: 'nationwide compliance check (any depth)',
      rows: problems.length,
      ms: complianceMs,
      baselineMs: rawComplianceMs,
      aim: '≤ 1.3× raw, < 1000 ms',
    });
    print({
      step: `national amendment (${provincial.length} issued, flowing down)`,
      rows: rawAmendRows,
      ms: amendMs,
      baselineMs: rawAmendMs,
      aim: '≤ 1.5× raw',
    });
    console.log(
      `  ${reconfirming} plans below asked to confirm again; ${afterAmendment.length} below a floor after it`,
    );
    const median = reads[Math.floor(reads.length / 2)] as number;
    print({
      step: `plan read, 50 targets + 60 tasks (median of ${PLAN_READS})`,
      rows: 1,
      ms: median,
      baselineMs: pkReadMs / sample.length,
      aim: '< 20 ms',
    });
    console.log(
      `  p95 ${reads[Math.floor(reads.length * 0.95)]?.toFixed(1)} ms, max ${reads.at(-1)?.toFixed(1)} ms`,
    );

    print({
      step: `Q1 reports filed, raw (${filedReports} × ${REPORT_TARGETS} targets, ${REPORT_TASKS} tasks)`,
      rows: filedRows,
      ms: rawFilingMs,
    });
    const filingMedian = filings[Math.floor(filings.length / 2)] as number;
    print({
      step: `file a Q1 report, save + submit (median of ${filings.length})`,
      rows: REPORT_TARGETS + REPORT_TASKS,
      ms: filingMedian,
      baselineMs: rawFilingMs / (filedReports - filings.length),
      aim: '< 50 ms',
    });
    console.log(
      `  p95 ${filings[Math.floor(filings.length * 0.95)]?.toFixed(1)} ms, max ${filings.at(-1)?.toFixed(1)} ms (raw: the bulk filing's time per report)`,
    );
    print({
      step: `roll-up of one province (${largest.unit_code}, ${largest.communes} communes; median of ${ROLLUP_RUNS})`,
      rows: provinceRows,
      ms: provinceTiming.ms,
      baselineMs: provinceTiming.baselineMs,
      aim: '< 100 ms',
    });
    print({
      step: `roll-up of the country (63 roots, one statement; median of ${ROLLUP_RUNS})`,
      rows: reportTargets,
      ms: countryTiming.ms,
      baselineMs: countryTiming.baselineMs,
      aim: '< 1 s',
    });
    console.log(
      `  the province: ${provinceRollup.units.length} districts, ${provinceRollup.targets.length} targets; the country: ${country.units.length} districts, ${countryMet} values counted`,
    );

    const cascadeRatio = cascadeMs / rawMs;
    const failures = [
      imported.total !== 10794 && `imported ${imported.total} units, expected 10794`,
      importMs >= 10_000 && 'unit import took 10 s or more',
      derivedPlans !== 10731 && `derived ${derivedPlans} plans, expected 10731`,
      derivedTargets !== rawRows - derivedPlans - derivedTasks &&
        'cascade and baseline wrote different target counts',
      cascadeRatio > 2 && `national cascade ${cascadeRatio.toFixed(2)}× the raw baseline (aim ≤ 2×)`,
      complianceMs >= 1000 && 'nationwide compliance check took 1 s or more',
      complianceMs > 1.3 * rawComplianceMs &&
        `nationwide compliance ${(complianceMs / rawComplianceMs).toFixed(2)}× the raw baseline (aim ≤ 1.3×)`,
      Number(baselineProblems[0]?.n) !== problems.length &&
        `the compliance check found ${problems.length} problems, the raw baseline ${baselineProblems[0]?.n}`,
      median >= 20 && 'median plan read took 20 ms or more',
      problems.length === 0 && 'the compliance check found nothing after a province tightened a target',
      reconfirming !== 10731 && `the amendment asked ${reconfirming} plans to confirm again, expected 10731`,
      afterAmendment.length !== 0 && `${afterAmendment.length} targets below a floor after the amendment`,
      amendMs > 1.5 * rawAmendMs &&
        `national amendment ${(amendMs / rawAmendMs).toFixed(2)}× the raw baseline (aim ≤ 1.5×)`,
      filingMedian >= 50 && `filing a report took ${Math.round(filingMedian)} ms at the median (aim < 50 ms)`,
      provinceTiming.ms >= 100 &&
        `a province's roll-up took ${Math.round(provinceTiming.ms)} ms (aim < 100 ms)`,
      countryTiming.ms >= 1000 && `the country's roll-up took ${Math.round(countryTiming.ms)} ms (aim < 1 s)`,
      countryMet !== reportTargets &&
        `the country's roll-up counted ${countryMet} values, ${reportTargets} were submitted`,
    ].filter(Boolean);
    console.log(failures.length ? `\nFAILED: ${failures.join('; ')}` : '\nAll aims met.');
    return failures.length ? 1 : 0;
  } finally {
    await app.close();
    if (ds.isInitialized) await ds.destroy();
    await db?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// The exit code is given explicitly: embedded-postgres's exit hook calls process.exit(0) on
// `beforeExit`, which would otherwise overwrite a process.exitCode set on a missed aim.
main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
