import {
  UNKNOWN_ID,
  UUID,
  expectInvalid,
  expectPlanUnchanged,
  expectProblem,
  getPlan,
  ok,
} from './support/expectations.js';
import { importProvince, percentTarget } from './support/fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const STANDARD_AREAS = [
  'institutions',
  'administrative_procedures',
  'apparatus',
  'civil_service',
  'public_finance',
  'digital_government',
  'direction',
];

const annualPlan = (extra: Record<string, unknown> = {}) => ({
  unitCode: '94',
  year: 2024,
  title: 'Kế hoạch Thực hiện cải cách hành chính năm 2024',
  documentNumber: '218/KH-UBND',
  ...extra,
});

describe('plans', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await importProvince(t, '94');
  });

  const listPlans = async (query = '') => ok(await t.request('GET', `/api/plans${query}`));

  describe('POST /api/plans', () => {
    it('creates a draft annual plan with the seven standard areas, empty, in order', async () => {
      const res = await t.request('POST', '/api/plans', {
        ...annualPlan(),
        legalBasis: ['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ'],
        objectives: 'Tiếp tục đẩy mạnh cải cách hành chính.',
      });
      const plan = ok(res, 201);
      expect(plan).toEqual({
        id: expect.stringMatching(UUID),
        unitCode: '94',
        unitName: 'Sóc Trăng',
        unitFullName: 'Tỉnh Sóc Trăng',
        unitLevel: 'province',
        provinceCode: '94',
        year: 2024,
        kind: 'annual',
        title: 'Kế hoạch Thực hiện cải cách hành chính năm 2024',
        documentNumber: '218/KH-UBND',
        legalBasis: ['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ'],
        objectives: 'Tiếp tục đẩy mạnh cải cách hành chính.',
        // The document's "Nơi nhận": none of its own, so the usual list for its level.
        recipients: [],
        status: 'draft',
        parentPlanId: null,
        // No deadline set for the plans below, and not carried over from an earlier year's plan.
        childrenDueOn: null,
        carriedFromPlanId: null,
        // Not yet issued, amended, or asked to confirm again what changed above.
        issued: null,
        amendment: null,
        reconfirm: null,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        areas: STANDARD_AREAS.map((area) => ({ area, targets: [], tasks: [], budgetMillionVnd: 0 })),
        budgetMillionVnd: 0,
      });
      expect(Number.isNaN(Date.parse(plan.createdAt))).toBe(false);
      expect(await getPlan(t, plan.id)).toEqual(plan);
    });

    it('fills in the optional fields: annual, no number, no legal basis, no objectives', async () => {
      const plan = ok(
        await t.request('POST', '/api/plans', { unitCode: '948', year: 2025, title: 'Kế hoạch CCHC' }),
        201,
      );
      expect(plan).toMatchObject({
        unitCode: '948',
        unitName: 'Ngã Năm',
        unitLevel: 'district',
        provinceCode: '94',
        kind: 'annual',
        documentNumber: null,
        legalBasis: [],
        objectives: '',
      });
    });

    it('refuses a second annual plan for the same unit and year with 409, pointing at the first', async () => {
      const first = ok(await t.request('POST', '/api/plans', annualPlan()), 201);
      const second = await t.request('POST', '/api/plans', annualPlan({ title: 'Một kế hoạch khác' }));
      const problem = expectProblem(second, 409, 'PLAN_ALREADY_EXISTS');
      expect(problem.detail).toContain('2024');
      expect(problem.existingPlanId).toBe(first.id);
      expect(await listPlans('?unit=94&year=2024')).toHaveLength(1);
      await expectPlanUnchanged(t, first);
      // Another year, or another unit, is fine.
      ok(await t.request('POST', '/api/plans', annualPlan({ year: 2025 })), 201);
      ok(await t.request('POST', '/api/plans', annualPlan({ unitCode: '948' })), 201);
    });

    it('allows remediation plans beside the annual plan, with the two remediation areas', async () => {
      ok(await t.request('POST', '/api/plans', annualPlan()), 201);
      const remediation = ok(
        await t.request(
          'POST',
          '/api/plans',
          annualPlan({ kind: 'remediation', title: 'Kế hoạch khắc phục PAR INDEX' }),
        ),
        201,
      );
      expect(remediation.kind).toBe('remediation');
      expect(remediation.areas.map((a: { area: string }) => a.area)).toEqual([
        ...STANDARD_AREAS,
        'socio_economic_impact',
        'satisfaction',
      ]);
      ok(
        await t.request('POST', '/api/plans', annualPlan({ kind: 'remediation', title: 'Khắc phục SIPAS' })),
        201,
      );
      const plans = await listPlans('?unit=94&year=2024');
      expect(plans.map((p: { kind: string }) => p.kind).sort()).toEqual([
        'annual',
        'remediation',
        'remediation',
      ]);
    });

    it('refuses an unknown unit, naming unitCode, and creates nothing', async () => {
      const res = await t.request('POST', '/api/plans', annualPlan({ unitCode: '95' }));
      expect(expectInvalid(res)).toEqual(['unitCode']);
      expect(res.body.errors[0].message).toContain('95');
      expect(expectInvalid(await t.request('POST', '/api/plans', annualPlan({ unitCode: '31999' })))).toEqual(
        ['unitCode'],
      );
      expect(await listPlans()).toEqual([]);
    });

    it('names every missing or invalid field', async () => {
      expect(expectInvalid(await t.request('POST', '/api/plans', {}))).toEqual(['title', 'unitCode', 'year']);
      const res = await t.request('POST', '/api/plans', {
        unitCode: '9',
        year: 1999,
        kind: 'weekly',
        title: '   ',
        documentNumber: 218,
        legalBasis: 'Luật',
        objectives: 5,
      });
      expect(expectInvalid(res)).toEqual([
        'documentNumber',
        'kind',
        'legalBasis',
        'objectives',
        'title',
        'unitCode',
        'year',
      ]);
      expect(expectInvalid(await t.request('POST', '/api/plans', annualPlan({ year: 2024.5 })))).toEqual([
        'year',
      ]);
      expect(expectInvalid(await t.request('POST', '/api/plans', annualPlan({ year: '2024' })))).toEqual([
        'year',
      ]);
      expect(
        expectInvalid(await t.request('POST', '/api/plans', annualPlan({ legalBasis: ['ok', ''] }))),
      ).toEqual(['legalBasis.1']);
      expect(
        expectInvalid(await t.request('POST', '/api/plans', annualPlan({ title: 'x'.repeat(501) }))),
      ).toEqual(['title']);
      expect(await listPlans()).toEqual([]);
    });

    it('refuses unknown fields instead of ignoring them', async () => {
      for (const extra of [
        { status: 'confirmed' },
        { parentPlanId: UNKNOWN_ID },
        { version: 7 },
        { tilte: 'typo' },
      ]) {
        const res = await t.request('POST', '/api/plans', annualPlan(extra));
        expectInvalid(res);
        expect(res.body.detail).toContain(Object.keys(extra)[0]);
      }
      expect(await listPlans()).toEqual([]);
    });

    it("echoes the caller's X-Request-Id in the header and in every problem body", async () => {
      const res = await t.request('POST', '/api/plans', {}, { 'x-request-id': 'so-noi-vu-42' });
      expectInvalid(res);
      expect(res.headers.get('x-request-id')).toBe('so-noi-vu-42');
      expect(res.body.requestId).toBe('so-noi-vu-42');
      const fresh = await t.request('GET', '/api/plans/nope');
      expect(fresh.body.requestId).toBe(fresh.headers.get('x-request-id'));
    });

    it('refuses a body that is not JSON, and one over the size limit', async () => {
      const broken = await t.request('POST', '/api/plans', '{"unitCode": "94",', {
        'content-type': 'application/json',
      });
      expect(expectInvalid(broken)).toEqual(['body']);
      const huge = await t.request('POST', '/api/plans', annualPlan({ objectives: 'x'.repeat(1_100_000) }));
      expectProblem(huge, 413, 'PAYLOAD_TOO_LARGE');
      expect(await listPlans()).toEqual([]);
    });
  });

  describe('GET /api/plans', () => {
    it('lists plans by unit and by year, as summaries', async () => {
      const p2024 = ok(await t.request('POST', '/api/plans', annualPlan()), 201);
      const p2025 = ok(await t.request('POST', '/api/plans', annualPlan({ year: 2025 })), 201);
      const district = ok(await t.request('POST', '/api/plans', annualPlan({ unitCode: '948' })), 201);

      const byUnitYear = await listPlans('?unit=94&year=2024');
      expect(byUnitYear).toHaveLength(1);
      const { areas: _areas, budgetMillionVnd: _budget, ...summary } = p2024;
      expect(byUnitYear[0]).toEqual(summary);
      expect((await listPlans('?unit=94')).map((p: { id: string }) => p.id)).toEqual([p2025.id, p2024.id]);
      expect((await listPlans('?year=2024')).map((p: { id: string }) => p.id).sort()).toEqual(
        [p2024.id, district.id].sort(),
      );
      expect(await listPlans()).toHaveLength(3);
      expect(await listPlans('?unit=948&year=2025')).toEqual([]);
      expect(await listPlans('?unit=31732')).toEqual([]);
    });

    it('pages with a cursor: every plan once, newest year first, the next page named in Link', async () => {
      const made: string[] = [];
      for (const year of [2024, 2025, 2026])
        for (const unitCode of ['94', '948', '949'])
          made.push(ok(await t.request('POST', '/api/plans', annualPlan({ year, unitCode })), 201).id);
      const whole = (await listPlans()).map((p: { id: string }) => p.id);
      expect(whole.sort()).toEqual([...made].sort());
      const seen: { id: string; year: number }[] = [];
      let next: string | null = '/api/plans?limit=4';
      let pages = 0;
      while (next) {
        const res = await t.request('GET', next);
        const page = ok(res);
        expect(page.length).toBeLessThanOrEqual(4);
        seen.push(...page);
        next = /^<([^>]+)>; rel="next"$/.exec(res.headers.get('link') ?? '')?.[1] ?? null;
        pages++;
      }
      expect(pages).toBe(3);
      expect(seen.map((p) => p.id).sort()).toEqual([...made].sort());
      expect(seen.map((p) => p.year)).toEqual([...seen.map((p) => p.year)].sort((a, b) => b - a));
      // The filters carry over to the next page.
      const first = await t.request('GET', '/api/plans?year=2025&limit=2');
      expect(first.headers.get('link')).toMatch(/year=2025/);
      // A cursor the API did not write is refused, naming it.
      expect(expectInvalid(await t.request('GET', '/api/plans?cursor=bm90LW91cnM'))).toEqual([
        'query.cursor',
      ]);
      expect(expectInvalid(await t.request('GET', '/api/plans?limit=501'))).toEqual(['query.limit']);
    });

    it('refuses bad query parameters, naming each', async () => {
      expect(expectInvalid(await t.request('GET', '/api/plans?year=abc'))).toEqual(['query.year']);
      expect(expectInvalid(await t.request('GET', '/api/plans?year=1999'))).toEqual(['query.year']);
      expect(expectInvalid(await t.request('GET', '/api/plans?unit=x'))).toEqual(['query.unit']);
      expect(expectInvalid(await t.request('GET', '/api/plans?unit=x&year=2024.5'))).toEqual([
        'query.unit',
        'query.year',
      ]);
      const unknown = await t.request('GET', '/api/plans?status=draft');
      expectInvalid(unknown);
      expect(unknown.body.detail).toContain('status');
    });
  });

  describe('GET /api/plans/:id', () => {
    it('shows targets and tasks by area in the standard order, with budget subtotals and total', async () => {
      const plan = ok(await t.request('POST', '/api/plans', annualPlan()), 201);
      const add = async (path: string, body: Record<string, unknown>) =>
        ok(await t.request('POST', `/api/plans/${plan.id}/${path}`, body), 201);
      // Written out of order on purpose.
      await add('tasks', { title: 'Tuyên truyền CCHC', area: 'direction', budgetMillionVnd: 10 });
      await add('tasks', { title: 'Số hóa hồ sơ', area: 'digital_government', budgetMillionVnd: 100 });
      await add('tasks', { title: 'Rà soát văn bản QPPL', area: 'institutions', budgetMillionVnd: 5.5 });
      await add('tasks', { title: 'Kiểm tra công tác văn bản', area: 'institutions', budgetMillionVnd: 4.5 });
      await add('tasks', { title: 'Ban hành kế hoạch', area: 'direction' });
      await add('targets', percentTarget('DVC-01', 80, { area: 'digital_government' }));
      await add('targets', percentTarget('TTHC-01', 98));
      await add('targets', percentTarget('HL-01', 95, { area: 'satisfaction' }));

      const got = await getPlan(t, plan.id);
      expect(got.version).toBe(9);
      expect(got.areas.map((a: { area: string }) => a.area)).toEqual([...STANDARD_AREAS, 'satisfaction']);
      const byArea = Object.fromEntries(got.areas.map((a: { area: string }) => [a.area, a]));
      expect(byArea.institutions.budgetMillionVnd).toBe(10);
      expect(byArea.institutions.tasks.map((x: { title: string }) => x.title)).toEqual([
        'Rà soát văn bản QPPL',
        'Kiểm tra công tác văn bản',
      ]);
      expect(byArea.digital_government.budgetMillionVnd).toBe(100);
      expect(byArea.digital_government.targets.map((x: { code: string }) => x.code)).toEqual(['DVC-01']);
      expect(byArea.direction.budgetMillionVnd).toBe(10);
      expect(byArea.direction.tasks).toHaveLength(2);
      expect(byArea.administrative_procedures).toMatchObject({ budgetMillionVnd: 0, tasks: [] });
      expect(byArea.administrative_procedures.targets.map((x: { code: string }) => x.code)).toEqual([
        'TTHC-01',
      ]);
      expect(byArea.satisfaction.targets.map((x: { code: string }) => x.code)).toEqual(['HL-01']);
      expect(got.budgetMillionVnd).toBe(120);
    });

    it('answers 404 for an unknown plan and 400 for a malformed id', async () => {
      expectProblem(await t.request('GET', `/api/plans/${UNKNOWN_ID}`), 404, 'NOT_FOUND');
      expect(expectInvalid(await t.request('GET', '/api/plans/not-a-uuid'))).toEqual(['id']);
      expect(expectInvalid(await t.request('GET', '/api/plans/12345'))).toEqual(['id']);
    });
  });

  describe('PATCH /api/plans/:id', () => {
    it('changes the header and counts a new version each time', async () => {
      const plan = ok(await t.request('POST', '/api/plans', annualPlan()), 201);
      const first = ok(
        await t.request('PATCH', `/api/plans/${plan.id}`, { title: 'Kế hoạch CCHC năm 2024 (sửa đổi)' }),
      );
      expect(first).toMatchObject({
        title: 'Kế hoạch CCHC năm 2024 (sửa đổi)',
        documentNumber: '218/KH-UBND',
        version: 2,
      });
      expect(Date.parse(first.updatedAt)).toBeGreaterThanOrEqual(Date.parse(plan.updatedAt));
      const second = ok(
        await t.request('PATCH', `/api/plans/${plan.id}`, {
          documentNumber: null,
          legalBasis: ['Quyết định số 1/QĐ-UBND'],
          objectives: 'Mục tiêu mới',
          recipients: ['Sở Nội vụ tỉnh;', 'Lưu: VT, VP.'],
        }),
      );
      expect(second).toMatchObject({
        title: 'Kế hoạch CCHC năm 2024 (sửa đổi)',
        documentNumber: null,
        legalBasis: ['Quyết định số 1/QĐ-UBND'],
        objectives: 'Mục tiêu mới',
        recipients: ['Sở Nội vụ tỉnh;', 'Lưu: VT, VP.'],
        version: 3,
        status: 'draft',
        createdAt: plan.createdAt,
      });
      expect(await getPlan(t, plan.id)).toEqual(second);
    });

    it('refuses an empty, invalid or unknown change and leaves the plan as it was', async () => {
      const plan = ok(await t.request('POST', '/api/plans', annualPlan()), 201);
      expectInvalid(await t.request('PATCH', `/api/plans/${plan.id}`, {}));
      expect(expectInvalid(await t.request('PATCH', `/api/plans/${plan.id}`, { title: '' }))).toEqual([
        'title',
      ]);
      expect(expectInvalid(await t.request('PATCH', `/api/plans/${plan.id}`, { legalBasis: [1] }))).toEqual([
        'legalBasis.0',
      ]);
      expect(
        expectInvalid(await t.request('PATCH', `/api/plans/${plan.id}`, { recipients: ['Sở Nội vụ', ' '] })),
      ).toEqual(['recipients.1']);
      for (const field of ['status', 'year', 'unitCode', 'kind', 'version', 'parentPlanId']) {
        const res = await t.request('PATCH', `/api/plans/${plan.id}`, { [field]: 'x' });
        expectInvalid(res);
        expect(res.body.detail).toContain(field);
      }
      await expectPlanUnchanged(t, plan);
    });

    it('answers 404 for an unknown plan and 400 for a malformed id', async () => {
      expectProblem(await t.request('PATCH', `/api/plans/${UNKNOWN_ID}`, { title: 'x' }), 404, 'NOT_FOUND');
      expect(expectInvalid(await t.request('PATCH', '/api/plans/nope', { title: 'x' }))).toEqual(['id']);
    });
  });

  it('every plan route answers 404 for an unknown plan and 400 for a malformed id', async () => {
    const task = { title: 'Việc', area: 'direction' };
    const routes: [string, string, unknown][] = [
      ['GET', '', undefined],
      ['PATCH', '', { title: 'x' }],
      ['POST', '/targets', percentTarget('T1', 80)],
      ['PATCH', '/targets/T1', { value: 90 }],
      ['DELETE', '/targets/T1', undefined],
      ['POST', '/tasks', task],
      ['PATCH', `/tasks/${UNKNOWN_ID}`, { title: 'y' }],
      ['DELETE', `/tasks/${UNKNOWN_ID}`, undefined],
      ['POST', '/cascade', {}],
      ['POST', '/confirm', {}],
      ['GET', '/children', undefined],
      ['GET', '/compliance', undefined],
    ];
    for (const [method, suffix, body] of routes) {
      const unknown = await t.request(method, `/api/plans/${UNKNOWN_ID}${suffix}`, body);
      expect({ route: `${method} ${suffix}`, status: unknown.status, code: unknown.body?.code }).toEqual({
        route: `${method} ${suffix}`,
        status: 404,
        code: 'NOT_FOUND',
      });
      const malformed = await t.request(method, `/api/plans/not-a-plan-id${suffix}`, body);
      expect({
        route: `${method} ${suffix}`,
        status: malformed.status,
        fields: malformed.body?.errors,
      }).toEqual({
        route: `${method} ${suffix}`,
        status: 400,
        fields: [expect.objectContaining({ field: 'id' })],
      });
    }
    expect(await listPlans()).toEqual([]);
  });
});
