import fs from 'node:fs';
import type { INestApplicationContext, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  confirmPlanRequest,
  createPlanRequest,
  createTargetRequest,
  createTaskRequest,
  issuePlanRequest,
  updateTaskRequest,
} from '@cchc/contracts';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { ImportUnitsCommand } from '../units/commands/import-units/import-units.command.js';
import { AddTargetCommand } from '../plans/commands/add-target/add-target.command.js';
import { AddTaskCommand } from '../plans/commands/add-task/add-task.command.js';
import { CascadePlanCommand } from '../plans/commands/cascade-plan/cascade-plan.command.js';
import { ConfirmPlanCommand } from '../plans/commands/confirm-plan/confirm-plan.command.js';
import { CreatePlanCommand } from '../plans/commands/create-plan/create-plan.command.js';
import { IssuePlanCommand } from '../plans/commands/issue-plan/issue-plan.command.js';
import { UpdateTaskCommand } from '../plans/commands/update-task/update-task.command.js';
import { UNITS_2024_CSV, provinceUnitsCsv } from '../units/infrastructure/unit-files.js';
import {
  DEMO_DISTRICT_CODE,
  DEMO_PROVINCE_CODE,
  demoDistrictIssue,
  demoDistrictTaskOwners,
  demoIssue,
  demoPlan,
  demoTargets,
  demoTasks,
} from './demo-plan.js';

/**
 * On the first start only: every unit of Sóc Trăng and its 2024 provincial
 * plan, issued and cascaded to its districts; Thị xã Ngã Năm's plan confirmed,
 * issued and cascaded to its communes; and the demo accounts. Written through the
 * same commands as the API, so the demo obeys every rule a user does. Each
 * step first looks for what an earlier, interrupted start already wrote, so a
 * start that stopped half-way (Ctrl-C, a crash) is completed by the next one
 * rather than left half-loaded or loaded twice; only the last step marks the
 * demo as loaded.
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
  const [earlier]: { id: string }[] = await dataSource.query(
    `SELECT id FROM plans WHERE unit_code = $1 AND year = $2 AND kind = 'annual'`,
    [demoPlan.unitCode, demoPlan.year],
  );
  if (earlier) logger.warn('Demo data: completing what an interrupted first start began');
  const planId =
    earlier?.id ?? (await bus.execute(new CreatePlanCommand(createPlanRequest.parse(demoPlan)))).id;
  const [have] = await dataSource.query(
    `SELECT coalesce((SELECT array_agg(code) FROM targets WHERE plan_id = $1), '{}') AS codes,
            coalesce((SELECT array_agg(title) FROM tasks WHERE plan_id = $1), '{}') AS titles`,
    [planId],
  );
  const codes = new Set<string>(have.codes);
  const titles = new Set<string>(have.titles);
  for (const target of demoTargets.filter((t) => !codes.has(t.code)))
    await bus.execute(new AddTargetCommand(planId, createTargetRequest.parse(target)));
  for (const task of demoTasks.filter((t) => !titles.has(t.title)))
    await bus.execute(new AddTaskCommand(planId, createTaskRequest.parse(task)));
  // Each step of the lifecycle runs only if the status says it has not yet.
  if ((await statusOf(dataSource, planId)) === 'draft')
    await bus.execute(new IssuePlanCommand(planId, issuePlanRequest.parse(demoIssue)));
  // A cascade adds only what the units below lack: safe to run again.
  const cascade = await bus.execute(new CascadePlanCommand(planId));
  const districtPlanId = cascade.plans.find((p) => p.unitCode === DEMO_DISTRICT_CODE)?.id;
  if (!districtPlanId) throw new Error(`Demo data: no plan derived for unit ${DEMO_DISTRICT_CODE}`);
  if ((await statusOf(dataSource, districtPlanId)) === 'derived')
    await bus.execute(new ConfirmPlanCommand(districtPlanId, confirmPlanRequest.parse({})));
  if ((await statusOf(dataSource, districtPlanId)) === 'confirmed') {
    // The town names who does what it was assigned, and the budget, before it signs.
    const tasks: { id: string; title: string; lead_agency: string | null }[] = await dataSource.query(
      'SELECT id, title, lead_agency FROM tasks WHERE plan_id = $1 ORDER BY id',
      [districtPlanId],
    );
    for (const task of tasks) {
      const owner = demoDistrictTaskOwners[task.title];
      if (owner && task.lead_agency === null)
        await bus.execute(new UpdateTaskCommand(districtPlanId, task.id, updateTaskRequest.parse(owner)));
    }
    await bus.execute(new IssuePlanCommand(districtPlanId, issuePlanRequest.parse(demoDistrictIssue)));
  }
  const communes = await bus.execute(new CascadePlanCommand(districtPlanId));
  const accounts = await createDemoAccounts(dataSource);
  await dataSource.query(`INSERT INTO app_meta (key, value) VALUES ('demo_data_loaded', now()::text)`);
  logger.log(
    `Demo data: ${units.total} units of Sóc Trăng, plan ${demoIssue.documentNumber} issued and cascaded to ${cascade.plans.length} districts, plan ${demoDistrictIssue.documentNumber} of unit ${DEMO_DISTRICT_CODE} issued and cascaded to ${communes.plans.length} communes, ${accounts} demo accounts (password "${DEMO_PASSWORD}", see README)`,
  );
}

async function statusOf(dataSource: DataSource, planId: string): Promise<string> {
  const [plan]: { status: string }[] = await dataSource.query('SELECT status FROM plans WHERE id = $1', [
    planId,
  ]);
  return plan?.status ?? 'missing';
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
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [hash, DEMO_PROVINCE_CODE],
  );
  return rows.length;
}
