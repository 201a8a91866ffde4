import fs from 'node:fs';
import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  confirmPlanRequest,
  createPlanRequest,
  createTargetRequest,
  createTaskRequest,
  issuePlanRequest,
} from '@cchc/contracts';
import { AddTargetCommand } from '../src/modules/plans/commands/add-target/add-target.command.js';
import { AddTaskCommand } from '../src/modules/plans/commands/add-task/add-task.command.js';
import { CascadePlanCommand } from '../src/modules/plans/commands/cascade-plan/cascade-plan.command.js';
import { ConfirmPlanCommand } from '../src/modules/plans/commands/confirm-plan/confirm-plan.command.js';
import { CreatePlanCommand } from '../src/modules/plans/commands/create-plan/create-plan.command.js';
import { IssuePlanCommand } from '../src/modules/plans/commands/issue-plan/issue-plan.command.js';
import {
  DEMO_DISTRICT_CODE,
  DEMO_PROVINCE_CODE,
  demoIssue,
  demoPlan,
  demoTargets,
  demoTasks,
} from '../src/modules/demo/demo-plan.js';
import { loadDemoDataOnFirstStart } from '../src/modules/demo/demo-data.js';
import { ImportUnitsCommand } from '../src/modules/units/commands/import-units/import-units.command.js';
import { UNITS_2024_CSV, provinceUnitsCsv } from '../src/modules/units/infrastructure/unit-files.js';
import { getPlan, ok, targetsOf } from './support/expectations.js';
import { NGA_NAM_COMMUNES, SOC_TRANG_DISTRICTS } from './support/soc-trang-plan.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

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

  const statuses = async () =>
    Object.fromEntries(
      (
        await t.dataSource.query(`SELECT unit_code, status FROM plans WHERE year = 2024 ORDER BY unit_code`)
      ).map((r: { unit_code: string; status: string }) => [r.unit_code, r.status]),
    );

  // The province's own tasks (cascade: false) stay in its plan; the 11 districts, and from
  // Ngã Năm its 8 communes, receive the rest.
  const cascaded = demoTasks.filter((task) => task.cascade !== false).length;

  it('issues the province plan, cascades it, and Ngã Năm confirms, issues and cascades its own', async () => {
    await t.reset();
    await loadDemoDataOnFirstStart(t.app, t.dataSource, logger);
    expect(cascaded).toBe(demoTasks.length - 1);
    expect(await counts()).toMatchObject({
      plans: 1 + 11 + 8,
      targets: 20 * demoTargets.length,
      tasks: demoTasks.length + 19 * cascaded,
      loaded: 1,
    });
    expect(await statuses()).toEqual({
      [DEMO_PROVINCE_CODE]: 'issued',
      ...Object.fromEntries(SOC_TRANG_DISTRICTS.map((code) => [code, 'derived'])),
      [DEMO_DISTRICT_CODE]: 'issued',
      ...Object.fromEntries(NGA_NAM_COMMUNES.map((code) => [code, 'derived'])),
    });

    const [{ id: provinceId }] = await t.dataSource.query(`SELECT id FROM plans WHERE unit_code = '94'`);
    const province: Json = await getPlan(t, provinceId);
    expect(province.issued).toMatchObject({
      version: 1,
      documentNumber: '218/KH-UBND',
      issuedOn: '2023-12-19',
      place: 'Sóc Trăng',
      signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
      issuedBy: null,
    });
    const districts: Json[] = ok(await t.request('GET', `/api/plans/${provinceId}/children`));
    const ngaNam: Json = await getPlan(t, districts.find((d) => d.unitCode === DEMO_DISTRICT_CODE).id);
    expect(ngaNam).toMatchObject({
      status: 'issued',
      documentNumber: '12/KH-UBND',
      issued: {
        version: 1,
        documentNumber: '12/KH-UBND',
        issuedOn: '2024-01-05',
        place: 'Ngã Năm',
        signer: { name: 'Kim Thái Phong', title: 'Chủ tịch', capacity: 'TM' },
        issuedBy: null,
      },
    });
    // Confirmed as received, no target raised: the same values as a district yet to confirm.
    const values = (plan: Json) => targetsOf(plan).map((x: Json) => [x.code, x.value]);
    const other: Json = await getPlan(t, districts.find((d) => d.unitCode === '941').id);
    expect(other).toMatchObject({ status: 'derived', issued: null });
    expect(values(ngaNam)).toEqual(values(other));
    expect(values(ngaNam).map(([code]: Json) => code)).toEqual(values(province).map(([code]: Json) => code));
    const communes: Json[] = ok(await t.request('GET', `/api/plans/${ngaNam.id}/children`));
    expect(communes.map((c) => c.unitCode).sort()).toEqual(NGA_NAM_COMMUNES);
    expect(communes.every((c) => c.status === 'derived' && c.complies)).toBe(true);
    const commune: Json = await getPlan(t, communes[0].id);
    expect(commune.legalBasis[0]).toContain('Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2024');
  });

  it('completes a first start that stopped half-way, at any step, and loads nothing twice', async () => {
    await t.reset();
    await loadDemoDataOnFirstStart(t.app, t.dataSource, logger);
    const whole = await counts();
    const wholeStatuses = await statuses();

    // A start interrupted after the plan and three of its targets were written.
    await t.reset();
    const bus = t.app.get(CommandBus);
    const importUnits = () =>
      bus.execute(
        new ImportUnitsCommand(provinceUnitsCsv(fs.readFileSync(UNITS_2024_CSV, 'utf8'), DEMO_PROVINCE_CODE)),
      );
    await importUnits();
    let plan = await bus.execute(new CreatePlanCommand(createPlanRequest.parse(demoPlan)));
    for (const target of demoTargets.slice(0, 3))
      await bus.execute(new AddTargetCommand(plan.id, createTargetRequest.parse(target)));
    expect(await counts()).toMatchObject({ plans: 1, targets: 3, loaded: 0 });

    await loadDemoDataOnFirstStart(t.app, t.dataSource, logger);
    expect(await counts()).toEqual(whole);
    expect(await statuses()).toEqual(wholeStatuses);

    // A start interrupted after the province issued and cascaded and Ngã Năm confirmed.
    await t.reset();
    await importUnits();
    plan = await bus.execute(new CreatePlanCommand(createPlanRequest.parse(demoPlan)));
    for (const target of demoTargets)
      await bus.execute(new AddTargetCommand(plan.id, createTargetRequest.parse(target)));
    for (const task of demoTasks)
      await bus.execute(new AddTaskCommand(plan.id, createTaskRequest.parse(task)));
    await bus.execute(new IssuePlanCommand(plan.id, issuePlanRequest.parse(demoIssue)));
    const districts = await bus.execute(new CascadePlanCommand(plan.id));
    const ngaNam = districts.plans.find((p) => p.unitCode === DEMO_DISTRICT_CODE);
    await bus.execute(new ConfirmPlanCommand(ngaNam?.id ?? '', confirmPlanRequest.parse({})));
    expect(await counts()).toMatchObject({ plans: 12, loaded: 0 });

    await loadDemoDataOnFirstStart(t.app, t.dataSource, logger);
    expect(await counts()).toEqual(whole);
    expect(await statuses()).toEqual(wholeStatuses);
    // The next start finds it loaded and changes nothing.
    await loadDemoDataOnFirstStart(t.app, t.dataSource, logger);
    expect(await counts()).toEqual(whole);
  });
});
