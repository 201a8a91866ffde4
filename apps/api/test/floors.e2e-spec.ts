import { expectInvalid, expectProblem, getPlan, ok, targetIn } from './support/expectations.js';
import { importProvince, planOf } from './support/fixtures.js';
import {
  NGA_NAM_COMMUNES,
  SOC_TRANG_DISTRICTS,
  NGA_NAM_ISSUE,
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

/**
 * Changes below a plan are never silent: province 94 issued and cascaded to its
 * 11 districts, Ngã Năm (948) confirmed, issued and cascaded to its 8 communes;
 * the province then amends its plan (what it changes counts below at once).
 */
describe('floors: what a change leaves below', () => {
  let t: TestApp;
  let province: Json;
  let ngaNam: string;
  let keSach: string;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await importProvince(t, '94');
    province = await issuePlan(t, (await socTrangPlan(t)).id);
    const districts = (await cascade(t, province.id)).plans;
    ngaNam = planOf(districts, '948');
    keSach = planOf(districts, '943');
    await confirmAndIssue(t, ngaNam, NGA_NAM_ISSUE);
    await cascade(t, ngaNam);
    province = await openAmendment(t, province.id);
  });
  const AMENDMENT = {
    documentNumber: '45/KH-UBND',
    issuedOn: '2024-06-12',
    signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
  };

  const patch = (planId: string, code: string, body: unknown) =>
    t.request('PATCH', `/api/plans/${planId}/targets/${code}`, body);
  const impact = (planId: string, code: string, query = '') =>
    t.request('GET', `/api/plans/${planId}/targets/${code}/impact${query ? `?${query}` : ''}`);
  const below = SOC_TRANG_DISTRICTS.length + NGA_NAM_COMMUNES.length;

  describe('GET /api/plans/:id/targets/:code/impact', () => {
    it('counts the plans below, at every level, a proposed value would leave under the floor; nothing is written', async () => {
      const before = await getPlan(t, province.id);
      expect(ok(await impact(province.id, 'TTHC-01', 'value=99'))).toEqual({
        targetCode: 'TTHC-01',
        plansBelowFloor: below,
        plansBelowFloorNow: 0,
      });
      // Equal to what the plans below hold, or looser: none.
      expect(ok(await impact(province.id, 'TTHC-01', 'value=98')).plansBelowFloor).toBe(0);
      expect(ok(await impact(province.id, 'TTHC-01', 'value=90')).plansBelowFloor).toBe(0);
      // A level floor: 65 for communes leaves the 8 communes below, and every district's own commune floor (60).
      expect(ok(await impact(province.id, 'DVC-02', 'commune=65')).plansBelowFloor).toBe(below);
      // 72 for districts only: the districts (at 70), not the communes (bound at 60).
      expect(ok(await impact(province.id, 'DVC-02', 'district=72')).plansBelowFloor).toBe(
        SOC_TRANG_DISTRICTS.length,
      );
      // An empty level floor means "none of its own": the target's value, 80, binds everyone.
      expect(ok(await impact(province.id, 'DVC-02', 'district=&commune=')).plansBelowFloor).toBe(below);
      // An earlier deadline is a stricter one.
      expect(ok(await impact(province.id, 'KH-04', 'value=2024-06-30')).plansBelowFloor).toBe(below);
      // From a district, only its communes.
      expect(ok(await impact(ngaNam, 'TTHC-01', 'value=99')).plansBelowFloor).toBe(NGA_NAM_COMMUNES.length);
      expect(await getPlan(t, province.id)).toEqual(before);
      expect(await compliance(t, province.id)).toEqual([]);
    });

    it('answers the same, as things stand, after the change is saved, until issuing the amendment raises them', async () => {
      ok(await patch(province.id, 'TTHC-01', { value: 99 }));
      expect(ok(await impact(province.id, 'TTHC-01'))).toMatchObject({
        plansBelowFloor: below,
        plansBelowFloorNow: below,
      });
      // Issuing the amendment raises every plan below at once: the districts and, through Ngã
      // Năm's plan, its communes.
      await issuePlan(t, province.id, AMENDMENT);
      expect(ok(await impact(province.id, 'TTHC-01'))).toMatchObject({
        plansBelowFloor: 0,
        plansBelowFloorNow: 0,
      });
      expect(await compliance(t, province.id)).toEqual([]);
      // Nothing is left for a cascade to raise.
      expect(await cascade(t, province.id)).toMatchObject({ updated: 0, targetsRaised: 0 });
    });

    it("refuses a value the target's measure does not take, and an unknown target", async () => {
      expect(expectInvalid(await impact(province.id, 'TTHC-01', 'value=101'))).toEqual(['value']);
      expect(expectInvalid(await impact(province.id, 'TTHC-01', 'value=abc&commune=-1')).sort()).toEqual([
        'commune',
        'value',
      ]);
      expect(expectInvalid(await impact(province.id, 'KH-04', 'value=30/06/2024'))).toEqual(['value']);
      expectProblem(await impact(province.id, 'XX-99', 'value=1'), 404, 'NOT_FOUND');
    });
  });

  describe('the children list', () => {
    it("counts each child's whole subtree: a district fine itself is not fine while its communes are below", async () => {
      ok(await patch(province.id, 'TTHC-01', { value: 99 }));
      await openAmendment(t, ngaNam);
      ok(await patch(ngaNam, 'TTHC-01', { value: 99 }));
      const list = await children(t, province.id);
      expect(list.find((c: Json) => c.unitCode === '948')).toMatchObject({
        unitFullName: 'Thị xã Ngã Năm',
        complies: false,
        ownViolations: 0,
        violations: NGA_NAM_COMMUNES.length,
      });
      // A district with no plans below it: its own problem only.
      expect(list.find((c: Json) => c.unitCode === '941')).toMatchObject({
        complies: false,
        ownViolations: 1,
        violations: 1,
      });
      // The same count as the compliance screen's rows for that subtree.
      const rows = (await compliance(t, province.id)).filter(
        (r: Json) => r.unitCode === '948' || r.districtCode === '948',
      );
      expect(rows).toHaveLength(NGA_NAM_COMMUNES.length);
      // Ngã Năm's own list: its communes, named with their district.
      const communes = await children(t, ngaNam);
      expect(communes.find((c: Json) => c.unitCode === '31732')).toMatchObject({
        unitFullName: 'Phường 1, Thị xã Ngã Năm',
        violations: 1,
        ownViolations: 1,
      });
    });
  });

  describe('compliance rows', () => {
    it('name the unit by type, name and district, and the measure of the values', async () => {
      ok(await patch(province.id, 'TTHC-01', { value: 99 }));
      const rows = await compliance(t, province.id);
      expect(rows.find((r: Json) => r.unitCode === '31741')).toMatchObject({
        unitName: 'Tân Long',
        unitType: 'Xã',
        unitFullName: 'Xã Tân Long, Thị xã Ngã Năm',
        districtCode: '948',
        unitLevel: 'commune',
        targetCode: 'TTHC-01',
        measure: 'percent',
        value: 98,
        floor: 99,
      });
      expect(rows.find((r: Json) => r.unitCode === '948')).toMatchObject({
        unitFullName: 'Thị xã Ngã Năm',
        districtCode: null,
      });
    });
  });

  describe('confirm', () => {
    it('refuses naming every target below its floor at once, raised or left alone', async () => {
      ok(await patch(province.id, 'TTHC-01', { value: 99 }));
      ok(await patch(province.id, 'KH-04', { value: '2024-06-30' }));
      const before = await getPlan(t, keSach);
      const body = expectProblem(
        await t.request('POST', `/api/plans/${keSach}/confirm`, { targets: [{ code: 'DVC-02', value: 65 }] }),
        422,
        'TARGET_WEAKER_THAN_PARENT',
      );
      expect(body.violations).toEqual(
        expect.arrayContaining([
          { targetCode: 'TTHC-01', field: 'value', parentValue: 99, triedValue: 98 },
          { targetCode: 'DVC-02', field: 'value', parentValue: 70, triedValue: 65 },
          { targetCode: 'KH-04', field: 'value', parentValue: '2024-06-30', triedValue: '2024-07-30' },
        ]),
      );
      expect(body.violations).toHaveLength(3);
      // The first is also in the top-level fields, as a single refusal has it.
      expect(body.violations).toContainEqual({
        targetCode: body.targetCode,
        field: body.field,
        parentValue: body.parentValue,
        triedValue: body.triedValue,
      });
      for (const code of ['TTHC-01', 'DVC-02', 'KH-04']) expect(body.detail).toContain(code);
      expect(await getPlan(t, keSach)).toEqual(before);
    });
  });

  describe('cascade dryRun', () => {
    it('answers what the cascade would do and writes nothing; the real run then does exactly that', async () => {
      // An amendment reaches the plans below when it is issued, so what is left for a cascade is
      // the districts it has not reached: here the province passed its plan to Ngã Năm only, and
      // Kế Sách and Châu Thành wrote their own annual plans, with the 98 of its first version.
      await t.reset();
      await importProvince(t, '94');
      province = await issuePlan(t, (await socTrangPlan(t)).id);
      ngaNam = planOf((await cascade(t, province.id, { unitCodes: ['948'] })).plans, '948');
      const own = [];
      for (const unit of ['941', '942']) {
        const plan = ok(
          await t.request('POST', '/api/plans', { unitCode: unit, year: 2024, title: 'Kế hoạch CCHC' }),
          201,
        );
        ok(
          await t.request('POST', `/api/plans/${plan.id}/targets`, {
            code: 'TTHC-01',
            name: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
            area: 'administrative_procedures',
            measure: 'percent',
            direction: 'at_least',
            value: 98,
          }),
          201,
        );
        own.push(plan.id);
      }
      // The province tightens TTHC-01 to 99: issuing it raises Ngã Năm's plan at once.
      await openAmendment(t, province.id);
      ok(await patch(province.id, 'TTHC-01', { value: 99 }));
      await issuePlan(t, province.id, AMENDMENT);
      expect((await getPlan(t, ngaNam)).reconfirm.targets).toEqual([
        { code: 'TTHC-01', before: 98, after: 99 },
      ]);

      const childrenBefore = await children(t, province.id);
      const historyBefore = ok(await t.request('GET', `/api/plans/${province.id}/history`));
      const complianceBefore = await compliance(t, province.id);
      const preview = await cascade(t, province.id, { dryRun: true });
      // Eight districts to create, with the 4 targets and 2 tasks; the two own plans to link,
      // each gaining the 3 targets and 2 tasks it lacks and its TTHC-01 raised to 99.
      expect(preview).toEqual({
        created: 8,
        updated: 2,
        targetsAdded: 8 * 4 + 2 * 3,
        targetsRaised: 2,
        tasksAdded: 8 * 2 + 2 * 2,
        dryRun: true,
        plans: [],
      });
      for (const id of own) expect((await getPlan(t, id)).parentPlanId).toBeNull();
      expect(await children(t, province.id)).toEqual(childrenBefore);
      expect(ok(await t.request('GET', `/api/plans/${province.id}/history`))).toEqual(historyBefore);
      expect(await compliance(t, province.id)).toEqual(complianceBefore);
      const { plans, ...run } = await cascade(t, province.id);
      expect(run).toEqual({ ...preview, dryRun: false, plans: undefined });
      expect(plans).toHaveLength(SOC_TRANG_DISTRICTS.length);
      for (const id of own)
        expect(targetIn(await getPlan(t, id), 'TTHC-01')).toMatchObject({ value: 99, floor: 99 });
    });

    it('creates no plan when previewing a first cascade', async () => {
      await t.reset();
      await importProvince(t, '94');
      const fresh = await issuePlan(t, (await socTrangPlan(t)).id);
      const preview = await cascade(t, fresh.id, { dryRun: true, unitCodes: ['948', '949'] });
      expect(preview).toMatchObject({ created: 2, updated: 0, targetsAdded: 8, tasksAdded: 4, dryRun: true });
      expect(await children(t, fresh.id)).toEqual([]);
      // A second preview finds the same: the first left nothing behind.
      expect(await cascade(t, fresh.id, { dryRun: true, unitCodes: ['948', '949'] })).toEqual(preview);
    });
  });
});
