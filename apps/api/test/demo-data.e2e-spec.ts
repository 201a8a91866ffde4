import fs from 'node:fs';
import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { createPlanRequest, createTargetRequest } from '@cchc/contracts';
import { AddTargetCommand } from '../src/modules/plans/commands/add-target/add-target.command.js';
import { CreatePlanCommand } from '../src/modules/plans/commands/create-plan/create-plan.command.js';
import { DEMO_PROVINCE_CODE, demoPlan, demoTargets, demoTasks } from '../src/modules/demo/demo-plan.js';
import { loadDemoDataOnFirstStart } from '../src/modules/demo/demo-data.js';
import { ImportUnitsCommand } from '../src/modules/units/commands/import-units/import-units.command.js';
import { UNITS_2024_CSV, provinceUnitsCsv } from '../src/modules/units/infrastructure/unit-files.js';
import { type TestApp, startTestApp } from './support/test-app.js';

/** The demo of `pnpm start`'s first start, whole or completed after an interrupted start. */
describe('the demo data', () => {
  let t: TestApp;
  const logger = new Logger('DemoTest');
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM plans) AS plans, (SELECT count(*)::int FROM targets) AS targets,
                (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM users) AS users,
                (SELECT count(*)::int FROM app_meta WHERE key = 'demo_data_loaded') AS loaded`,
      )
    )[0];

  it('completes a first start that stopped half-way, and loads nothing twice', async () => {
    await t.reset();
    await loadDemoDataOnFirstStart(t.app, t.dataSource, logger);
    const whole = await counts();
    expect(whole).toMatchObject({ plans: 12, loaded: 1 });
    expect(whole.targets).toBe(12 * demoTargets.length);
    // The province's own tasks (cascade: false) stay in its plan; the 11 districts receive the rest.
    const cascaded = demoTasks.filter((task) => task.cascade !== false).length;
    expect(cascaded).toBe(demoTasks.length - 1);
    expect(whole.tasks).toBe(demoTasks.length + 11 * cascaded);

    // A start interrupted after the plan and three of its targets were written.
    await t.reset();
    const bus = t.app.get(CommandBus);
    await bus.execute(
      new ImportUnitsCommand(provinceUnitsCsv(fs.readFileSync(UNITS_2024_CSV, 'utf8'), DEMO_PROVINCE_CODE)),
    );
    const plan = await bus.execute(new CreatePlanCommand(createPlanRequest.parse(demoPlan)));
    for (const target of demoTargets.slice(0, 3))
      await bus.execute(new AddTargetCommand(plan.id, createTargetRequest.parse(target)));
    expect(await counts()).toMatchObject({ plans: 1, targets: 3, loaded: 0 });

    await loadDemoDataOnFirstStart(t.app, t.dataSource, logger);
    expect(await counts()).toEqual(whole);
    // The next start finds it loaded and changes nothing.
    await loadDemoDataOnFirstStart(t.app, t.dataSource, logger);
    expect(await counts()).toEqual(whole);
  });
});
