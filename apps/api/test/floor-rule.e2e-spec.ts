import {
  expectInvalid,
  expectPlanUnchanged,
  expectProblem,
  getPlan,
  ok,
  targetIn,
} from './support/expectations.js';
import { importProvince, percentTarget, planOf } from './support/fixtures.js';
import {
  NGA_NAM_ISSUE,
  cascade,
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
 * The rule on every write path: province 94 → district Ngã Năm (948) → commune
 * Phường 1 (31732), all three cascaded from the province's plan. The province
 * issued its plan and cascaded it; Ngã Năm confirmed, issued and cascaded its
 * own, then opened an amendment, so that it can be written again. Kế Sách (943)
 * has received its plan and not yet confirmed it.
 */
describe('the floor rule on every write path', () => {
  let t: TestApp;
  let province: Json;
  let ngaNam: string;
  let commune: string;
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
    commune = planOf((await cascade(t, ngaNam)).plans, '31732');
    await openAmendment(t, ngaNam);
  });

  const patch = (planId: string, code: string, body: unknown) =>
    t.request('PATCH', `/api/plans/${planId}/targets/${code}`, body);
  const confirm = (planId: string, body?: unknown) => t.request('POST', `/api/plans/${planId}/confirm`, body);

  /** A TARGET_WEAKER_THAN_PARENT refusal with everything a user needs to fix it. */
  function expectWeaker(
    res: Json,
    expected: { targetCode: string; field: string; parentValue: unknown; triedValue: unknown },
  ) {
    const body = expectProblem(res, 422, 'TARGET_WEAKER_THAN_PARENT');
    expect(body).toMatchObject(expected);
    expect(body.detail).toContain(expected.targetCode);
    return body;
  }

  describe('PATCH a target', () => {
    it('refuses a value below the floor, naming the target, the floor and the value tried; equal or higher is fine', async () => {
      const before = await getPlan(t, ngaNam);
      expectWeaker(await patch(ngaNam, 'TTHC-01', { value: 97 }), {
        targetCode: 'TTHC-01',
        field: 'value',
        parentValue: 98,
        triedValue: 97,
      });
      // Refused whole: the new name in the same request is not applied either.
      expectWeaker(await patch(ngaNam, 'TTHC-01', { value: 50, name: 'Tên mới' }), {
        targetCode: 'TTHC-01',
        field: 'value',
        parentValue: 98,
        triedValue: 50,
      });
      // The district's floor is the province's district floor (70), not the province's own value (80).
      expectWeaker(await patch(ngaNam, 'DVC-02', { value: 65 }), {
        targetCode: 'DVC-02',
        field: 'value',
        parentValue: 70,
        triedValue: 65,
      });
      await expectPlanUnchanged(t, before);

      expect(ok(await patch(ngaNam, 'TTHC-01', { value: 98 })).value).toBe(98);
      expect(ok(await patch(ngaNam, 'TTHC-01', { value: 99.5 }))).toMatchObject({ value: 99.5, floor: 98 });
      expect(ok(await patch(ngaNam, 'DVC-02', { value: 70 })).value).toBe(70);
      const after = await getPlan(t, ngaNam);
      expect(targetIn(after, 'TTHC-01').value).toBe(99.5);
      expect(after.version).toBe(before.version + 3);
    });

    it('treats an at_most count above its ceiling as weaker', async () => {
      const before = await getPlan(t, ngaNam);
      expectWeaker(await patch(ngaNam, 'KL-03', { value: 1 }), {
        targetCode: 'KL-03',
        field: 'value',
        parentValue: 0,
        triedValue: 1,
      });
      expectWeaker(await patch(commune, 'KL-03', { value: 2 }), {
        targetCode: 'KL-03',
        field: 'value',
        parentValue: 0,
        triedValue: 2,
      });
      await expectPlanUnchanged(t, before);
      expect(ok(await patch(ngaNam, 'KL-03', { value: 0 })).value).toBe(0);
      // A target of the district's own is not bound by anything.
      const own = {
        code: 'KL-LOCAL',
        name: 'Vi phạm',
        area: 'civil_service',
        measure: 'count',
        direction: 'at_most',
        value: 0,
      };
      ok(await t.request('POST', `/api/plans/${ngaNam}/targets`, own), 201);
      expect(ok(await patch(ngaNam, 'KL-LOCAL', { value: 3 })).value).toBe(3);
    });

    it('treats a later deadline as weaker and an earlier one as stricter, all the way down', async () => {
      const before = await getPlan(t, ngaNam);
      expectWeaker(await patch(ngaNam, 'KH-04', { value: '2024-08-15' }), {
        targetCode: 'KH-04',
        field: 'value',
        parentValue: '2024-07-30',
        triedValue: '2024-08-15',
      });
      expectWeaker(await patch(ngaNam, 'KH-04', { value: '2024-07-31' }), {
        targetCode: 'KH-04',
        field: 'value',
        parentValue: '2024-07-30',
        triedValue: '2024-07-31',
      });
      await expectPlanUnchanged(t, before);
      expect(ok(await patch(ngaNam, 'KH-04', { value: '2024-07-15' }))).toMatchObject({
        value: '2024-07-15',
        floor: '2024-07-30',
      });
      // The commune is now bound by the district's earlier deadline.
      const communeBefore = await getPlan(t, commune);
      expect(targetIn(communeBefore, 'KH-04').floor).toBe('2024-07-15');
      expectWeaker(await patch(commune, 'KH-04', { value: '2024-07-20' }), {
        targetCode: 'KH-04',
        field: 'value',
        parentValue: '2024-07-15',
        triedValue: '2024-07-20',
      });
      await expectPlanUnchanged(t, communeBefore);
      expect(ok(await patch(commune, 'KH-04', { value: '2024-07-15' })).value).toBe('2024-07-15');
    });

    it('binds a commune by the strictest floor above it, and refuses a district a weaker commune floor', async () => {
      // The province's commune floor (60) reaches the commune through the district.
      expect(targetIn(await getPlan(t, commune), 'DVC-02')).toMatchObject({ value: 60, floor: 60 });
      expectWeaker(await patch(commune, 'DVC-02', { value: 59 }), {
        targetCode: 'DVC-02',
        field: 'value',
        parentValue: 60,
        triedValue: 59,
      });
      const districtBefore = await getPlan(t, ngaNam);
      expectWeaker(await patch(ngaNam, 'DVC-02', { levelFloors: { commune: 55 } }), {
        targetCode: 'DVC-02',
        field: 'commune',
        parentValue: 60,
        triedValue: 55,
      });
      await expectPlanUnchanged(t, districtBefore);

      // The district raises its own value and keeps the commune floor at 60: communes still need 60.
      ok(await patch(ngaNam, 'DVC-02', { value: 75 }));
      expectWeaker(await patch(commune, 'DVC-02', { value: 59 }), {
        targetCode: 'DVC-02',
        field: 'value',
        parentValue: 60,
        triedValue: 59,
      });
      expect(ok(await patch(commune, 'DVC-02', { value: 61 })).value).toBe(61);
      // It sets a stricter commune floor of its own: that one binds now.
      ok(await patch(ngaNam, 'DVC-02', { levelFloors: { commune: 65 } }));
      expectWeaker(await patch(commune, 'DVC-02', { value: 62 }), {
        targetCode: 'DVC-02',
        field: 'value',
        parentValue: 65,
        triedValue: 62,
      });
      // Clearing it means "my own value" for communes: 75.
      expect(
        ok(await patch(ngaNam, 'DVC-02', { levelFloors: { commune: null } })).levelFloors.commune,
      ).toBeNull();
      expectWeaker(await patch(commune, 'DVC-02', { value: 70 }), {
        targetCode: 'DVC-02',
        field: 'value',
        parentValue: 75,
        triedValue: 70,
      });
    });

    it('locks the area, measure and direction of an inherited target', async () => {
      const before = await getPlan(t, ngaNam);
      const locked = async (body: unknown, fields: string[]) => {
        const problem = expectProblem(await patch(ngaNam, 'TTHC-01', body), 422, 'INHERITED_TARGET_LOCKED');
        expect(problem.targetCode).toBe('TTHC-01');
        expect(problem.errors.map((e: Json) => e.field)).toEqual(fields);
      };
      await locked({ measure: 'count', value: 98 }, ['measure']);
      await locked({ direction: 'at_most' }, ['direction']);
      await locked({ area: 'direction' }, ['area']);
      await locked({ measure: 'days', direction: 'at_most', value: 5 }, ['measure', 'direction']);
      const communeBefore = await getPlan(t, commune);
      const inCommune = await patch(commune, 'KH-04', { measure: 'days', value: 30 });
      expectProblem(inCommune, 422, 'INHERITED_TARGET_LOCKED');
      await expectPlanUnchanged(t, before);
      await expectPlanUnchanged(t, communeBefore);
      // Restating them as they are, or renaming the target, is allowed.
      expect(
        ok(
          await patch(ngaNam, 'TTHC-01', {
            measure: 'percent',
            direction: 'at_least',
            name: 'Tỷ lệ hồ sơ đúng hạn',
          }),
        ),
      ).toMatchObject({ name: 'Tỷ lệ hồ sơ đúng hạn', value: 98 });
    });
  });

  describe('DELETE and POST a target', () => {
    it('refuses to delete an inherited target, at any level, and keeps it', async () => {
      const before = await getPlan(t, ngaNam);
      const res = await t.request('DELETE', `/api/plans/${ngaNam}/targets/TTHC-01`);
      expect(expectProblem(res, 422, 'TARGET_WEAKER_THAN_PARENT')).toMatchObject({
        targetCode: 'TTHC-01',
        parentValue: 98,
        triedValue: null,
      });
      const communeBefore = await getPlan(t, commune);
      expectProblem(
        await t.request('DELETE', `/api/plans/${commune}/targets/KH-04`),
        422,
        'TARGET_WEAKER_THAN_PARENT',
      );
      await expectPlanUnchanged(t, before);
      await expectPlanUnchanged(t, communeBefore);
      // A target the district added itself can go.
      ok(await t.request('POST', `/api/plans/${ngaNam}/targets`, percentTarget('NV-948', 100)), 201);
      expect((await t.request('DELETE', `/api/plans/${ngaNam}/targets/NV-948`)).status).toBe(204);
    });

    it('refuses to add a target under a code the plan inherits', async () => {
      const before = await getPlan(t, ngaNam);
      const res = await t.request('POST', `/api/plans/${ngaNam}/targets`, percentTarget('TTHC-01', 10));
      expect(expectProblem(res, 409, 'TARGET_CODE_TAKEN').targetCode).toBe('TTHC-01');
      await expectPlanUnchanged(t, before);
    });
  });

  describe('POST /api/plans/:id/confirm', () => {
    it('confirms, raising targets: status confirmed, values raised, a new version', async () => {
      const before = await getPlan(t, keSach);
      const res = await confirm(keSach, {
        targets: [
          { code: 'TTHC-01', value: 99 },
          { code: 'KH-04', value: '2024-07-01' },
        ],
      });
      const plan = ok(res);
      expect(plan).toMatchObject({ id: keSach, status: 'confirmed', version: before.version + 1 });
      expect(targetIn(plan, 'TTHC-01')).toMatchObject({ value: 99, floor: 98 });
      expect(targetIn(plan, 'KH-04').value).toBe('2024-07-01');
      expect(targetIn(plan, 'DVC-02').value).toBe(70);
      expect(await getPlan(t, keSach)).toEqual(plan);
      const children = ok(await t.request('GET', `/api/plans/${province.id}/children`));
      expect(children.find((p: Json) => p.id === keSach)).toMatchObject({
        status: 'confirmed',
        ownViolations: 0,
        violations: 0,
        complies: true,
      });
    });

    it('raising its targets, an issued district that amends its plan raises its communes floors', async () => {
      ok(await patch(ngaNam, 'TTHC-01', { value: 99 }));
      ok(await patch(ngaNam, 'KH-04', { value: '2024-07-01' }));
      const children = ok(await t.request('GET', `/api/plans/${province.id}/children`));
      // Ngã Năm's plan itself complies, but its 8 communes, cascaded before, are below on both
      // until Ngã Năm issues the amendment and cascades again.
      expect(children.find((p: Json) => p.id === ngaNam)).toMatchObject({
        status: 'amending',
        ownViolations: 0,
        violations: 16,
        complies: false,
      });
    });

    it('confirms as it stands with no body, or an empty one', async () => {
      expect(ok(await confirm(keSach)).status).toBe('confirmed');
      expect(ok(await confirm(commune, {})).status).toBe('confirmed');
    });

    it('refuses a lowered value with 422; the plan stays derived and unchanged', async () => {
      const before = await getPlan(t, keSach);
      expectWeaker(await confirm(keSach, { targets: [{ code: 'TTHC-01', value: 97 }] }), {
        targetCode: 'TTHC-01',
        field: 'value',
        parentValue: 98,
        triedValue: 97,
      });
      // One valid raise beside a lowered value: refused whole, the raise is not applied.
      expectWeaker(
        await confirm(keSach, {
          targets: [
            { code: 'TTHC-01', value: 100 },
            { code: 'KH-04', value: '2024-12-31' },
          ],
        }),
        { targetCode: 'KH-04', field: 'value', parentValue: '2024-07-30', triedValue: '2024-12-31' },
      );
      expectWeaker(await confirm(keSach, { targets: [{ code: 'KL-03', value: 1 }] }), {
        targetCode: 'KL-03',
        field: 'value',
        parentValue: 0,
        triedValue: 1,
      });
      await expectPlanUnchanged(t, before);
      const communeBefore = await getPlan(t, commune);
      expectWeaker(await confirm(commune, { targets: [{ code: 'DVC-02', value: 59 }] }), {
        targetCode: 'DVC-02',
        field: 'value',
        parentValue: 60,
        triedValue: 59,
      });
      await expectPlanUnchanged(t, communeBefore);
      expect(communeBefore.status).toBe('derived');
    });

    it('refuses to confirm while a target left alone is below a floor the parent tightened', async () => {
      await openAmendment(t, province.id);
      ok(await patch(province.id, 'TTHC-01', { value: 99 }));
      const before = await getPlan(t, keSach);
      expectWeaker(await confirm(keSach, {}), {
        targetCode: 'TTHC-01',
        field: 'value',
        parentValue: 99,
        triedValue: 98,
      });
      await expectPlanUnchanged(t, before);
      const plan = ok(await confirm(keSach, { targets: [{ code: 'TTHC-01', value: 99 }] }));
      expect(plan.status).toBe('confirmed');
      expect(await compliance(t, province.id)).toEqual(
        expect.not.arrayContaining([expect.objectContaining({ unitCode: '943' })]),
      );
    });

    it('lets a plan lower a target of its own while confirming', async () => {
      ok(await t.request('POST', `/api/plans/${keSach}/targets`, percentTarget('NV-943', 100)), 201);
      const plan = ok(await confirm(keSach, { targets: [{ code: 'NV-943', value: 50 }] }));
      expect(targetIn(plan, 'NV-943').value).toBe(50);
      expect(plan.status).toBe('confirmed');
    });

    it('refuses to confirm a plan that was not derived from a parent, or one already issued', async () => {
      const own = ok(
        await t.request('POST', '/api/plans', {
          unitCode: '94',
          year: 2025,
          title: 'Kế hoạch CCHC năm 2025',
        }),
        201,
      );
      expect(expectProblem(await confirm(own.id, {}), 422, 'PLAN_NOT_DERIVED').detail).toBeTruthy();
      await expectPlanUnchanged(t, own);
      expectProblem(await confirm(province.id, {}), 409, 'PLAN_ISSUED');
      await expectPlanUnchanged(t, province);
    });

    it('refuses an unknown target code or a bad value with 400 naming the entry; the plan stays derived', async () => {
      const before = await getPlan(t, keSach);
      const fields = async (body: unknown) => expectInvalid(await confirm(keSach, body));
      expect(await fields({ targets: [{ code: 'XX-99', value: 99 }] })).toEqual(['targets.0.code']);
      expect(
        await fields({
          targets: [
            { code: 'TTHC-01', value: 99 },
            { code: 'XX-99', value: 1 },
          ],
        }),
      ).toEqual(['targets.1.code']);
      expect(await fields({ targets: [{ code: 'TTHC-01', value: 120 }] })).toEqual(['targets.0.value']);
      expect(await fields({ targets: [{ code: 'KH-04', value: '2024-13-01' }] })).toEqual([
        'targets.0.value',
      ]);
      expect(await fields({ targets: [{ code: 'KH-04', value: 5 }] })).toEqual(['targets.0.value']);
      expect(await fields({ targets: [{ code: 'TTHC-01' }] })).toEqual(['targets.0.value']);
      expect(await fields({ targets: [{ code: 'TTHC-01', value: 99, note: 'x' }] })).toEqual(['targets.0']);
      expect(await fields({ targets: 'all' })).toEqual(['targets']);
      const extra = await confirm(keSach, { status: 'confirmed' });
      expectInvalid(extra);
      expect(extra.body.detail).toContain('status');
      await expectPlanUnchanged(t, before);
      expect(before.status).toBe('derived');
    });
  });
});
