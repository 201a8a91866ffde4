import { provinceUnitsCsv } from '../src/modules/units/infrastructure/unit-files.js';
import {
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
import {
  UNITS_2025,
  createPlanWithTargets,
  importProvince,
  percentTarget,
  planOf,
} from './support/fixtures.js';
import {
  NGA_NAM_COMMUNES,
  NGA_NAM_ISSUE,
  PROVINCE_TARGETS,
  SOC_TRANG_DISTRICTS,
  amendPlan,
  cascade,
  children,
  compliance,
  confirmAndIssue,
  issuePlan,
  openAmendment,
  socTrangPlan,
} from './support/soc-trang-plan.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const PROVINCE_AMENDMENT = {
  documentNumber: '45/KH-UBND',
  issuedOn: '2024-06-12',
  signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
};

const NOTHING_CHANGED = {
  created: 0,
  updated: 0,
  targetsAdded: 0,
  targetsRaised: 0,
  tasksAdded: 0,
  dryRun: false,
};

describe('cascade', () => {
  let t: TestApp;
  let province: Json;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await importProvince(t, '94');
    // Only an issued plan is passed down: the province signs 218/KH-UBND first.
    province = await issuePlan(t, (await socTrangPlan(t)).id);
  });

  const patchTarget = async (planId: string, code: string, body: unknown) =>
    ok(await t.request('PATCH', `/api/plans/${planId}/targets/${code}`, body));
  const listPlans = async (query: string) => ok(await t.request('GET', `/api/plans${query}`));

  describe('POST /api/plans/:id/cascade', () => {
    it('derives one plan per district, inheriting every target at its level floor and every task', async () => {
      const res = await cascade(t, province.id, {});
      expect(res).toMatchObject({
        created: 11,
        updated: 0,
        targetsAdded: 44,
        targetsRaised: 0,
        tasksAdded: 22,
      });
      expect(res.plans.map((p: Json) => p.unitCode)).toEqual(SOC_TRANG_DISTRICTS);
      for (const p of res.plans) {
        expect(p).toMatchObject({
          unitLevel: 'district',
          status: 'derived',
          version: 1,
          complies: true,
          violations: 0,
        });
        expect(p.id).toMatch(UUID);
      }
      expect(res.plans.find((p: Json) => p.unitCode === '948')).toMatchObject({
        unitName: 'Ngã Năm',
        unitType: 'Thị xã',
      });
      expect(await children(t, province.id)).toEqual(res.plans);

      const ngaNam = await getPlan(t, planOf(res.plans, '948'));
      expect(ngaNam).toMatchObject({
        unitCode: '948',
        unitName: 'Ngã Năm',
        unitLevel: 'district',
        provinceCode: '94',
        year: 2024,
        kind: 'annual',
        title: province.title,
        documentNumber: null,
        objectives: province.objectives,
        status: 'derived',
        parentPlanId: province.id,
        version: 1,
      });
      expect(ngaNam.legalBasis).toEqual([
        expect.stringMatching(
          /^Căn cứ Kế hoạch số 218\/KH-UBND ngày 19 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Sóc Trăng về /,
        ),
      ]);

      // Every target, same code, name, area, measure and direction; value = the district floor.
      const expected: Record<string, [unknown, unknown]> = {
        'TTHC-01': [98, { district: null, commune: null }],
        'DVC-02': [70, { district: null, commune: 60 }],
        'KL-03': [0, { district: null, commune: null }],
        'KH-04': ['2024-07-30', { district: null, commune: null }],
      };
      expect(targetsOf(ngaNam)).toHaveLength(4);
      for (const parent of targetsOf(province)) {
        const [value, levelFloors] = expected[parent.code] ?? [];
        expect(targetIn(ngaNam, parent.code)).toEqual({
          code: parent.code,
          name: parent.name,
          area: parent.area,
          measure: parent.measure,
          direction: parent.direction,
          value,
          levelFloors,
          parentTargetId: expect.stringMatching(UUID),
          floor: value,
          reporting: parent.reporting,
        });
      }
      // Every task, with what the district decides itself (who leads it) left open.
      const tasks = tasksOf(ngaNam);
      expect(tasks).toHaveLength(2);
      for (const parent of tasksOf(province)) {
        expect(tasks.find((x: Json) => x.parentTaskId === parent.id)).toMatchObject({
          id: expect.stringMatching(UUID),
          title: parent.title,
          area: parent.area,
          product: parent.product,
          due: parent.due,
          leadAgency: null,
          coordinatingAgencies: [],
        });
      }
      for (const code of SOC_TRANG_DISTRICTS) {
        const plan = await getPlan(t, planOf(res.plans, code));
        expect(targetsOf(plan).map((x: Json) => [x.code, x.value])).toEqual(
          targetsOf(ngaNam).map((x: Json) => [x.code, x.value]),
        );
        expect(tasksOf(plan).every((x: Json) => x.leadAgency === null)).toBe(true);
      }
      expect(await listPlans('?year=2024')).toHaveLength(12);
      expect(await listPlans('?unit=948&year=2024')).toHaveLength(1);
      await expectPlanUnchanged(t, province);
    });

    it('derives only the listed children when unitCodes is given, the rest later', async () => {
      const some = await cascade(t, province.id, { unitCodes: ['948', '941'] });
      expect(some).toMatchObject({ created: 2, updated: 0, targetsAdded: 8, tasksAdded: 4 });
      expect(some.plans.map((p: Json) => p.unitCode)).toEqual(['941', '948']);
      expect((await children(t, province.id)).map((p: Json) => p.unitCode)).toEqual(['941', '948']);
      expect(await listPlans('?unit=942')).toEqual([]);

      // No body at all: every child, and the two already derived are left as they are.
      const res = await t.request('POST', `/api/plans/${province.id}/cascade`);
      const rest = ok(res);
      expect(rest).toMatchObject({
        created: 9,
        updated: 0,
        targetsAdded: 36,
        targetsRaised: 0,
        tasksAdded: 18,
      });
      expect(rest.plans).toHaveLength(11);
      expect(rest.plans.find((p: Json) => p.unitCode === '948').id).toBe(planOf(some.plans, '948'));
    });

    it('refuses a unit that is not a direct child with 422, deriving nothing', async () => {
      for (const [unitCodes, bad] of [
        [['948', '31732'], ['unitCodes.1']], // a grandchild
        [['94'], ['unitCodes.0']], // the province itself
        [
          ['011', '948', '95'],
          ['unitCodes.0', 'unitCodes.2'],
        ], // units of no child
      ] as const) {
        const res = await t.request('POST', `/api/plans/${province.id}/cascade`, { unitCodes });
        const problem = expectProblem(res, 422, 'NOT_A_CHILD_UNIT');
        expect(problem.errors.map((e: Json) => e.field)).toEqual(bad);
      }
      expect(await children(t, province.id)).toEqual([]);
      expect(await listPlans('?year=2024')).toHaveLength(1);
      await expectPlanUnchanged(t, province);
    });

    it('refuses a malformed request, naming the field', async () => {
      const post = (body: unknown) => t.request('POST', `/api/plans/${province.id}/cascade`, body);
      expect(expectInvalid(await post({ unitCodes: [] }))).toEqual(['unitCodes']);
      expect(expectInvalid(await post({ unitCodes: '948' }))).toEqual(['unitCodes']);
      expect(expectInvalid(await post({ unitCodes: ['948', 'abc'] }))).toEqual(['unitCodes.1']);
      const extra = await post({ all: true });
      expectInvalid(extra);
      expect(extra.body.detail).toContain('all');
      expect(await children(t, province.id)).toEqual([]);
    });

    it('is idempotent: a second run creates, changes and duplicates nothing', async () => {
      const first = await cascade(t, province.id);
      const ngaNam = await getPlan(t, planOf(first.plans, '948'));
      const second = await cascade(t, province.id);
      expect(second).toEqual({ ...NOTHING_CHANGED, plans: first.plans });
      await expectPlanUnchanged(t, ngaNam);
      expect(await listPlans('?year=2024')).toHaveLength(12);
      // Also for a subset, and for a district that cascades twice.
      expect(await cascade(t, province.id, { unitCodes: ['948'] })).toMatchObject(NOTHING_CHANGED);
      await confirmAndIssue(t, ngaNam.id, NGA_NAM_ISSUE);
      const down = await cascade(t, ngaNam.id);
      expect(down.created).toBe(8);
      expect(await cascade(t, ngaNam.id)).toEqual({ ...NOTHING_CHANGED, plans: down.plans });
    });

    it('an amendment adds what the parent gained and raises what fell below, never lowering a child; a cascade brings it to the districts reached later', async () => {
      // The province passes its plan to three districts first, the other eight later.
      const first = await cascade(t, province.id, { unitCodes: ['941', '942', '948'] });
      expect(first).toMatchObject({ created: 3, updated: 0 });
      const [kheSach, chauThanh, ngaNam] = ['941', '942', '948'].map((c) => planOf(first.plans, c)) as [
        string,
        string,
        string,
      ];
      await patchTarget(kheSach, 'TTHC-01', { value: 100 }); // raised above the floor by the district
      ok(await t.request('POST', `/api/plans/${chauThanh}/confirm`, {}));

      // The province amends its issued plan: tightens, adds a target and a task, issues it again.
      let newTask: Json;
      await amendPlan(t, province.id, async () => {
        await patchTarget(province.id, 'TTHC-01', { value: 99 });
        ok(
          await t.request(
            'POST',
            `/api/plans/${province.id}/targets`,
            percentTarget('HL-05', 95, { name: 'Mức độ hài lòng', levelFloors: { commune: 90 } }),
          ),
          201,
        );
        newTask = ok(
          await t.request('POST', `/api/plans/${province.id}/tasks`, {
            title: 'Khảo sát sự hài lòng',
            area: 'direction',
            leadAgency: 'Sở Nội vụ',
            due: '2024-Q4',
          }),
          201,
        );
      });

      // Issuing the amendment carried it to the three districts at once.
      const byUnit = Object.fromEntries((await children(t, province.id)).map((p: Json) => [p.unitCode, p]));
      expect(Object.keys(byUnit).sort()).toEqual(['941', '942', '948']);
      expect(byUnit['941']).toMatchObject({ version: 3, status: 'derived', complies: true });
      // A confirmed plan whose targets the amendment changed must be confirmed again.
      expect(byUnit['942']).toMatchObject({ version: 3, status: 'derived', complies: true });
      expect(byUnit['948']).toMatchObject({ version: 2, status: 'derived', complies: true });
      expect((await getPlan(t, chauThanh)).reconfirm).toEqual({
        parentPlanId: province.id,
        parentVersion: 2,
        targets: expect.arrayContaining([
          { code: 'TTHC-01', before: 98, after: 99 },
          { code: 'HL-05', before: null, after: 95 },
        ]),
      });

      // The cascade then creates the other eight at the amended plan, and leaves the three as they are.
      const again = await cascade(t, province.id);
      expect(again).toMatchObject({
        created: 8,
        updated: 0,
        targetsAdded: 8 * 5,
        targetsRaised: 0,
        tasksAdded: 8 * 3,
      });
      const later = await getPlan(t, planOf(again.plans, '943'));
      expect(targetIn(later, 'TTHC-01')).toMatchObject({ value: 99, floor: 99 });
      expect(targetIn(later, 'HL-05')).toMatchObject({ value: 95, floor: 95 });
      expect(tasksOf(later)).toHaveLength(3);

      const raisedAbove = await getPlan(t, kheSach);
      expect(targetIn(raisedAbove, 'TTHC-01')).toMatchObject({ value: 100, floor: 99 });
      const district = await getPlan(t, ngaNam);
      expect(targetIn(district, 'TTHC-01')).toMatchObject({ value: 99, floor: 99 });
      expect(targetIn(district, 'HL-05')).toMatchObject({
        value: 95,
        floor: 95,
        levelFloors: { district: null, commune: 90 },
        parentTargetId: expect.stringMatching(UUID),
      });
      expect(targetsOf(district)).toHaveLength(5);
      expect(tasksOf(district)).toHaveLength(3);
      expect(tasksOf(district).find((x: Json) => x.parentTaskId === newTask.id)).toMatchObject({
        title: 'Khảo sát sự hài lòng',
        due: '2024-Q4',
        leadAgency: null,
      });
      expect(await compliance(t, province.id)).toEqual([]);
      expect(await listPlans('?year=2024')).toHaveLength(12);
    });

    it('never loosens a child when the parent loosens or drops a target', async () => {
      const first = await cascade(t, province.id);
      const ngaNam = planOf(first.plans, '948');
      await amendPlan(t, province.id, async () => {
        await patchTarget(province.id, 'TTHC-01', { value: 90 });
        expect((await t.request('DELETE', `/api/plans/${province.id}/targets/DVC-02`)).status).toBe(204);
      });

      const again = await cascade(t, province.id);
      expect(again).toMatchObject(NOTHING_CHANGED);
      const district = await getPlan(t, ngaNam);
      expect(targetIn(district, 'TTHC-01')).toMatchObject({ value: 98, floor: 90 });
      // The dropped target stays, as the district's own.
      expect(targetIn(district, 'DVC-02')).toMatchObject({ value: 70, parentTargetId: null, floor: null });
      // Its target changed hands, so its plan has a new version, and its history says so.
      expect(district.version).toBe(2);
      const history = await t.request('GET', `/api/plans/${ngaNam}/history`);
      expect(history.body.at(-1)).toMatchObject({
        action: 'target_released',
        before: { code: 'DVC-02', parentPlanId: province.id },
      });
      expect(await compliance(t, province.id)).toEqual([]);
    });

    it('cascades a district plan to its communes, carrying the province commune floor down', async () => {
      const first = await cascade(t, province.id);
      const ngaNamId = planOf(first.plans, '948');
      const local = ok(
        await t.request('POST', `/api/plans/${ngaNamId}/tasks`, {
          title: 'Kiểm tra công tác CCHC tại các xã, phường',
          area: 'direction',
          leadAgency: 'Phòng Nội vụ',
          budgetMillionVnd: 15,
          due: '2024-Q3',
        }),
        201,
      );
      // The district raises its own value; the commune floor the province set stays 60.
      expect((await patchTarget(ngaNamId, 'DVC-02', { value: 75 })).levelFloors).toEqual({
        district: null,
        commune: 60,
      });
      const ngaNam = await confirmAndIssue(t, ngaNamId, NGA_NAM_ISSUE);

      const down = await cascade(t, ngaNamId);
      expect(down).toMatchObject({
        created: 8,
        updated: 0,
        targetsAdded: 32,
        targetsRaised: 0,
        tasksAdded: 24,
      });
      expect(down.plans.map((p: Json) => p.unitCode)).toEqual(NGA_NAM_COMMUNES);
      expect(
        down.plans.every((p: Json) => p.unitLevel === 'commune' && p.status === 'derived' && p.complies),
      ).toBe(true);

      const commune = await getPlan(t, planOf(down.plans, '31732'));
      expect(commune).toMatchObject({ unitLevel: 'commune', parentPlanId: ngaNamId, status: 'derived' });
      expect(commune.legalBasis).toEqual([expect.stringContaining('Ủy ban nhân dân thị xã Ngã Năm')]);
      expect(targetsOf(commune).map((x: Json) => [x.code, x.value, x.floor])).toEqual([
        ['TTHC-01', 98, 98],
        ['KL-03', 0, 0],
        ['DVC-02', 60, 60],
        ['KH-04', '2024-07-30', '2024-07-30'],
      ]);
      expect(
        targetsOf(commune).every(
          (x: Json) => x.levelFloors.district === null && x.levelFloors.commune === null,
        ),
      ).toBe(true);
      expect(
        tasksOf(commune)
          .map((x: Json) => x.parentTaskId)
          .sort(),
      ).toEqual(
        tasksOf(ngaNam)
          .map((x: Json) => x.id)
          .sort(),
      );
      expect(tasksOf(commune).every((x: Json) => x.leadAgency === null)).toBe(true);
      expect(tasksOf(commune).find((x: Json) => x.parentTaskId === local.id)).toMatchObject({
        due: '2024-Q3',
      });
      // The province's children are still the districts.
      expect((await children(t, province.id)).map((p: Json) => p.unitCode)).toEqual(SOC_TRANG_DISTRICTS);

      // A district that clears its commune floor passes its own (higher) value down instead.
      const keSach = planOf(first.plans, '941');
      await patchTarget(keSach, 'DVC-02', { value: 75, levelFloors: { commune: null } });
      await confirmAndIssue(t, keSach);
      const [keSachCommune] = (await cascade(t, keSach)).plans;
      expect(targetIn(await getPlan(t, keSachCommune.id), 'DVC-02')).toMatchObject({ value: 75, floor: 75 });
    });

    it('links the annual plan a district already wrote itself, keeping what it wrote', async () => {
      const own = await createPlanWithTargets(t, '948', [
        percentTarget('TTHC-01', 90), // weaker than the province: raised by the cascade
        percentTarget('NV-948', 100, { name: 'Chỉ tiêu riêng của thị xã' }),
      ]);
      ok(await t.request('PATCH', `/api/plans/${own.id}`, { documentNumber: '45/KH-UBND' }));
      const ownTask = ok(
        await t.request('POST', `/api/plans/${own.id}/tasks`, {
          title: 'Việc riêng',
          area: 'apparatus',
          leadAgency: 'Phòng Nội vụ',
        }),
        201,
      );
      const remediation = ok(
        await t.request('POST', '/api/plans', {
          unitCode: '948',
          year: 2024,
          kind: 'remediation',
          title: 'Khắc phục',
        }),
        201,
      );
      const nextYear = ok(
        await t.request('POST', '/api/plans', { unitCode: '941', year: 2025, title: 'Năm sau' }),
        201,
      );

      const res = await cascade(t, province.id);
      expect(res).toMatchObject({
        created: 10,
        updated: 1,
        targetsAdded: 43,
        targetsRaised: 1,
        tasksAdded: 22,
      });
      expect(planOf(res.plans, '948')).toBe(own.id);
      const linked = await getPlan(t, own.id);
      expect(linked).toMatchObject({
        parentPlanId: province.id,
        title: own.title,
        documentNumber: '45/KH-UBND',
        status: 'derived',
        version: 6,
      });
      expect(targetIn(linked, 'TTHC-01')).toMatchObject({
        value: 98,
        floor: 98,
        parentTargetId: expect.stringMatching(UUID),
      });
      expect(targetIn(linked, 'NV-948')).toMatchObject({ value: 100, parentTargetId: null, floor: null });
      expect(targetIn(linked, 'DVC-02')).toMatchObject({
        value: 70,
        levelFloors: { district: null, commune: 60 },
      });
      expect(tasksOf(linked)).toHaveLength(3);
      expect(tasksOf(linked)).toContainEqual(ownTask);
      expect(res.plans.find((p: Json) => p.unitCode === '948')).toMatchObject({
        status: 'derived',
        complies: true,
      });

      // Only the annual plan of the same year is linked.
      expect((await getPlan(t, remediation.id)).parentPlanId).toBeNull();
      expect((await getPlan(t, nextYear.id)).parentPlanId).toBeNull();
      expect(await listPlans('?unit=948&year=2024')).toHaveLength(2);
      expect(await listPlans('?unit=941&year=2024')).toHaveLength(1);
      // Its own target can no longer be lowered below the province.
      const weaker = await t.request('PATCH', `/api/plans/${own.id}/targets/TTHC-01`, { value: 95 });
      expect(expectProblem(weaker, 422, 'TARGET_WEAKER_THAN_PARENT').parentValue).toBe(98);
    });

    it("carries a change of an inherited target's area, measure or direction down: to the plans below when the amendment is issued, to those a later cascade creates", async () => {
      const first = await cascade(t, province.id, { unitCodes: ['948'] });
      const ngaNam = planOf(first.plans, '948');
      ok(await t.request('POST', `/api/plans/${ngaNam}/confirm`, {}));
      // The province amends: moves one target to another area, and turns another into a ceiling.
      await amendPlan(t, province.id, async () => {
        await patchTarget(province.id, 'DVC-02', { area: 'administrative_procedures' });
        await patchTarget(province.id, 'TTHC-01', {
          name: 'Số hồ sơ giải quyết quá hạn',
          measure: 'count',
          direction: 'at_most',
          value: 3,
          levelFloors: { commune: 5 },
        });
      });
      // Issuing the amendment changed Ngã Năm's plan, which must be confirmed again.
      const district = await getPlan(t, ngaNam);
      expect(district.status).toBe('derived');
      const changed = {
        'DVC-02': { area: 'administrative_procedures', value: 70, floor: 70 },
        // A value of the old measure means nothing under the new one: it restarts at the floor.
        'TTHC-01': {
          measure: 'count',
          direction: 'at_most',
          value: 3,
          floor: 3,
          levelFloors: { district: null, commune: 5 },
        },
      };
      for (const [code, want] of Object.entries(changed))
        expect(targetIn(district, code)).toMatchObject(want);
      // The districts the cascade reaches after the amendment get the targets as they are now.
      const again = await cascade(t, province.id);
      expect(again).toMatchObject({ created: 10, updated: 0, targetsRaised: 0 });
      const later = await getPlan(t, planOf(again.plans, '941'));
      for (const [code, want] of Object.entries(changed)) expect(targetIn(later, code)).toMatchObject(want);
      const weaker = await t.request('PATCH', `/api/plans/${ngaNam}/targets/TTHC-01`, { value: 4 });
      expect(expectProblem(weaker, 422, 'TARGET_WEAKER_THAN_PARENT')).toMatchObject({
        parentValue: 3,
        triedValue: 4,
      });
      expect(await compliance(t, province.id)).toEqual([]);
      expect(await cascade(t, province.id)).toMatchObject(NOTHING_CHANGED);
    });

    it('links or refuses a district plan created while the province cascades, never failing', async () => {
      for (let round = 0; round < 5; round++) {
        await t.reset();
        await importProvince(t, '94');
        province = await issuePlan(t, (await socTrangPlan(t)).id);
        const [one, two, own] = await Promise.all([
          t.request('POST', `/api/plans/${province.id}/cascade`, {}),
          t.request('POST', `/api/plans/${province.id}/cascade`, {}),
          t.request('POST', '/api/plans', { unitCode: '948', year: 2024, title: 'Kế hoạch của thị xã' }),
        ]);
        expect([one.status, two.status]).toEqual([200, 200]);
        expect([201, 409]).toContain(own.status);
        if (own.status === 409) expect(own.body.code).toBe('PLAN_ALREADY_EXISTS');
        const ngaNam = await listPlans('?unit=948&year=2024');
        expect(ngaNam).toHaveLength(1);
        expect(ngaNam[0]).toMatchObject({ parentPlanId: province.id, status: 'derived' });
        expect(await children(t, province.id)).toHaveLength(11);
      }
    });

    it('lets a district fill in its derived plan, but not write a second annual plan', async () => {
      const first = await cascade(t, province.id);
      const ngaNam = planOf(first.plans, '948');
      const inherited = tasksOf(await getPlan(t, ngaNam))[0];
      const filled = ok(
        await t.request('PATCH', `/api/plans/${ngaNam}/tasks/${inherited.id}`, {
          leadAgency: 'Phòng Nội vụ',
          coordinatingAgencies: ['Văn phòng HĐND và UBND thị xã'],
          budgetMillionVnd: 20,
        }),
      );
      expect(filled).toMatchObject({
        leadAgency: 'Phòng Nội vụ',
        budgetMillionVnd: 20,
        parentTaskId: inherited.parentTaskId,
      });
      ok(await t.request('PATCH', `/api/plans/${ngaNam}`, { documentNumber: '45/KH-UBND' }));
      const second = await t.request('POST', '/api/plans', {
        unitCode: '948',
        year: 2024,
        title: 'Kế hoạch riêng',
      });
      expect(expectProblem(second, 409, 'PLAN_ALREADY_EXISTS').existingPlanId).toBe(ngaNam);
      // A cascade again keeps what the district filled in.
      expect(await cascade(t, province.id)).toMatchObject(NOTHING_CHANGED);
      const after = await getPlan(t, ngaNam);
      expect(tasksOf(after).find((x: Json) => x.id === inherited.id)).toEqual(filled);
      expect(after.documentNumber).toBe('45/KH-UBND');
    });

    it("adopts a child's own target whose code the parent adds later", async () => {
      const first = await cascade(t, province.id);
      const ngaNam = planOf(first.plans, '948');
      ok(await t.request('POST', `/api/plans/${ngaNam}/targets`, percentTarget('HL-05', 80)), 201);
      await amendPlan(t, province.id, async () =>
        ok(await t.request('POST', `/api/plans/${province.id}/targets`, percentTarget('HL-05', 90)), 201),
      );
      // Issuing the amendment adopted it at once, raised to the province's floor: one HL-05, inherited.
      const district = await getPlan(t, ngaNam);
      expect(targetsOf(district).filter((x: Json) => x.code === 'HL-05')).toEqual([
        expect.objectContaining({ value: 90, floor: 90, parentTargetId: expect.stringMatching(UUID) }),
      ]);
      expect(district).toMatchObject({
        status: 'derived',
        reconfirm: { parentPlanId: province.id, targets: [{ code: 'HL-05', before: 80, after: 90 }] },
      });
      // The other districts received it as a new target.
      const other = await getPlan(t, planOf(first.plans, '941'));
      expect(other.reconfirm.targets).toEqual([{ code: 'HL-05', before: null, after: 90 }]);
      expect(await cascade(t, province.id)).toMatchObject(NOTHING_CHANGED);
    });

    it('cascades a two-tier (2025) province straight to its communes', async () => {
      await importProvince(t, '92', UNITS_2025);
      const canTho = await createPlanWithTargets(t, '92', PROVINCE_TARGETS);
      const communes = provinceUnitsCsv(UNITS_2025, '92').trim().split('\n').length - 2;
      await issuePlan(t, canTho.id);
      const res = await cascade(t, canTho.id);
      expect(res).toMatchObject({ created: communes, targetsAdded: communes * 4 });
      expect(res.plans).toHaveLength(103);
      expect(res.plans.every((p: Json) => p.unitLevel === 'commune')).toBe(true);
      const ngaNam = await getPlan(t, planOf(res.plans, '31732'));
      expect(ngaNam).toMatchObject({ unitName: 'Ngã Năm', unitLevel: 'commune', provinceCode: '92' });
      expect(targetIn(ngaNam, 'DVC-02')).toMatchObject({
        value: 60,
        floor: 60,
        levelFloors: { district: null, commune: null },
      });
      const weaker = await t.request('PATCH', `/api/plans/${ngaNam.id}/targets/DVC-02`, { value: 59 });
      expect(expectProblem(weaker, 422, 'TARGET_WEAKER_THAN_PARENT')).toMatchObject({
        parentValue: 60,
        triedValue: 59,
      });
    });

    it('does nothing for a plan whose unit has no children', async () => {
      const first = await cascade(t, province.id);
      const ngaNam = planOf(first.plans, '948');
      await confirmAndIssue(t, ngaNam, NGA_NAM_ISSUE);
      const down = await cascade(t, ngaNam);
      const commune = await confirmAndIssue(t, planOf(down.plans, '31732'));
      expect(await cascade(t, commune.id)).toEqual({ ...NOTHING_CHANGED, plans: [] });
      await expectPlanUnchanged(t, commune);
    });
  });

  describe('GET /api/plans/:id/children and /compliance', () => {
    /**
     * Province → 11 districts; Kế Sách (941) raised to 100, confirmed, issued and cascaded; Ngã
     * Năm (948) confirmed at 98, issued and cascaded.
     */
    async function threeLevels() {
      const first = await cascade(t, province.id);
      const keSach = planOf(first.plans, '941');
      const ngaNam = planOf(first.plans, '948');
      await patchTarget(keSach, 'TTHC-01', { value: 100 });
      await confirmAndIssue(t, keSach);
      await confirmAndIssue(t, ngaNam, NGA_NAM_ISSUE);
      const keSachCommunes = await cascade(t, keSach);
      const ngaNamCommunes = await cascade(t, ngaNam);
      return { keSach, ngaNam, keSachCommunes: keSachCommunes.plans, ngaNamCommunes: ngaNamCommunes.plans };
    }

    it('lists each child with its status and whether it complies', async () => {
      const first = await cascade(t, province.id);
      const ngaNam = planOf(first.plans, '948');
      ok(
        await t.request('POST', `/api/plans/${ngaNam}/confirm`, {
          targets: [{ code: 'TTHC-01', value: 99 }],
        }),
      );
      const list = await children(t, province.id);
      expect(list).toHaveLength(11);
      expect(list.find((p: Json) => p.unitCode === '948')).toEqual({
        id: ngaNam,
        unitCode: '948',
        unitName: 'Ngã Năm',
        unitType: 'Thị xã',
        unitFullName: 'Thị xã Ngã Năm',
        unitLevel: 'district',
        status: 'confirmed',
        version: 2,
        complies: true,
        violations: 0,
        ownViolations: 0,
        issuedOn: null,
        reconfirm: null,
        timeliness: 'pending',
      });
      expect(list.filter((p: Json) => p.status === 'derived')).toHaveLength(10);

      // The province amends its plan: it tightens one target and adds another after the cascade.
      // Its draft already counts: the children list says who falls below it.
      await openAmendment(t, province.id);
      await patchTarget(province.id, 'TTHC-01', { value: 99 });
      const after = await children(t, province.id);
      expect(after.find((p: Json) => p.unitCode === '948')).toMatchObject({
        complies: true,
        violations: 0,
        status: 'confirmed',
      });
      for (const p of after.filter((x: Json) => x.unitCode !== '948')) {
        expect(p).toMatchObject({ complies: false, violations: 1 });
      }
      ok(await t.request('POST', `/api/plans/${province.id}/targets`, percentTarget('HL-05', 95)), 201);
      const missing = await children(t, province.id);
      expect(missing.find((p: Json) => p.unitCode === '948')).toMatchObject({
        complies: false,
        violations: 1,
      });
      expect(missing.find((p: Json) => p.unitCode === '941')).toMatchObject({
        complies: false,
        violations: 2,
      });
      expect(await children(t, ngaNam)).toEqual([]);
    });

    it('is empty while every plan below complies', async () => {
      expect(await compliance(t, province.id)).toEqual([]);
      await threeLevels();
      expect(await compliance(t, province.id)).toEqual([]);
    });

    it('after the province tightens, lists every district and every commune below the new floor', async () => {
      const { ngaNam, ngaNamCommunes } = await threeLevels();
      await openAmendment(t, province.id);
      await patchTarget(province.id, 'TTHC-01', { value: 99 });

      const item = (unitCode: string, unitLevel: string) =>
        expect.objectContaining({
          unitCode,
          unitLevel,
          targetCode: 'TTHC-01',
          targetName: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
          problem: 'weaker',
          field: 'value',
          direction: 'at_least',
          value: 98,
          floor: 99,
        });
      const belowDistricts = SOC_TRANG_DISTRICTS.filter((c) => c !== '941'); // Kế Sách is at 100
      const list = await compliance(t, province.id);
      // Ngã Năm's communes are listed although (and while) Ngã Năm is below the floor itself;
      // Kế Sách's communes, at 100, are not.
      expect(list).toEqual([
        ...NGA_NAM_COMMUNES.map((c) => item(c, 'commune')),
        ...belowDistricts.map((c) => item(c, 'district')),
      ]);
      expect(list.find((x: Json) => x.unitCode === '31732').planId).toBe(planOf(ngaNamCommunes, '31732'));
      expect(list.find((x: Json) => x.unitCode === '31732').unitName).toBe('1');

      // The district amends and raises itself: its communes are still below the province's floor.
      await openAmendment(t, ngaNam);
      await patchTarget(ngaNam, 'TTHC-01', { value: 99 });
      const next = await compliance(t, province.id);
      expect(next).toHaveLength(NGA_NAM_COMMUNES.length + belowDistricts.length - 1);
      expect(next.some((x: Json) => x.unitCode === '948')).toBe(false);
      // Seen from the district: its own subtree only.
      expect(await compliance(t, ngaNam)).toEqual(NGA_NAM_COMMUNES.map((c) => item(c, 'commune')));
      for (const p of await children(t, ngaNam)) expect(p).toMatchObject({ complies: false, violations: 1 });

      // Issuing both amendments and cascading again at both levels clears everything.
      await issuePlan(t, province.id, { ...PROVINCE_AMENDMENT });
      await cascade(t, province.id);
      await issuePlan(t, ngaNam, { ...NGA_NAM_ISSUE, documentNumber: '30/KH-UBND', issuedOn: '2024-06-20' });
      await cascade(t, ngaNam);
      expect(await compliance(t, province.id)).toEqual([]);
    });

    it('lists a tightened commune floor against every district floor and every commune', async () => {
      const { keSachCommunes } = await threeLevels();
      await openAmendment(t, province.id);
      await patchTarget(province.id, 'DVC-02', { levelFloors: { commune: 65 } });
      const list = await compliance(t, province.id);
      const districts = list.filter((x: Json) => x.unitLevel === 'district');
      const communes = list.filter((x: Json) => x.unitLevel === 'commune');
      expect(districts.map((x: Json) => x.unitCode)).toEqual(SOC_TRANG_DISTRICTS);
      for (const x of districts) {
        expect(x).toMatchObject({
          targetCode: 'DVC-02',
          problem: 'weaker',
          field: 'commune',
          value: 60,
          floor: 65,
        });
      }
      expect(communes.map((x: Json) => x.unitCode).sort()).toEqual(
        [...keSachCommunes.map((p: Json) => p.unitCode), ...NGA_NAM_COMMUNES].sort(),
      );
      for (const x of communes) {
        expect(x).toMatchObject({
          targetCode: 'DVC-02',
          problem: 'weaker',
          field: 'value',
          value: 60,
          floor: 65,
        });
      }
    });

    it('compares deadlines as dates: an earlier parent deadline makes later ones weaker', async () => {
      await threeLevels();
      await openAmendment(t, province.id);
      await patchTarget(province.id, 'KH-04', { value: '2024-06-30' });
      const list = await compliance(t, province.id);
      expect(list).toHaveLength(11 + 9 + 8);
      for (const x of list) {
        expect(x).toMatchObject({
          targetCode: 'KH-04',
          direction: 'at_most',
          field: 'value',
          value: '2024-07-30',
          floor: '2024-06-30',
        });
      }
    });

    it('lists a target a child lacks because the parent added it after the cascade', async () => {
      await threeLevels();
      await openAmendment(t, province.id);
      ok(
        await t.request(
          'POST',
          `/api/plans/${province.id}/targets`,
          percentTarget('HL-05', 95, { levelFloors: { district: 92, commune: 90 } }),
        ),
        201,
      );
      const list = await compliance(t, province.id);
      expect(list.map((x: Json) => x.unitCode)).toEqual(SOC_TRANG_DISTRICTS);
      for (const x of list) {
        expect(x).toMatchObject({
          unitLevel: 'district',
          targetCode: 'HL-05',
          problem: 'missing',
          field: 'value',
          value: null,
          floor: 92,
        });
      }
    });

    it('answers for one plan only: another province plan is not listed', async () => {
      await importProvince(t, '93');
      const other = await createPlanWithTargets(t, '93', [percentTarget('TTHC-01', 50)]);
      await issuePlan(t, other.id);
      await cascade(t, other.id);
      await cascade(t, province.id);
      await openAmendment(t, other.id);
      await patchTarget(other.id, 'TTHC-01', { value: 60 });
      expect(await compliance(t, province.id)).toEqual([]);
      expect((await compliance(t, other.id)).every((x: Json) => x.unitCode.length === 3)).toBe(true);
      expect((await children(t, province.id)).map((p: Json) => p.unitCode)).toEqual(SOC_TRANG_DISTRICTS);
    });
  });
});
