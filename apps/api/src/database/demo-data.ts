import fs from 'node:fs';
import path from 'node:path';
import type { INestApplicationContext, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { createPlanRequest, createTargetRequest, createTaskRequest } from '@cchc/contracts';
import argon2 from 'argon2';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import { REPO_ROOT } from '../config/env.js';
import { ImportUnitsCommand } from '../modules/units/commands/import-units/import-units.command.js';
import { AddTargetCommand } from '../modules/plans/commands/add-target/add-target.command.js';
import { AddTaskCommand } from '../modules/plans/commands/add-task/add-task.command.js';
import { CascadePlanCommand } from '../modules/plans/commands/cascade-plan/cascade-plan.command.js';
import { CreatePlanCommand } from '../modules/plans/commands/create-plan/create-plan.command.js';
import { DEMO_PROVINCE_CODE, demoPlan, demoTargets, demoTasks } from './demo-plan.js';

export const UNITS_2024_CSV = path.join(REPO_ROOT, 'data/units/units-2024.csv');

/** The rows of a unit file that belong to one province (header kept), as CSV again:
 * read and written by csv-parse / csv-stringify, so a name holding a comma stays quoted. */
export function provinceUnitsCsv(csv: string, provinceCode: string): string {
  const [header, ...records] = parse(csv, {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as string[][];
  const codes = new Set([provinceCode]);
  const kept = records.filter(([code, , , , parent]) => {
    if (!code) return false;
    if (code === provinceCode || (parent && codes.has(parent))) {
      codes.add(code);
      return true;
    }
    return false;
  });
  return stringify(header ? [header, ...kept] : []);
}

/**
 * On the first start only: every unit of Sóc Trăng and its 2024 provincial
 * plan, cascaded to its districts. Written through the same commands as the
 * API, so the demo obeys every rule a user does.
 */
export async function loadDemoDataOnFirstStart(
  app: INestApplicationContext,
  dataSource: DataSource,
  logger: Logger,
) {
  const [done] = await dataSource.query(`SELECT 1 FROM app_meta WHERE key = 'demo_data_loaded'`);
  if (done) return;
  const bus = app.get(CommandBus);
  const csv = provinceUnitsCsv(fs.readFileSync(UNITS_2024_CSV, 'utf8'), DEMO_PROVINCE_CODE);
  const units = await bus.execute(new ImportUnitsCommand(csv));
  const plan = await bus.execute(new CreatePlanCommand(createPlanRequest.parse(demoPlan)));
  for (const target of demoTargets)
    await bus.execute(new AddTargetCommand(plan.id, createTargetRequest.parse(target)));
  for (const task of demoTasks) await bus.execute(new AddTaskCommand(plan.id, createTaskRequest.parse(task)));
  const cascade = await bus.execute(new CascadePlanCommand(plan.id));
  const accounts = await createDemoAccounts(dataSource);
  await dataSource.query(`INSERT INTO app_meta (key, value) VALUES ('demo_data_loaded', now()::text)`);
  logger.log(
    `Demo data: ${units.total} units of Sóc Trăng, plan ${demoPlan.documentNumber} cascaded to ${cascade.created} districts, ${accounts} demo accounts (password "${DEMO_PASSWORD}", see README)`,
  );
}

/** The demo accounts' password, printed in the README: demo data only. */
export const DEMO_PASSWORD = 'cchc-demo-2024';

/**
 * One officer per demo unit: Sóc Trăng (canbo.94), its districts (canbo.941 …
 * canbo.951) and the communes of Thị xã Ngã Năm (canbo.31732 …); the province's
 * administrator quantri.94; and a viewer, xem.94.
 */
async function createDemoAccounts(dataSource: DataSource): Promise<number> {
  const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const rows = await dataSource.query(
    `INSERT INTO users (username, password_hash, role, unit_code, province_code)
     SELECT 'canbo.' || code, $1, 'officer', code, province_code FROM units
     WHERE province_code = $2 AND (level <> 'commune' OR parent_code = '948')
     UNION ALL SELECT 'quantri.' || $2, $1, 'province_admin', $2, $2
     UNION ALL SELECT 'xem.' || $2, $1, 'viewer', $2, $2
     RETURNING id`,
    [hash, DEMO_PROVINCE_CODE],
  );
  return rows.length;
}
