import { planHistoryEntry } from '@cchc/contracts';
import { isWeaker } from '@cchc/domain';
import fc from 'fast-check';
import { expectProblem, getPlan, ok, targetIn, targetsOf } from './support/expectations.js';
import { importProvince, percentTarget, planOf } from './support/fixtures.js';
import { cascade, compliance, confirmAndIssue, issuePlan, openAmendment } from './support/soc-trang-plan.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

/** A target of the child's own with the parent's code but another measure and direction. */
const countAtMost = (code: string, value: number) => ({
  code,
  name: `Chỉ tiêu ${code}`,
  area: 'civil_service',
  measure: 'count',
  direction: 'at_most',
  value,
});

/**
 * A target whose code the parent plan has is the inherited one, whatever row
 * it came from: province 94 → district Ngã Năm (948) → commune Phường 1 (31732).
 */
describe('the floor rule binds by code', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    await importProvince(t, '94');
  });
  afterAll(() => t.close());

  /**
   * A fresh province plan with `targets`, issued and cascaded to Ngã Năm, which
   * confirms, issues and cascades it to Phường 1. The province and the district
   * then each open an amendment, so that both can be written again (an issued
   * plan is frozen); Phường 1's plan is derived.
   */
  async function chain(targets: Record<string, unknown>[]) {
    await t.dataSource.query('DELETE FROM plans');
    const province = ok(
      await t.request('POST', '/api/plans', { unitCode: '94', year: 2024, title: 'Kế hoạch CCHC năm 2024' }),
      201,
    );
    for (const target of targets)
      ok(await t.request('POST', `/api/plans/${province.id}/targets`, target), 201);
    await issuePlan(t, province.id);
    const district = planOf((await cascade(t, province.id, { unitCodes: ['948'] })).plans, '948');
    await confirmAndIssue(t, district);
    const commune = planOf((await cascade(t, district, { unitCodes: ['31732'] })).plans, '31732');
    await openAmendment(t, province.id);
    await openAmendment(t, district);
    return { province: province.id as string, district, commune };
  }
  /** Issues the amendment of a plan in the chain and sends the unit below what changed. */
  const issueAmendment = (planId: string) =>
    t.request('POST', `/api/plans/${planId}/issue`, {
      documentNumber: '45/KH-UBND',
      issuedOn: '2024-06-12',
      signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
    });
  /** Amendment issued, cascaded to the one child of the chain, and opened again. */
  async function passDown(planId: string, unitCode: string) {
    ok(await issueAmendment(planId));
    await cascade(t, planId, { unitCodes: [unitCode] });
    await openAmendment(t, planId);
  }
  const addTarget = (planId: string, body: unknown) =>
    t.request('POST', `/api/plans/${planId}/targets`, body);
  const patch = (planId: string, code: string, body: unknown) =>
    t.request('PATCH', `/api/plans/${planId}/targets/${code}`, body);
  const remove = (planId: string, code: string) =>
    t.request('DELETE', `/api/plans/${planId}/targets/${code}`);

  it('a target the parent deletes and adds again binds its children again', async () => {
    const { province, district } = await chain([percentTarget('BL-01', 80)]);
    ok(await patch(district, 'BL-01', { value: 85 }));
    expect((await remove(province, 'BL-01')).status).toBe(204);
    // Gone above: the district's copy is its own for now.
    expect(targetIn(await getPlan(t, district), 'BL-01')).toMatchObject({
      parentTargetId: null,
      floor: null,
    });

    ok(await addTarget(province, percentTarget('BL-01', 90)), 201);
    const bound = targetIn(await getPlan(t, district), 'BL-01');
    expect(bound).toMatchObject({ value: 85, floor: 90 });
    expect(bound.parentTargetId).not.toBeNull();
    // Transitive: the commune below, still at the old 80, is out of line too.
    expect(await compliance(t, province)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          unitCode: '948',
          targetCode: 'BL-01',
          problem: 'weaker',
          value: 85,
          floor: 90,
        }),
        expect.objectContaining({
          unitCode: '31732',
          targetCode: 'BL-01',
          problem: 'weaker',
          value: 80,
          floor: 90,
        }),
      ]),
    );
    expect(await compliance(t, province)).toHaveLength(2);
    const before = await getPlan(t, district);
    expectProblem(await patch(district, 'BL-01', { value: 0 }), 422, 'TARGET_WEAKER_THAN_PARENT');
    expectProblem(await remove(district, 'BL-01'), 422, 'TARGET_WEAKER_THAN_PARENT');
    // Nor can it issue its amendment while below the floor.
    expectProblem(await issueAmendment(district), 422, 'TARGET_WEAKER_THAN_PARENT');
    expect(await getPlan(t, district)).toEqual(before);
    // Its history says it follows the parent again.
    const history = ok(await t.request('GET', `/api/plans/${district}/history`));
    expect(history.map((e: Json) => e.action)).toContain('target_inherited');

    await passDown(province, '948');
    expect(targetIn(await getPlan(t, district), 'BL-01')).toMatchObject({ value: 90, floor: 90 });
    await passDown(district, '31732');
    expect(await compliance(t, province)).toEqual([]);
  });

  it('a child cannot add, before any re-cascade, a weaker target with a code the parent has', async () => {
    const { province, district } = await chain([percentTarget('BL-01', 80)]);
    ok(await addTarget(province, percentTarget('BL-02', 90)), 201);
    const before = await getPlan(t, district);
    const locked = expectProblem(
      await addTarget(district, countAtMost('BL-02', 0)),
      422,
      'INHERITED_TARGET_LOCKED',
    );
    expect(locked.errors.map((e: Json) => e.field).sort()).toEqual(['direction', 'measure']);
    expectProblem(await addTarget(district, percentTarget('BL-02', 85)), 422, 'TARGET_WEAKER_THAN_PARENT');
    // Missing until it is cascaded or added: compliance says so and issuing refuses.
    expect(await compliance(t, province)).toEqual([
      expect.objectContaining({ unitCode: '948', targetCode: 'BL-02', problem: 'missing' }),
    ]);
    expectProblem(await issueAmendment(district), 422, 'TARGET_WEAKER_THAN_PARENT');
    expect(await getPlan(t, district)).toEqual(before);

    const added = ok(await addTarget(district, percentTarget('BL-02', 95)), 201);
    expect(added).toMatchObject({ value: 95, floor: 90 });
    expect(added.parentTargetId).not.toBeNull();
    // The district's commune lacks it until the district issues and cascades.
    expect(await compliance(t, province)).toEqual([
      expect.objectContaining({ unitCode: '31732', targetCode: 'BL-02', problem: 'missing', floor: 95 }),
    ]);
    await passDown(district, '31732');
    expect(await compliance(t, province)).toEqual([]);
  });

  it('a child target written before the parent had the code is bound, and out of line until it follows', async () => {
    const { province, district, commune } = await chain([percentTarget('BL-01', 80)]);
    ok(await addTarget(district, countAtMost('BL-03', 0)), 201);
    ok(await addTarget(province, percentTarget('BL-03', 90)), 201);
    expect(await compliance(t, province)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitCode: '948', targetCode: 'BL-03', problem: 'mismatch' }),
      ]),
    );
    // Out of line, the district's amendment cannot be issued.
    const refused = expectProblem(await issueAmendment(district), 422, 'TARGET_WEAKER_THAN_PARENT');
    expect(refused.errors).toEqual([
      expect.objectContaining({ field: expect.stringMatching(/^targets\.BL-03\./) }),
    ]);
    expectProblem(await patch(district, 'BL-03', { direction: 'at_most' }), 422, 'INHERITED_TARGET_LOCKED');
    expectProblem(await patch(district, 'BL-03', { value: 50 }), 422, 'TARGET_WEAKER_THAN_PARENT');
    // A patch brings it in line with the parent's measure and direction.
    expect(ok(await patch(district, 'BL-03', { value: 92 }))).toMatchObject({
      measure: 'percent',
      direction: 'at_least',
      value: 92,
      floor: 90,
    });
    // The commune below lacks it until the district cascades.
    expect(await compliance(t, district)).toEqual([
      expect.objectContaining({ unitCode: '31732', targetCode: 'BL-03', problem: 'missing' }),
    ]);
    await passDown(district, '31732');
    expect(targetIn(await getPlan(t, commune), 'BL-03')).toMatchObject({ value: 92, floor: 92 });
    expect(await compliance(t, province)).toEqual([]);
  });

  it('a commune target written while its district lacked the code is bound when a cascade brings the code', async () => {
    // The case the property test found: the commune's own C, then the province's C (another
    // measure) cascaded to the district: the commune's C now has a parent. An issued amendment
    // carries a new code through every level at once (binding and aligning the commune's C in
    // one go), so the cascade that brings the code here is the province's first: Ngã Năm wrote
    // and issued its own plan, and passed it to Phường 1, before the province's reached it.
    await t.dataSource.query('DELETE FROM plans');
    const create = async (unitCode: string) =>
      ok(
        await t.request('POST', '/api/plans', { unitCode, year: 2024, title: 'Kế hoạch CCHC năm 2024' }),
        201,
      ).id as string;
    const district = await create('948');
    ok(await addTarget(district, percentTarget('BL-01', 80)), 201);
    await issuePlan(t, district);
    const commune = planOf((await cascade(t, district, { unitCodes: ['31732'] })).plans, '31732');
    ok(await addTarget(commune, percentTarget('BL-04', 0)), 201);
    const province = await create('94');
    ok(await addTarget(province, percentTarget('BL-01', 80)), 201);
    ok(await addTarget(province, countAtMost('BL-04', 0)), 201);
    await issuePlan(t, province);
    // The cascade links Ngã Năm's plan and gives it BL-04.
    expect(planOf((await cascade(t, province, { unitCodes: ['948'] })).plans, '948')).toBe(district);
    expect(targetIn(await getPlan(t, district), 'BL-04')).toMatchObject({ measure: 'count' });
    const [districtTarget] = await t.dataSource.query(
      `SELECT id FROM targets WHERE plan_id = $1 AND code = 'BL-04'`,
      [district],
    );
    expect(targetIn(await getPlan(t, commune), 'BL-04').parentTargetId).toBe(districtTarget.id);
    expect(await compliance(t, province)).toEqual([
      expect.objectContaining({ unitCode: '31732', targetCode: 'BL-04', problem: 'mismatch' }),
    ]);
    expectProblem(await t.request('POST', `/api/plans/${commune}/confirm`), 422, 'INHERITED_TARGET_LOCKED');
    const history = ok(await t.request('GET', `/api/plans/${commune}/history`));
    expect(history).toContainEqual(
      expect.objectContaining({
        action: 'target_inherited',
        after: { code: 'BL-04', parentPlanId: district },
      }),
    );
    // Ngã Năm confirms and issues what it received: that carries BL-04's measure to Phường 1.
    await confirmAndIssue(t, district);
    expect(targetIn(await getPlan(t, commune), 'BL-04')).toMatchObject({ measure: 'count', value: 0 });
    expect(await compliance(t, province)).toEqual([]);
  });

  it('checks a plan three levels below the province against every floor above it', async () => {
    // Seed 001, section IV: agencies inside a commune derive plans of their own, one
    // level more. No route makes such a plan yet, so it is written here as rows.
    const { province, commune } = await chain([percentTarget('BL-01', 80)]);
    const [agencyPlan] = await t.dataSource.query(
      `INSERT INTO plans (province_code, unit_code, year, kind, title, status, parent_plan_id)
       VALUES ('94', '31732', 2024, 'remediation', 'Kế hoạch của Văn phòng UBND phường', 'derived', $1) RETURNING id`,
      [commune],
    );
    await t.dataSource.query(
      `INSERT INTO targets (plan_id, province_code, code, name, area, measure, direction, value, parent_target_id)
       SELECT $1, province_code, code, name, area, measure, direction, 80, id FROM targets WHERE plan_id = $2`,
      [agencyPlan.id, commune],
    );
    expect(await compliance(t, province)).toEqual([]);
    // The province tightens: the district, the commune and the agency's plan all fall below.
    ok(await patch(province, 'BL-01', { value: 90 }));
    const found = await compliance(t, province);
    expect(found).toHaveLength(3);
    expect(found.find((c: Json) => c.planId === agencyPlan.id)).toMatchObject({
      targetCode: 'BL-01',
      problem: 'weaker',
      value: 80,
      floor: 90,
    });
  });

  /**
   * Random sequences of parent and child writes; afterwards compliance names
   * exactly the targets that break the rule by code, at every level. Values
   * have no level floors here, so a floor is the strictest value above.
   */
  it('compliance is empty exactly when every inherited code meets its floor at every level', async () => {
    const codes = ['A', 'B', 'C'] as const;
    const level = fc.constantFrom('province', 'district', 'commune');
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('add'),
        level,
        code: fc.constantFrom(...codes),
        value: fc.integer({ min: 0, max: 100 }),
        odd: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('patch'),
        level,
        code: fc.constantFrom(...codes),
        value: fc.integer({ min: 0, max: 100 }),
      }),
      fc.record({ kind: fc.constant('delete'), level, code: fc.constantFrom(...codes) }),
      fc.record({ kind: fc.constant('cascade'), level: fc.constantFrom('province', 'district') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        const ids = await chain([percentTarget('A', 50)]);
        for (const o of ops) {
          const planId = ids[o.level];
          let res: { status: number; text: string };
          if (o.kind === 'add')
            res = await addTarget(
              planId,
              o.odd ? countAtMost(o.code, o.value) : percentTarget(o.code, o.value),
            );
          else if (o.kind === 'patch') res = await patch(planId, o.code, { value: o.value });
          else if (o.kind === 'delete') res = await remove(planId, o.code);
          else {
            // A cascade is: issue the amendment (refused while out of line), pass it down, amend again.
            res = await issueAmendment(planId);
            if (res.status === 200) {
              res = await t.request('POST', `/api/plans/${planId}/cascade`, {
                unitCodes: [o.level === 'province' ? '948' : '31732'],
              });
              if (res.status === 200)
                res = await t.request('POST', `/api/plans/${planId}/amendments`, { reason: 'Điều chỉnh' });
            }
          }
          // Refusals are fine; a server error never is.
          expect({ o, status: res.status < 500 ? 'handled' : res.text }).toEqual({ o, status: 'handled' });
        }
        const plans = {
          province: await getPlan(t, ids.province),
          district: await getPlan(t, ids.district),
          commune: await getPlan(t, ids.commune),
        };
        const byCode = (plan: Json) => new Map<string, Json>(targetsOf(plan).map((x: Json) => [x.code, x]));
        const targets = {
          province: byCode(plans.province),
          district: byCode(plans.district),
          commune: byCode(plans.commune),
        };
        const expected: string[] = [];
        for (const [child, parent, grandparent] of [
          ['district', 'province', null],
          ['commune', 'district', 'province'],
        ] as const) {
          for (const [code, above] of targets[parent]) {
            const mine = targets[child].get(code);
            if (!mine) {
              expected.push(`${child} ${code} missing`);
              continue;
            }
            if (mine.measure !== above.measure || mine.direction !== above.direction) {
              expected.push(`${child} ${code} mismatch`);
              continue;
            }
            const floors = [above, grandparent ? targets[grandparent].get(code) : undefined].filter(
              (x): x is Json =>
                x !== undefined && x.measure === mine.measure && x.direction === mine.direction,
            );
            if (floors.some((f) => isWeaker(mine.direction, mine.value, f.value)))
              expected.push(`${child} ${code} weaker`);
          }
        }
        const found = (await compliance(t, ids.province)).map(
          (c: Json) => `${c.unitLevel} ${c.targetCode} ${c.problem}`,
        );
        expect({ ops, found: found.sort() }).toEqual({ ops, found: expected.sort() });
        expect(found.length === 0).toBe(expected.length === 0);
      }),
      { numRuns: 60 },
    );
  }, 240_000);

  it('records every change as a kind the contract defines, with its before and after', async () => {
    // One of each kind of write, then every history entry of every plan must
    // parse as the contract's planHistoryEntry.
    const { province, district, commune } = await chain([percentTarget('BL-01', 80)]);
    ok(await t.request('POST', `/api/plans/${commune}/confirm`));
    ok(await addTarget(district, percentTarget('BL-09', 10)), 201);
    ok(await patch(district, 'BL-01', { value: 85 }));
    expect((await remove(district, 'BL-09')).status).toBe(204);
    ok(await addTarget(province, percentTarget('BL-10', 50)), 201);
    await passDown(province, '948');
    ok(await t.request('PATCH', `/api/plans/${province}`, { title: 'Kế hoạch CCHC năm 2024 (sửa)' }));
    ok(await t.request('POST', `/api/plans/${province}/tasks`, { title: 'Rà soát', area: 'direction' }), 201);
    const plans: { id: string }[] = await t.dataSource.query('SELECT DISTINCT plan_id AS id FROM audit_log');
    expect(plans.length).toBeGreaterThan(0);
    const actions = new Set<string>();
    for (const { id } of plans) {
      const [plan] = await t.dataSource.query('SELECT unit_code FROM plans WHERE id = $1', [id]);
      if (!plan) continue;
      for (const entry of ok(await t.request('GET', `/api/plans/${id}/history`))) {
        const parsed = planHistoryEntry.safeParse(entry);
        expect({ action: entry.action, issues: parsed.error?.issues ?? [] }).toEqual({
          action: entry.action,
          issues: [],
        });
        actions.add(entry.action);
      }
    }
    expect([...actions]).toEqual(
      expect.arrayContaining([
        'plan_created',
        'plan_updated',
        'plan_confirmed',
        'plan_issued',
        'plan_amended',
        'plan_cascaded',
        'derived_by_cascade',
        'target_added',
        'target_changed',
        'target_removed',
        'task_added',
      ]),
    );
  });
});
