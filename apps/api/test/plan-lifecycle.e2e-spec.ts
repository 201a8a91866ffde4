import {
  expectPlanUnchanged,
  expectProblem,
  getPlan,
  ok,
  targetIn,
  tasksOf,
} from './support/expectations.js';
import {
  UNITS_2025,
  createPlanWithTargets,
  importProvince,
  percentTarget,
  planOf,
} from './support/fixtures.js';
import { NGA_NAM_ISSUE, PROVINCE_ISSUE } from './support/soc-trang-plan.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

describe('a plan issued as a signed document, frozen, amended, its versions read back', () => {
  let t: TestApp;
  let province: Json;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await importProvince(t, '94');
    province = await createPlanWithTargets(t, '94', [
      percentTarget('TTHC-01', 98),
      percentTarget('TTHC-02', 80),
    ]);
    ok(
      await t.request('POST', `/api/plans/${province.id}/tasks`, {
        title: 'Rà soát, đơn giản hóa thủ tục hành chính',
        area: 'administrative_procedures',
        budgetMillionVnd: 120,
        due: '2024-06-30',
      }),
      201,
    );
  });

  const issue = (id: string, body: unknown = PROVINCE_ISSUE) =>
    t.request('POST', `/api/plans/${id}/issue`, body);

  it('issues an own draft under its number, date, place and signer, and freezes it', async () => {
    const issued = ok(await issue(province.id));
    expect(issued.status).toBe('issued');
    expect(issued.documentNumber).toBe('218/KH-UBND');
    expect(issued.issued).toMatchObject({
      version: 1,
      documentNumber: '218/KH-UBND',
      issuedOn: '2023-12-19',
      place: 'Sóc Trăng',
      signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
      issuedBy: 'officer.94',
    });
    const before = await getPlan(t, province.id);
    const task = tasksOf(before)[0];
    for (const [method, path, body] of [
      ['PATCH', `/api/plans/${province.id}`, { title: 'Kế hoạch khác' }],
      ['POST', `/api/plans/${province.id}/targets`, percentTarget('TTHC-03', 70)],
      ['PATCH', `/api/plans/${province.id}/targets/TTHC-01`, { value: 99 }],
      ['DELETE', `/api/plans/${province.id}/targets/TTHC-02`, undefined],
      ['PATCH', `/api/plans/${province.id}/tasks/${task.id}`, { budgetMillionVnd: 1 }],
      ['DELETE', `/api/plans/${province.id}/tasks/${task.id}`, undefined],
      ['POST', `/api/plans/${province.id}/issue`, PROVINCE_ISSUE],
    ] as const) {
      expectProblem(await t.request(method, path, body), 409, 'PLAN_ISSUED');
    }
    await expectPlanUnchanged(t, before);
  });

  it('refuses what a client may send wrong, naming the field, and changes nothing', async () => {
    const before = await getPlan(t, province.id);
    for (const [body, field] of [
      [{ ...PROVINCE_ISSUE, issuedOn: '2023-02-30' }, 'issuedOn'],
      [{ ...PROVINCE_ISSUE, issuedOn: '19/12/2023' }, 'issuedOn'],
      [{ ...PROVINCE_ISSUE, documentNumber: '  ' }, 'documentNumber'],
      [{ ...PROVINCE_ISSUE, signer: { ...PROVINCE_ISSUE.signer, capacity: 'Q' } }, 'signer.capacity'],
      [{ ...PROVINCE_ISSUE, signer: { name: 'A' } }, 'signer.title'],
      [{ ...PROVINCE_ISSUE, extra: 1 }, ''],
    ] as const) {
      const problem = expectProblem(await issue(province.id, body), 400, 'VALIDATION_FAILED');
      expect(problem.errors.map((e: Json) => e.field).join(' ')).toContain(field);
    }
    await expectPlanUnchanged(t, before);
  });

  it('passes down only an issued plan, and a derived one is confirmed before it is issued', async () => {
    const before = await getPlan(t, province.id);
    expectProblem(await t.request('POST', `/api/plans/${province.id}/cascade`, {}), 409, 'PLAN_NOT_ISSUED');
    await expectPlanUnchanged(t, before);
    expect(ok(await t.request('GET', `/api/plans/${province.id}/children`))).toEqual([]);

    ok(await issue(province.id));
    const ngaNam = planOf(ok(await t.request('POST', `/api/plans/${province.id}/cascade`, {})).plans, '948');
    const derived = await getPlan(t, ngaNam);
    expect(derived.legalBasis[0]).toBe(
      'Căn cứ Kế hoạch số 218/KH-UBND ngày 19 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính năm 2024',
    );
    expectProblem(await issue(ngaNam, NGA_NAM_ISSUE), 409, 'PLAN_NOT_CONFIRMED');
    expectProblem(await t.request('POST', `/api/plans/${ngaNam}/cascade`, {}), 409, 'PLAN_NOT_ISSUED');
    await expectPlanUnchanged(t, derived);

    ok(
      await t.request('POST', `/api/plans/${ngaNam}/confirm`, { targets: [{ code: 'TTHC-01', value: 99 }] }),
    );
    const issued = ok(await issue(ngaNam, NGA_NAM_ISSUE));
    expect(issued).toMatchObject({
      status: 'issued',
      issued: { place: 'Ngã Năm', signer: { capacity: 'TM' } },
    });
    expect(targetIn(issued, 'TTHC-01').value).toBe(99);
    const communes = ok(await t.request('POST', `/api/plans/${ngaNam}/cascade`, {}));
    expect(communes.created).toBe(8);
  });

  it('amends an issued plan as the draft of its next version, keeping each issued version as it was signed', async () => {
    const v1 = ok(await issue(province.id));
    expectProblem(
      await t.request('POST', `/api/plans/${province.id}/amendments`, { reason: '' }),
      400,
      'VALIDATION_FAILED',
    );
    const reason = 'Điều chỉnh chỉ tiêu theo Chỉ thị số 27/CT-TTg';
    expectProblem(
      await t.request('POST', `/api/plans/${province.id}/amendments`, {
        reason: 'Điều chỉnh',
        status: 'draft',
      }),
      400,
      'VALIDATION_FAILED',
    );
    const amending = ok(await t.request('POST', `/api/plans/${province.id}/amendments`, { reason }), 201);
    expect(amending).toMatchObject({
      status: 'amending',
      issued: { version: 1 },
      amendment: { version: 2, reason },
    });
    expectProblem(
      await t.request('POST', `/api/plans/${province.id}/amendments`, { reason }),
      409,
      'PLAN_STATUS_CONFLICT',
    );

    ok(await t.request('PATCH', `/api/plans/${province.id}/targets/TTHC-01`, { value: 99 }));
    ok(await t.request('POST', `/api/plans/${province.id}/targets`, percentTarget('TTHC-03', 70)), 201);
    ok(await t.request('DELETE', `/api/plans/${province.id}/targets/TTHC-02`), 204);
    // The version in force reads as it was issued while the amendment is drafted.
    const first = ok(await t.request('GET', `/api/plans/${province.id}/versions/1`));
    expect(first).toEqual(v1);
    const working = ok(await t.request('GET', `/api/plans/${province.id}/diff?from=1`));
    expect(working.to).toBe('current');
    expect(working.targets.changed).toEqual([
      { code: 'TTHC-01', changes: [{ field: 'value', before: 98, after: 99 }] },
    ]);

    const v2 = ok(
      await issue(province.id, { ...PROVINCE_ISSUE, documentNumber: '45/KH-UBND', issuedOn: '2024-06-12' }),
    );
    expect(v2).toMatchObject({
      status: 'issued',
      amendment: null,
      issued: { version: 2, documentNumber: '45/KH-UBND' },
    });
    const versions = ok(await t.request('GET', `/api/plans/${province.id}/versions`));
    expect(versions).toEqual([
      expect.objectContaining({
        number: 1,
        documentNumber: '218/KH-UBND',
        issuedOn: '2023-12-19',
        reason: null,
      }),
      expect.objectContaining({ number: 2, documentNumber: '45/KH-UBND', issuedOn: '2024-06-12', reason }),
    ]);
    expect(versions[1]).toMatchObject({
      issuedBy: 'officer.94',
      signer: PROVINCE_ISSUE.signer,
      place: 'Sóc Trăng',
    });
    expect(ok(await t.request('GET', `/api/plans/${province.id}/versions/1`))).toEqual(v1);
    expect(ok(await t.request('GET', `/api/plans/${province.id}/versions/2`))).toEqual(v2);

    const diff = ok(await t.request('GET', `/api/plans/${province.id}/diff?from=1&to=2`));
    expect(diff.header).toEqual([{ field: 'documentNumber', before: '218/KH-UBND', after: '45/KH-UBND' }]);
    expect(diff.targets.added.map((x: Json) => x.code)).toEqual(['TTHC-03']);
    expect(diff.targets.removed.map((x: Json) => x.code)).toEqual(['TTHC-02']);
    expect(diff.targets.changed).toEqual([
      { code: 'TTHC-01', changes: [{ field: 'value', before: 98, after: 99 }] },
    ]);
    expect(diff.tasks).toEqual({ added: [], removed: [], changed: [] });

    expectProblem(await t.request('GET', `/api/plans/${province.id}/versions/3`), 404, 'NOT_FOUND');
    expectProblem(await t.request('GET', `/api/plans/${province.id}/versions/abc`), 400, 'VALIDATION_FAILED');
    expectProblem(await t.request('GET', `/api/plans/${province.id}/diff?from=0`), 400, 'VALIDATION_FAILED');
  });

  it('passes a plan down three levels: each level confirms, issues, then cascades', async () => {
    ok(await issue(province.id));
    const ngaNam = planOf(ok(await t.request('POST', `/api/plans/${province.id}/cascade`, {})).plans, '948');
    ok(await t.request('POST', `/api/plans/${ngaNam}/confirm`, {}));
    ok(await issue(ngaNam, NGA_NAM_ISSUE));
    const communes = ok(await t.request('POST', `/api/plans/${ngaNam}/cascade`, {})).plans;
    const phuong1 = planOf(communes, '31732');
    const derived = await getPlan(t, phuong1);
    expect(derived).toMatchObject({ status: 'derived', parentPlanId: ngaNam, issued: null });
    expect(derived.legalBasis[0]).toBe(
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân thị xã Ngã Năm về thực hiện cải cách hành chính năm 2024',
    );
    expectProblem(await issue(phuong1, { ...NGA_NAM_ISSUE, place: undefined }), 409, 'PLAN_NOT_CONFIRMED');
    ok(await t.request('POST', `/api/plans/${phuong1}/confirm`, {}));
    const signed = ok(
      await issue(phuong1, {
        documentNumber: '05/KH-UBND',
        issuedOn: '2024-01-15',
        signer: { name: 'Trần Thị Lan', title: 'Chủ tịch', capacity: 'TM' },
      }),
    );
    // No place given: the commune's name as documents date it ("Phường 1, ngày …", never "1, ngày …").
    expect(signed).toMatchObject({
      status: 'issued',
      issued: { version: 1, documentNumber: '05/KH-UBND', place: 'Phường 1', issuedBy: 'officer.31732' },
    });
    // A commune has no units below: its cascade reaches nobody, and leaves it issued.
    expect(ok(await t.request('POST', `/api/plans/${phuong1}/cascade`, {}))).toMatchObject({
      created: 0,
      plans: [],
    });
    expect((await getPlan(t, phuong1)).status).toBe('issued');
    // Each level's issued version reads back.
    for (const id of [province.id, ngaNam, phuong1])
      expect(ok(await t.request('GET', `/api/plans/${id}/versions`))).toHaveLength(1);
  });

  it('passes a two-tier (2025) province plan straight to its communes, which confirm and issue', async () => {
    await importProvince(t, '92', UNITS_2025);
    const canTho = await createPlanWithTargets(t, '92', [percentTarget('TTHC-01', 98)]);
    expectProblem(await t.request('POST', `/api/plans/${canTho.id}/cascade`, {}), 409, 'PLAN_NOT_ISSUED');
    ok(
      await issue(canTho.id, {
        documentNumber: '300/KH-UBND',
        issuedOn: '2023-12-20',
        signer: { name: 'Nguyễn Văn Hòa', title: 'Phó Chủ tịch', capacity: 'KT' },
      }),
    );
    const res = ok(await t.request('POST', `/api/plans/${canTho.id}/cascade`, {}));
    expect(res.plans.every((p: Json) => p.unitLevel === 'commune' && p.status === 'derived')).toBe(true);
    const ngaNam = planOf(res.plans, '31732');
    const derived = await getPlan(t, ngaNam);
    expect(derived).toMatchObject({ unitLevel: 'commune', unitName: 'Ngã Năm', parentPlanId: canTho.id });
    expect(derived.legalBasis[0]).toContain('Kế hoạch số 300/KH-UBND ngày 20 tháng 12 năm 2023');
    ok(
      await t.request('POST', `/api/plans/${ngaNam}/confirm`, { targets: [{ code: 'TTHC-01', value: 99 }] }),
    );
    const signed = ok(await issue(ngaNam, { ...NGA_NAM_ISSUE, issuedOn: '2024-01-10' }));
    expect(signed).toMatchObject({ status: 'issued', issued: { place: 'Ngã Năm', version: 1 } });
    expect(targetIn(signed, 'TTHC-01').value).toBe(99);
  });

  it('refuses to issue, naming every target below a floor the plan above raised since confirmation', async () => {
    ok(await issue(province.id));
    const ngaNam = planOf(ok(await t.request('POST', `/api/plans/${province.id}/cascade`, {})).plans, '948');
    ok(await t.request('POST', `/api/plans/${ngaNam}/confirm`, {}));
    // The province amends: tightens both targets and adds one, but has not issued the amendment.
    // Issuing it would carry the changes down at once (Ngã Năm's plan raised and sent back to be
    // confirmed); until then they reach no plan below. Yet the floors an issue is held to are
    // the plan above as it stands now, the draft of its amendment included: Ngã Năm's plan, as
    // it confirmed it, is below them, and its issue is refused whole, each weak or missing
    // target named.
    ok(await t.request('POST', `/api/plans/${province.id}/amendments`, { reason: 'Nâng chỉ tiêu' }), 201);
    ok(await t.request('PATCH', `/api/plans/${province.id}/targets/TTHC-01`, { value: 99 }));
    ok(await t.request('PATCH', `/api/plans/${province.id}/targets/TTHC-02`, { value: 85 }));
    ok(await t.request('POST', `/api/plans/${province.id}/targets`, percentTarget('TTHC-03', 70)), 201);
    const before = await getPlan(t, ngaNam);
    expect(before).toMatchObject({ status: 'confirmed', reconfirm: null });
    expect(targetIn(before, 'TTHC-01').value).toBe(98);
    const refused = expectProblem(await issue(ngaNam, NGA_NAM_ISSUE), 422, 'TARGET_WEAKER_THAN_PARENT');
    expect(refused.errors.map((e: Json) => e.field)).toEqual([
      'targets.TTHC-01.value',
      'targets.TTHC-02.value',
      'targets.TTHC-03.value',
    ]);
    expect(refused).toMatchObject({ targetCode: 'TTHC-01', parentValue: 99, triedValue: 98 });
    for (const code of ['TTHC-01', 'TTHC-02', 'TTHC-03']) expect(refused.detail).toContain(code);
    await expectPlanUnchanged(t, before);
    expect(ok(await t.request('GET', `/api/plans/${ngaNam}/versions`))).toEqual([]);
  });

  it('amends only an issued plan', async () => {
    const before = await getPlan(t, province.id);
    expectProblem(
      await t.request('POST', `/api/plans/${province.id}/amendments`, { reason: 'Điều chỉnh' }),
      409,
      'PLAN_NOT_ISSUED',
    );
    await expectPlanUnchanged(t, before);
    expect(ok(await t.request('GET', `/api/plans/${province.id}/versions`))).toEqual([]);
  });

  describe('an issued amendment flows through every level below at once', () => {
    const amendAndIssue = async (
      planId: string,
      edit: () => Promise<void>,
      documentNumber = '45/KH-UBND',
    ) => {
      ok(
        await t.request('POST', `/api/plans/${planId}/amendments`, {
          reason: 'Điều chỉnh chỉ tiêu giữa năm',
        }),
        201,
      );
      await edit();
      return ok(await issue(planId, { ...PROVINCE_ISSUE, documentNumber, issuedOn: '2024-06-12' }));
    };

    it('adds, raises and renames in districts and communes, never lowering, and asks each changed plan to confirm again', async () => {
      ok(await issue(province.id));
      const districts = ok(await t.request('POST', `/api/plans/${province.id}/cascade`, {})).plans;
      const ngaNam = planOf(districts, '948');
      const keSach = planOf(districts, '944');
      const untouched = planOf(districts, '945');
      // Ngã Năm raised TTHC-01 above what the province will ask, issued its plan and passed it down.
      ok(
        await t.request('POST', `/api/plans/${ngaNam}/confirm`, {
          targets: [{ code: 'TTHC-01', value: 99.5 }],
        }),
      );
      const ngaNamV1 = ok(await issue(ngaNam, NGA_NAM_ISSUE));
      const communes = ok(await t.request('POST', `/api/plans/${ngaNam}/cascade`, {})).plans;
      const commune = planOf(communes, '31732');
      // Kế Sách confirmed what it received.
      ok(await t.request('POST', `/api/plans/${keSach}/confirm`, {}));

      const v2 = await amendAndIssue(province.id, async () => {
        ok(await t.request('PATCH', `/api/plans/${province.id}/targets/TTHC-01`, { value: 99 }));
        ok(
          await t.request('PATCH', `/api/plans/${province.id}/targets/TTHC-02`, {
            value: 70,
            name: 'Tỷ lệ thanh toán trực tuyến',
          }),
        );
        ok(await t.request('POST', `/api/plans/${province.id}/targets`, percentTarget('TTHC-03', 70)), 201);
        ok(
          await t.request('POST', `/api/plans/${province.id}/tasks`, {
            title: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
            area: 'administrative_procedures',
          }),
          201,
        );
      });
      expect(v2.issued.version).toBe(2);

      const keSachNow = await getPlan(t, keSach);
      expect(keSachNow.status).toBe('derived');
      expect(targetIn(keSachNow, 'TTHC-01').value).toBe(99);
      // Loosened above: kept as it was below, and renamed.
      expect(targetIn(keSachNow, 'TTHC-02')).toMatchObject({
        value: 80,
        name: 'Tỷ lệ thanh toán trực tuyến',
      });
      expect(targetIn(keSachNow, 'TTHC-03').value).toBe(70);
      expect(tasksOf(keSachNow).map((x: Json) => x.title)).toContain(
        'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
      );
      expect(keSachNow.reconfirm).toEqual({
        parentPlanId: province.id,
        parentVersion: 2,
        targets: expect.arrayContaining([
          { code: 'TTHC-01', before: 98, after: 99 },
          { code: 'TTHC-03', before: null, after: 70 },
        ]),
      });
      expect(keSachNow.reconfirm.targets).toHaveLength(2);

      // Ngã Năm's 99,5 stands; it only gained TTHC-03. Its issued version stays readable.
      const ngaNamNow = await getPlan(t, ngaNam);
      expect(ngaNamNow).toMatchObject({
        status: 'derived',
        issued: { version: 1, documentNumber: '12/KH-UBND' },
      });
      expect(targetIn(ngaNamNow, 'TTHC-01').value).toBe(99.5);
      expect(ngaNamNow.reconfirm.targets).toEqual([{ code: 'TTHC-03', before: null, after: 70 }]);
      expect(ok(await t.request('GET', `/api/plans/${ngaNam}/versions/1`))).toEqual(ngaNamV1);

      // Two levels down, in the same transaction.
      const communeNow = await getPlan(t, commune);
      expect(targetIn(communeNow, 'TTHC-03').value).toBe(70);
      expect(targetIn(communeNow, 'TTHC-01').value).toBe(99.5);
      expect(communeNow.reconfirm).toMatchObject({ parentPlanId: province.id, parentVersion: 2 });
      const history = ok(await t.request('GET', `/api/plans/${commune}/history`));
      expect(history.map((e: Json) => e.action)).toContain('derived_by_amendment');

      // Nothing below is out of compliance: a plan not yet confirmed was raised too.
      expect(ok(await t.request('GET', `/api/plans/${province.id}/compliance`))).toEqual([]);
      expect(targetIn(await getPlan(t, untouched), 'TTHC-01').value).toBe(99);

      // Confirming accepts the change; the plan can be issued again.
      const confirmed = ok(await t.request('POST', `/api/plans/${keSach}/confirm`, {}));
      expect(confirmed).toMatchObject({ status: 'confirmed', reconfirm: null });
    });

    it('stops at a plan below that is itself being amended: its unissued draft never reaches its communes', async () => {
      ok(await issue(province.id));
      const ngaNam = planOf(
        ok(await t.request('POST', `/api/plans/${province.id}/cascade`, {})).plans,
        '948',
      );
      ok(await t.request('POST', `/api/plans/${ngaNam}/confirm`, {}));
      ok(await issue(ngaNam, NGA_NAM_ISSUE));
      const commune = planOf(ok(await t.request('POST', `/api/plans/${ngaNam}/cascade`, {})).plans, '31732');
      // Ngã Năm drafts an amendment of its own, not yet issued, with a target of its own.
      ok(
        await t.request('POST', `/api/plans/${ngaNam}/amendments`, { reason: 'Bổ sung chỉ tiêu của thị xã' }),
        201,
      );
      ok(await t.request('POST', `/api/plans/${ngaNam}/targets`, percentTarget('NN-01', 75)), 201);

      await amendAndIssue(province.id, async () => {
        ok(await t.request('POST', `/api/plans/${province.id}/targets`, percentTarget('TTHC-03', 70)), 201);
      });
      // Ngã Năm's working copy receives the province's target and stays in its amendment…
      const ngaNamNow = await getPlan(t, ngaNam);
      expect(ngaNamNow.status).toBe('amending');
      expect(targetIn(ngaNamNow, 'TTHC-03').value).toBe(70);
      // …and its commune gets neither: it derives from Ngã Năm's issued version until the next issue.
      const communeNow = await getPlan(t, commune);
      expect(communeNow.areas.flatMap((a: Json) => a.targets).map((x: Json) => x.code)).not.toContain(
        'NN-01',
      );
      expect(communeNow.areas.flatMap((a: Json) => a.targets).map((x: Json) => x.code)).not.toContain(
        'TTHC-03',
      );
      expect(communeNow.reconfirm).toBeNull();

      // Ngã Năm issues its amendment: both reach the commune, which is asked to confirm again.
      ok(await issue(ngaNam, { ...NGA_NAM_ISSUE, documentNumber: '30/KH-UBND', issuedOn: '2024-06-20' }));
      const communeAfter = await getPlan(t, commune);
      expect(targetIn(communeAfter, 'NN-01').value).toBe(75);
      expect(targetIn(communeAfter, 'TTHC-03').value).toBe(70);
      expect(communeAfter.reconfirm).toMatchObject({ parentPlanId: ngaNam, parentVersion: 2 });
    });

    it('reaches the communes of a two-tier (2025) province', async () => {
      await importProvince(t, '92', UNITS_2025);
      const canTho = await createPlanWithTargets(t, '92', [percentTarget('DVC-02', 60)]);
      ok(await issue(canTho.id, { ...PROVINCE_ISSUE, issuedOn: '2025-07-15' }));
      const communes = ok(await t.request('POST', `/api/plans/${canTho.id}/cascade`, {})).plans;
      const commune = planOf(communes, '31732');
      ok(
        await t.request('POST', `/api/plans/${commune}/confirm`, {
          targets: [{ code: 'DVC-02', value: 65 }],
        }),
      );
      await amendAndIssue(canTho.id, async () => {
        ok(await t.request('PATCH', `/api/plans/${canTho.id}/targets/DVC-02`, { value: 62 }));
      });
      // Above the new floor: kept, and nothing to re-confirm there; the others are raised.
      const kept = await getPlan(t, commune);
      expect(kept).toMatchObject({ status: 'confirmed', reconfirm: null });
      expect(targetIn(kept, 'DVC-02').value).toBe(65);
      const other = await getPlan(t, communes.find((p: Json) => p.unitCode !== '31732').id);
      expect(targetIn(other, 'DVC-02').value).toBe(62);
      expect(other.reconfirm.targets).toEqual([{ code: 'DVC-02', before: 60, after: 62 }]);
    });
  });
});
