import { expectPlanUnchanged, expectProblem, getPlan, ok, tasksOf } from './support/expectations.js';
import { createPlanWithTargets, importProvince, planOf } from './support/fixtures.js';
import {
  NGA_NAM_COMMUNES,
  NGA_NAM_ISSUE,
  SOC_TRANG_DISTRICTS,
  amendPlan,
  cascade,
  confirmAndIssue,
  issuePlan,
} from './support/soc-trang-plan.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const ASSIGNED = {
  title: 'Tuyên truyền cải cách hành chính trên các phương tiện thông tin đại chúng',
  area: 'direction',
  product: 'Chuyên trang, chuyên mục',
  leadAgency: 'Sở Thông tin và Truyền thông',
  budgetMillionVnd: 150,
  due: '2024-Q4',
};
const PROVINCE_ONLY = {
  title: 'Ban hành Kế hoạch CCHC năm 2024 của tỉnh',
  area: 'direction',
  product: 'Kế hoạch',
  leadAgency: 'Sở Nội vụ',
  due: '2023-12-31',
  cascade: false,
};

/**
 * Issue 9, acceptance line 2: a task the parent plan assigned stays in the
 * child's plan under its title; the child fills in who leads it, who helps,
 * what it costs, and may finish it sooner, never later. A task the parent
 * keeps to its own level does not go down at all.
 */
describe('mandated tasks', () => {
  let t: TestApp;
  let province: Json;
  let ngaNam: string;
  let assigned: Json;
  let districts: Json[];
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await importProvince(t, '94');
    province = await createPlanWithTargets(t, '94', []);
    for (const task of [ASSIGNED, PROVINCE_ONLY])
      ok(await t.request('POST', `/api/plans/${province.id}/tasks`, task), 201);
    await issuePlan(t, province.id);
    districts = (await cascade(t, province.id)).plans;
    ngaNam = planOf(districts, '948');
    [assigned] = tasksOf(await getPlan(t, ngaNam));
  });

  const taskPath = (planId: string, taskId: string) => `/api/plans/${planId}/tasks/${taskId}`;
  const historyOf = async (planId: string, count: number): Promise<Json[]> => {
    // The audit log is written as the command commits; read until it shows.
    const deadline = Date.now() + 2000;
    for (;;) {
      const entries = ok(await t.request('GET', `/api/plans/${planId}/history`));
      if (entries.length >= count || Date.now() > deadline) return entries;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it("gives the districts the province's tasks as assigned ones, and skips its own-level task", async () => {
    const own = tasksOf(await getPlan(t, province.id));
    expect(own.map((x: Json) => [x.title, x.cascade, x.mandated, x.parentDue])).toEqual([
      [ASSIGNED.title, true, false, null],
      [PROVINCE_ONLY.title, false, false, null],
    ]);
    for (const code of SOC_TRANG_DISTRICTS) {
      const plan = await getPlan(t, planOf(districts, code));
      expect(tasksOf(plan)).toEqual([
        expect.objectContaining({
          title: ASSIGNED.title,
          parentTaskId: own[0].id,
          mandated: true,
          cascade: true,
          due: '2024-Q4',
          parentDue: '2024-Q4',
          leadAgency: null,
        }),
      ]);
    }
  });

  it('refuses deleting an assigned task (422 TASK_MANDATED) and changes nothing', async () => {
    const before = await getPlan(t, ngaNam);
    const problem = expectProblem(
      await t.request('DELETE', taskPath(ngaNam, assigned.id)),
      422,
      'TASK_MANDATED',
    );
    expect(problem).toMatchObject({ field: 'title', taskId: assigned.id });
    expect(problem.detail).toContain('cannot be deleted');
    await expectPlanUnchanged(t, before);
  });

  it('refuses retitling it, or moving it to another area or off the cascade', async () => {
    const before = await getPlan(t, ngaNam);
    for (const [body, field] of [
      [{ title: 'Tuyên truyền cải cách hành chính' }, 'title'],
      [{ area: 'civil_service' }, 'area'],
      [{ cascade: false }, 'cascade'],
      [{ title: 'Khác', leadAgency: 'Phòng Nội vụ' }, 'title'],
    ] as const) {
      const problem = expectProblem(
        await t.request('PATCH', taskPath(ngaNam, assigned.id), body),
        422,
        'TASK_MANDATED',
      );
      expect(problem.field).toBe(field);
      expect(problem.errors).toContainEqual({ field, message: expect.any(String) });
    }
    await expectPlanUnchanged(t, before);
    // The same title again is no change at all.
    ok(await t.request('PATCH', taskPath(ngaNam, assigned.id), { title: ASSIGNED.title }));
  });

  it('accepts the lead agency, coordinating agencies, budget and an earlier deadline, with an audit entry', async () => {
    const before = await getPlan(t, ngaNam);
    const changed = ok(
      await t.request('PATCH', taskPath(ngaNam, assigned.id), {
        leadAgency: 'Phòng Văn hóa và Thông tin thị xã',
        coordinatingAgencies: ['Trung tâm Văn hóa - Thể thao thị xã', 'UBND các xã, phường'],
        budgetMillionVnd: 25,
        due: '2024-10-15',
        product: 'Tin, bài trên Trang thông tin điện tử thị xã',
      }),
    );
    expect(changed).toMatchObject({
      title: ASSIGNED.title,
      leadAgency: 'Phòng Văn hóa và Thông tin thị xã',
      coordinatingAgencies: ['Trung tâm Văn hóa - Thể thao thị xã', 'UBND các xã, phường'],
      budgetMillionVnd: 25,
      due: '2024-10-15',
      mandated: true,
      parentDue: '2024-Q4',
    });
    const after = await getPlan(t, ngaNam);
    expect(after.version).toBe(before.version + 1);
    expect(tasksOf(after)).toEqual([changed]);
    expect(after.budgetMillionVnd).toBe(25);
    // The last day of the quarter is the parent's own deadline: still within it.
    expect(ok(await t.request('PATCH', taskPath(ngaNam, assigned.id), { due: '2024-12-31' })).due).toBe(
      '2024-12-31',
    );

    const history = await historyOf(ngaNam, 3);
    const entries = history.filter((e: Json) => e.action === 'task_changed');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      before: { id: assigned.id, leadAgency: null, budgetMillionVnd: 0, due: '2024-Q4', mandated: true },
      after: { id: assigned.id, leadAgency: 'Phòng Văn hóa và Thông tin thị xã', due: '2024-10-15' },
    });
  });

  it('refuses a deadline later than the parent’s (422 TASK_DUE_LATER_THAN_PARENT), or none', async () => {
    const before = await getPlan(t, ngaNam);
    for (const due of ['2025-Q1', '2025', '2025-01-01', null]) {
      const problem = expectProblem(
        await t.request('PATCH', taskPath(ngaNam, assigned.id), { due, leadAgency: 'Phòng Nội vụ' }),
        422,
        'TASK_DUE_LATER_THAN_PARENT',
      );
      expect(problem).toMatchObject({
        field: 'due',
        parentDue: '2024-Q4',
        triedDue: due,
        taskId: assigned.id,
      });
    }
    await expectPlanUnchanged(t, before);
  });

  it("leaves a district's own tasks its own: retitled, deleted, or kept to its level", async () => {
    const local = ok(
      await t.request('POST', `/api/plans/${ngaNam}/tasks`, {
        title: 'Kiểm tra công tác CCHC tại các xã, phường',
        area: 'direction',
        due: '2025-Q1',
      }),
      201,
    );
    expect(local).toMatchObject({ mandated: false, cascade: true, parentDue: null });
    const renamed = ok(
      await t.request('PATCH', taskPath(ngaNam, local.id), { title: 'Kiểm tra CCHC', cascade: false }),
    );
    expect(renamed).toMatchObject({ title: 'Kiểm tra CCHC', cascade: false });
    expect((await t.request('DELETE', taskPath(ngaNam, local.id))).status).toBe(204);
    expect(tasksOf(await getPlan(t, ngaNam)).map((x: Json) => x.id)).toEqual([assigned.id]);
  });

  it('carries the rule down: a commune may not finish later than its district, which finishes sooner', async () => {
    ok(await t.request('PATCH', taskPath(ngaNam, assigned.id), { due: '2024-10-15' }));
    const districtOnly = ok(
      await t.request('POST', `/api/plans/${ngaNam}/tasks`, {
        title: 'Ban hành Kế hoạch CCHC năm 2024 của thị xã',
        area: 'direction',
        cascade: false,
      }),
      201,
    );
    const forCommunes = ok(
      await t.request('POST', `/api/plans/${ngaNam}/tasks`, {
        title: 'Số hóa hồ sơ, kết quả giải quyết TTHC',
        area: 'digital_government',
        due: '2024-09-30',
      }),
      201,
    );
    await confirmAndIssue(t, ngaNam, NGA_NAM_ISSUE);
    const down = await cascade(t, ngaNam);
    expect(down.plans.map((p: Json) => p.unitCode)).toEqual(NGA_NAM_COMMUNES);
    expect(down.tasksAdded).toBe(2 * NGA_NAM_COMMUNES.length);
    const commune = planOf(down.plans, '31732');
    const tasks = tasksOf(await getPlan(t, commune));
    expect(tasks.map((x: Json) => x.parentTaskId).sort()).toEqual([assigned.id, forCommunes.id].sort());
    expect(tasks.some((x: Json) => x.parentTaskId === districtOnly.id)).toBe(false);
    const inherited = tasks.find((x: Json) => x.parentTaskId === assigned.id);
    expect(inherited).toMatchObject({ mandated: true, due: '2024-10-15', parentDue: '2024-10-15' });

    // The commune's floor is the district's 15/10, not the province's Quý IV.
    expect(
      expectProblem(
        await t.request('PATCH', taskPath(commune, inherited.id), { due: '2024-11-30' }),
        422,
        'TASK_DUE_LATER_THAN_PARENT',
      ),
    ).toMatchObject({ parentDue: '2024-10-15', triedDue: '2024-11-30' });
    expect(ok(await t.request('PATCH', taskPath(commune, inherited.id), { due: '2024-10-01' })).due).toBe(
      '2024-10-01',
    );
    expectProblem(await t.request('DELETE', taskPath(commune, inherited.id)), 422, 'TASK_MANDATED');
  });

  it('a task the province later opens to the levels below reaches them when the amendment is issued, and the districts a later cascade reaches; never the closed one', async () => {
    // The province passes its plan to Ngã Năm only, first: the closed task stays above.
    await t.reset();
    await importProvince(t, '94');
    province = await createPlanWithTargets(t, '94', []);
    for (const task of [ASSIGNED, PROVINCE_ONLY])
      ok(await t.request('POST', `/api/plans/${province.id}/tasks`, task), 201);
    await issuePlan(t, province.id);
    const first = await cascade(t, province.id, { unitCodes: ['948'] });
    expect(first).toMatchObject({ created: 1, tasksAdded: 1 });
    ngaNam = planOf(first.plans, '948');
    const [assignedAbove, provinceOnly] = tasksOf(await getPlan(t, province.id));
    expect((await cascade(t, province.id, { unitCodes: ['948'] })).tasksAdded).toBe(0);
    const before = await getPlan(t, ngaNam);

    // The province opens it in an amendment: issuing it gives it to Ngã Năm at once, and (no
    // target changed) leaves Ngã Năm's plan as it was, not to be confirmed again.
    await amendPlan(t, province.id, async () =>
      ok(await t.request('PATCH', taskPath(province.id, provinceOnly.id), { cascade: true })),
    );
    const after = await getPlan(t, ngaNam);
    expect(tasksOf(after).map((x: Json) => x.parentTaskId)).toEqual([assignedAbove.id, provinceOnly.id]);
    expect(after).toMatchObject({ status: before.status, version: before.version + 1, reconfirm: null });
    const history = await historyOf(ngaNam, 2);
    expect(history.at(-1)).toMatchObject({
      action: 'derived_by_amendment',
      after: { parentPlanId: province.id, tasksAdded: 1, targets: [] },
    });

    // The cascade to the other ten gives them both tasks, and has nothing left for Ngã Năm.
    const rest = await cascade(t, province.id);
    expect(rest).toMatchObject({ created: SOC_TRANG_DISTRICTS.length - 1, updated: 0 });
    expect(rest.tasksAdded).toBe((SOC_TRANG_DISTRICTS.length - 1) * 2);
    expect(tasksOf(await getPlan(t, planOf(rest.plans, '941'))).map((x: Json) => x.parentTaskId)).toEqual([
      assignedAbove.id,
      provinceOnly.id,
    ]);
    expect(await getPlan(t, ngaNam)).toEqual(after);
  });
});
