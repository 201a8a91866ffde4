import {
  UNKNOWN_ID,
  UUID,
  expectInvalid,
  expectPlanUnchanged,
  expectProblem,
  getPlan,
  ok,
  targetIn,
  targetsOf,
  tasksOf,
} from './support/expectations.js';
import { createPlanWithTargets, importProvince, percentTarget } from './support/fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

describe('targets and tasks', () => {
  let t: TestApp;
  let planId: string;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await importProvince(t, '94');
    planId = (await createPlanWithTargets(t, '94', [])).id;
  });

  const targets = () => `/api/plans/${planId}/targets`;
  const tasks = () => `/api/plans/${planId}/tasks`;

  describe('targets', () => {
    it('adds a target (201) and shows it in its area', async () => {
      const res = await t.request(
        'POST',
        targets(),
        percentTarget('TTHC-01', 98, { name: 'Hồ sơ giải quyết đúng hạn' }),
      );
      expect(ok(res, 201)).toEqual({
        code: 'TTHC-01',
        name: 'Hồ sơ giải quyết đúng hạn',
        area: 'administrative_procedures',
        measure: 'percent',
        direction: 'at_least',
        value: 98,
        levelFloors: { district: null, commune: null },
        parentTargetId: null,
        floor: null,
        // Reported year to date unless told.
        reporting: 'cumulative',
      });
      const plan = await getPlan(t, planId);
      expect(plan.version).toBe(2);
      const area = plan.areas.find((a: { area: string }) => a.area === 'administrative_procedures');
      expect(area.targets).toEqual([res.body]);
    });

    it('takes every measure, both directions and floors per level', async () => {
      const add = async (body: Record<string, unknown>) => ok(await t.request('POST', targets(), body), 201);
      const floors = await add(percentTarget('DVC-02', 80, { levelFloors: { district: 70, commune: 60 } }));
      expect(floors.levelFloors).toEqual({ district: 70, commune: 60 });
      const onlyCommune = await add(percentTarget('DVC-03', 80, { levelFloors: { commune: 60 } }));
      expect(onlyCommune.levelFloors).toEqual({ district: null, commune: 60 });
      await add({
        ...percentTarget('KL-01', 0),
        measure: 'count',
        direction: 'at_most',
        area: 'civil_service',
      });
      await add({ ...percentTarget('KH-01', 0), measure: 'date', direction: 'at_most', value: '2024-07-30' });
      await add({ ...percentTarget('KP-01', 1500.5), measure: 'million_vnd', area: 'public_finance' });
      await add({ ...percentTarget('TG-01', 5), measure: 'days', direction: 'at_most' });
      await add(percentTarget('CĐS-01', 50.5, { area: 'digital_government' }));

      const plan = await getPlan(t, planId);
      expect(targetsOf(plan).map((x) => [x.code, x.measure, x.direction, x.value])).toEqual([
        ['DVC-02', 'percent', 'at_least', 80],
        ['DVC-03', 'percent', 'at_least', 80],
        ['KH-01', 'date', 'at_most', '2024-07-30'],
        ['TG-01', 'days', 'at_most', 5],
        ['KL-01', 'count', 'at_most', 0],
        ['KP-01', 'million_vnd', 'at_least', 1500.5],
        ['CĐS-01', 'percent', 'at_least', 50.5],
      ]);
    });

    it('refuses a code the plan already has with 409 and changes nothing', async () => {
      ok(await t.request('POST', targets(), percentTarget('TTHC-01', 98)), 201);
      const before = await getPlan(t, planId);
      const res = await t.request('POST', targets(), percentTarget('TTHC-01', 50, { area: 'direction' }));
      expect(expectProblem(res, 409, 'TARGET_CODE_TAKEN').targetCode).toBe('TTHC-01');
      await expectPlanUnchanged(t, before);
      // Another plan may use the same code.
      const other = await createPlanWithTargets(t, '948', [percentTarget('TTHC-01', 90)]);
      expect(targetIn(await getPlan(t, other.id), 'TTHC-01').value).toBe(90);
    });

    it('refuses values that do not suit the measure, naming the field', async () => {
      const before = await getPlan(t, planId);
      const refused = async (body: Record<string, unknown>) =>
        expectInvalid(await t.request('POST', targets(), body));
      expect(await refused(percentTarget('T1', 101))).toEqual(['value']);
      expect(await refused(percentTarget('T1', -1))).toEqual(['value']);
      expect(await refused({ ...percentTarget('T1', 0), value: '80' })).toEqual(['value']);
      expect(await refused(percentTarget('T1', 80, { levelFloors: { commune: 120 } }))).toEqual([
        'levelFloors.commune',
      ]);
      expect(await refused(percentTarget('T1', 80, { levelFloors: { province: 90 } }))).toEqual([
        'levelFloors',
      ]);
      expect(await refused({ ...percentTarget('T1', 1.5), measure: 'count' })).toEqual(['value']);
      expect(await refused({ ...percentTarget('T1', 2.5), measure: 'days' })).toEqual(['value']);
      for (const bad of ['2024-02-30', '2024-13-01', '30/07/2024', '2024-7-30', 20240730]) {
        expect(
          await refused({ ...percentTarget('T1', 0), measure: 'date', direction: 'at_most', value: bad }),
        ).toEqual(['value']);
      }
      expect(
        await refused({
          ...percentTarget('T1', 0),
          measure: 'date',
          value: '2024-07-30',
          levelFloors: { commune: '2024-09-31' },
        }),
      ).toEqual(['levelFloors.commune']);
      await expectPlanUnchanged(t, before);
    });

    it('names every missing or invalid field, and refuses unknown ones', async () => {
      const before = await getPlan(t, planId);
      expect(expectInvalid(await t.request('POST', targets(), {}))).toEqual([
        'area',
        'code',
        'direction',
        'measure',
        'name',
        'value',
      ]);
      const invalid = {
        code: 'bad code!',
        name: '',
        area: 'finance',
        measure: 'ratio',
        direction: 'up',
        value: 1,
      };
      expect(expectInvalid(await t.request('POST', targets(), invalid))).toEqual([
        'area',
        'code',
        'direction',
        'measure',
        'name',
      ]);
      expect(expectInvalid(await t.request('POST', targets(), percentTarget('x'.repeat(41), 80)))).toEqual([
        'code',
      ]);
      for (const extra of ['parentTargetId', 'floor', 'id']) {
        const res = await t.request('POST', targets(), percentTarget('T1', 80, { [extra]: null }));
        expectInvalid(res);
        expect(res.body.detail).toContain(extra);
      }
      await expectPlanUnchanged(t, before);
    });

    it('changes a target and counts a new plan version', async () => {
      ok(
        await t.request(
          'POST',
          targets(),
          percentTarget('DVC-02', 80, { levelFloors: { district: 70, commune: 60 } }),
        ),
        201,
      );
      const res = await t.request('PATCH', `${targets()}/DVC-02`, {
        value: 85,
        name: 'Số hóa kết quả',
        levelFloors: { commune: null },
      });
      expect(ok(res)).toMatchObject({
        code: 'DVC-02',
        name: 'Số hóa kết quả',
        value: 85,
        levelFloors: { district: 70, commune: null },
      });
      const plan = await getPlan(t, planId);
      expect(plan.version).toBe(3);
      expect(targetIn(plan, 'DVC-02')).toEqual(res.body);

      // A target of the plan's own may change area, measure and direction freely.
      const changed = ok(
        await t.request('PATCH', `${targets()}/DVC-02`, {
          area: 'digital_government',
          measure: 'count',
          direction: 'at_most',
          value: 3,
        }),
      );
      expect(changed).toMatchObject({
        area: 'digital_government',
        measure: 'count',
        direction: 'at_most',
        value: 3,
      });
      expect(changed.levelFloors).toEqual({ district: 70, commune: null });
      const after = await getPlan(t, planId);
      expect(after.areas.find((a: { area: string }) => a.area === 'digital_government').targets).toEqual([
        changed,
      ]);
      expect(after.version).toBe(4);
    });

    it('finds a target by a code with Vietnamese letters', async () => {
      ok(await t.request('POST', targets(), percentTarget('CĐS-01', 50)), 201);
      const path = `${targets()}/${encodeURIComponent('CĐS-01')}`;
      expect(ok(await t.request('PATCH', path, { value: 55 })).value).toBe(55);
      expect((await t.request('DELETE', path)).status).toBe(204);
    });

    it('refuses an invalid change, naming the field, and changes nothing', async () => {
      ok(await t.request('POST', targets(), percentTarget('T1', 80)), 201);
      ok(
        await t.request('POST', targets(), {
          ...percentTarget('KH-01', 0),
          measure: 'date',
          value: '2024-07-30',
        }),
        201,
      );
      const before = await getPlan(t, planId);
      const patch = async (code: string, body: unknown) =>
        expectInvalid(await t.request('PATCH', `${targets()}/${code}`, body));
      expect(await patch('T1', { value: 101 })).toEqual(['value']);
      expect(await patch('T1', { value: '2024-07-30' })).toEqual(['value']);
      expect(await patch('T1', { levelFloors: { commune: -5 } })).toEqual(['levelFloors.commune']);
      expect(await patch('T1', { measure: 'count' })).toEqual(['value']);
      expect(await patch('T1', { measure: 'count', value: 2.5 })).toEqual(['value']);
      expect(await patch('KH-01', { value: '2024-02-30' })).toEqual(['value']);
      expect(await patch('KH-01', { value: 5 })).toEqual(['value']);
      expect(await patch('T1', { name: '' })).toEqual(['name']);
      expectInvalid(await t.request('PATCH', `${targets()}/T1`, {}));
      const extra = await t.request('PATCH', `${targets()}/T1`, { code: 'T2' });
      expectInvalid(extra);
      expect(extra.body.detail).toContain('code');
      await expectPlanUnchanged(t, before);
    });

    it('deletes a target of its own (204); the code is then free again', async () => {
      ok(await t.request('POST', targets(), percentTarget('T1', 80)), 201);
      ok(await t.request('POST', targets(), percentTarget('T2', 90)), 201);
      const res = await t.request('DELETE', `${targets()}/T1`);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      const plan = await getPlan(t, planId);
      expect(targetsOf(plan).map((x) => x.code)).toEqual(['T2']);
      expect(plan.version).toBe(4);
      expectProblem(await t.request('DELETE', `${targets()}/T1`), 404, 'NOT_FOUND');
      ok(await t.request('POST', targets(), percentTarget('T1', 70)), 201);
    });

    it('answers 404 for an unknown target and 400 for a malformed code, changing nothing', async () => {
      ok(await t.request('POST', targets(), percentTarget('T1', 80)), 201);
      const before = await getPlan(t, planId);
      expectProblem(await t.request('PATCH', `${targets()}/T9`, { value: 90 }), 404, 'NOT_FOUND');
      expectProblem(await t.request('DELETE', `${targets()}/T9`), 404, 'NOT_FOUND');
      expectProblem(await t.request('PATCH', `${targets()}/t1`, { value: 90 }), 404, 'NOT_FOUND');
      // T1 belongs to another plan than this one.
      const other = await createPlanWithTargets(t, '948', []);
      expectProblem(
        await t.request('PATCH', `/api/plans/${other.id}/targets/T1`, { value: 90 }),
        404,
        'NOT_FOUND',
      );
      expectProblem(await t.request('DELETE', `/api/plans/${other.id}/targets/T1`), 404, 'NOT_FOUND');
      for (const code of ['-T1', 'a%20b', 'x'.repeat(41), 'T1%3B']) {
        expect(expectInvalid(await t.request('PATCH', `${targets()}/${code}`, { value: 90 }))).toEqual([
          'code',
        ]);
        expect(expectInvalid(await t.request('DELETE', `${targets()}/${code}`))).toEqual(['code']);
      }
      await expectPlanUnchanged(t, before);
    });
  });

  describe('tasks', () => {
    const task = (extra: Record<string, unknown> = {}) => ({
      title: 'Rà soát, đơn giản hóa thủ tục hành chính',
      area: 'administrative_procedures',
      ...extra,
    });

    it('adds a task (201) with its due written as a date, a quarter or a year', async () => {
      const full = ok(
        await t.request(
          'POST',
          tasks(),
          task({
            product: 'Quyết định phê duyệt phương án',
            leadAgency: 'Văn phòng UBND tỉnh',
            coordinatingAgencies: ['Sở Tư pháp', 'Sở Nội vụ'],
            budgetMillionVnd: 120.5,
            due: '2024-03-15',
          }),
        ),
        201,
      );
      expect(full).toEqual({
        id: expect.stringMatching(UUID),
        title: 'Rà soát, đơn giản hóa thủ tục hành chính',
        area: 'administrative_procedures',
        product: 'Quyết định phê duyệt phương án',
        leadAgency: 'Văn phòng UBND tỉnh',
        coordinatingAgencies: ['Sở Tư pháp', 'Sở Nội vụ'],
        budgetMillionVnd: 120.5,
        due: '2024-03-15',
        parentTaskId: null,
        cascade: true,
        mandated: false,
        parentDue: null,
      });
      const quarter = ok(await t.request('POST', tasks(), task({ due: '2024-Q1' })), 201);
      const year = ok(await t.request('POST', tasks(), task({ due: '2024' })), 201);
      const none = ok(await t.request('POST', tasks(), task()), 201);
      expect([quarter.due, year.due, none.due]).toEqual(['2024-Q1', '2024', null]);
      expect(none).toMatchObject({
        product: null,
        leadAgency: null,
        coordinatingAgencies: [],
        budgetMillionVnd: 0,
      });

      const plan = await getPlan(t, planId);
      expect(tasksOf(plan)).toEqual([full, quarter, year, none]);
      expect(plan.version).toBe(5);
      expect(plan.budgetMillionVnd).toBe(120.5);
    });

    it('refuses a bad due, a negative budget and missing fields, naming each, and changes nothing', async () => {
      const before = await getPlan(t, planId);
      for (const due of [
        '2024-13-01',
        '2024-02-30',
        '2024-Q5',
        '2024-Q0',
        'Quý I/2024',
        '15/03/2024',
        '24',
        '',
        2024,
      ]) {
        expect(expectInvalid(await t.request('POST', tasks(), task({ due })))).toEqual(['due']);
      }
      expect(expectInvalid(await t.request('POST', tasks(), task({ budgetMillionVnd: -1 })))).toEqual([
        'budgetMillionVnd',
      ]);
      expect(expectInvalid(await t.request('POST', tasks(), task({ budgetMillionVnd: '10' })))).toEqual([
        'budgetMillionVnd',
      ]);
      expect(expectInvalid(await t.request('POST', tasks(), {}))).toEqual(['area', 'title']);
      expect(
        expectInvalid(
          await t.request('POST', tasks(), task({ area: 'sports', coordinatingAgencies: ['Sở Y tế', ''] })),
        ),
      ).toEqual(['area', 'coordinatingAgencies.1']);
      const extra = await t.request('POST', tasks(), task({ parentTaskId: UNKNOWN_ID }));
      expectInvalid(extra);
      expect(extra.body.detail).toContain('parentTaskId');
      await expectPlanUnchanged(t, before);
    });

    it('changes a task, moving its budget to its new area', async () => {
      const a = ok(await t.request('POST', tasks(), task({ budgetMillionVnd: 100, due: '2024' })), 201);
      ok(
        await t.request(
          'POST',
          tasks(),
          task({ title: 'Số hóa', area: 'digital_government', budgetMillionVnd: 50 }),
        ),
        201,
      );
      const res = await t.request('PATCH', `${tasks()}/${a.id}`, {
        area: 'digital_government',
        due: '2024-Q2',
        budgetMillionVnd: 12.5,
        leadAgency: 'Sở Thông tin và Truyền thông',
        coordinatingAgencies: ['Sở Nội vụ'],
        product: 'Báo cáo',
      });
      expect(ok(res)).toEqual({
        ...a,
        area: 'digital_government',
        due: '2024-Q2',
        budgetMillionVnd: 12.5,
        leadAgency: 'Sở Thông tin và Truyền thông',
        coordinatingAgencies: ['Sở Nội vụ'],
        product: 'Báo cáo',
      });
      const plan = await getPlan(t, planId);
      const byArea = Object.fromEntries(plan.areas.map((x: { area: string }) => [x.area, x]));
      expect(byArea.administrative_procedures).toMatchObject({ tasks: [], budgetMillionVnd: 0 });
      expect(byArea.digital_government.budgetMillionVnd).toBe(62.5);
      expect(byArea.digital_government.tasks).toContainEqual(res.body);
      expect(plan.budgetMillionVnd).toBe(62.5);
      expect(plan.version).toBe(4);

      const cleared = ok(
        await t.request('PATCH', `${tasks()}/${a.id}`, { due: null, leadAgency: null, product: null }),
      );
      expect(cleared).toMatchObject({ due: null, leadAgency: null, product: null, budgetMillionVnd: 12.5 });
      for (const due of ['2024-03-15', '2024-Q4', '2025']) {
        expect(ok(await t.request('PATCH', `${tasks()}/${a.id}`, { due })).due).toBe(due);
      }
    });

    it('refuses an invalid change, naming the field, and changes nothing', async () => {
      const a = ok(await t.request('POST', tasks(), task({ budgetMillionVnd: 100, due: '2024' })), 201);
      const before = await getPlan(t, planId);
      const patch = async (body: unknown) =>
        expectInvalid(await t.request('PATCH', `${tasks()}/${a.id}`, body));
      expect(await patch({ due: '2024-Q5' })).toEqual(['due']);
      expect(await patch({ due: 'Năm 2024' })).toEqual(['due']);
      expect(await patch({ budgetMillionVnd: -0.5 })).toEqual(['budgetMillionVnd']);
      expect(await patch({ title: ' ' })).toEqual(['title']);
      expect(await patch({ area: 'nowhere' })).toEqual(['area']);
      expectInvalid(await t.request('PATCH', `${tasks()}/${a.id}`, {}));
      const extra = await t.request('PATCH', `${tasks()}/${a.id}`, { parentTaskId: null });
      expectInvalid(extra);
      expect(extra.body.detail).toContain('parentTaskId');
      await expectPlanUnchanged(t, before);
    });

    it('deletes a task (204), taking its budget off the totals', async () => {
      const a = ok(await t.request('POST', tasks(), task({ budgetMillionVnd: 100 })), 201);
      const b = ok(await t.request('POST', tasks(), task({ budgetMillionVnd: 30 })), 201);
      const res = await t.request('DELETE', `${tasks()}/${a.id}`);
      expect(res.status).toBe(204);
      const plan = await getPlan(t, planId);
      expect(tasksOf(plan)).toEqual([b]);
      expect(plan.budgetMillionVnd).toBe(30);
      expect(plan.version).toBe(4);
      expectProblem(await t.request('DELETE', `${tasks()}/${a.id}`), 404, 'NOT_FOUND');
    });

    it('answers 404 for an unknown task or one of another plan, 400 for a malformed id', async () => {
      const a = ok(await t.request('POST', tasks(), task()), 201);
      const other = await createPlanWithTargets(t, '948', []);
      const before = await getPlan(t, planId);
      expectProblem(await t.request('PATCH', `${tasks()}/${UNKNOWN_ID}`, { title: 'x' }), 404, 'NOT_FOUND');
      expectProblem(await t.request('DELETE', `${tasks()}/${UNKNOWN_ID}`), 404, 'NOT_FOUND');
      expectProblem(
        await t.request('PATCH', `/api/plans/${other.id}/tasks/${a.id}`, { title: 'x' }),
        404,
        'NOT_FOUND',
      );
      expectProblem(await t.request('DELETE', `/api/plans/${other.id}/tasks/${a.id}`), 404, 'NOT_FOUND');
      expect(expectInvalid(await t.request('PATCH', `${tasks()}/not-a-task`, { title: 'x' }))).toEqual([
        'taskId',
      ]);
      expect(expectInvalid(await t.request('DELETE', `${tasks()}/42`))).toEqual(['taskId']);
      await expectPlanUnchanged(t, before);
      expect((await getPlan(t, other.id)).version).toBe(1);
    });
  });
});
