import { dueTextOneYearLater, dueTextOneYearLaterSql } from '@cchc/domain';
import fc from 'fast-check';
import {
  UNKNOWN_ID,
  expectPlanUnchanged,
  expectProblem,
  getPlan,
  ok,
  targetIn,
  targetsOf,
  tasksOf,
} from './support/expectations.js';
import { createPlanWithTargets, importProvince, percentTarget, planOf } from './support/fixtures.js';
import { type TestApp, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const PROVINCE_ISSUE = {
  documentNumber: '218/KH-UBND',
  issuedOn: '2023-12-19',
  signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
};
const districtIssue = (documentNumber: string, issuedOn: string) => ({
  documentNumber,
  issuedOn,
  signer: { name: 'Kim Thái Phong', title: 'Chủ tịch', capacity: 'TM' },
});

/** A calendar day in Vietnam, `days` from today. */
function vietnamDay(days = 0): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(at);
}

describe('deadlines for the units below, and next year’s plan', () => {
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
      percentTarget('TTHC-01', 98, { levelFloors: { district: 95 } }),
      percentTarget('TTHC-02', 80),
    ]);
  });

  const issue = (id: string, body: unknown) => t.request('POST', `/api/plans/${id}/issue`, body);
  const patch = (id: string, body: unknown) => t.request('PATCH', `/api/plans/${id}`, body);
  const children = async (id: string): Promise<Json[]> =>
    ok(await t.request('GET', `/api/plans/${id}/children`));
  const stateOf = (list: Json[]) =>
    Object.fromEntries(list.map((c) => [c.unitCode, { issuedOn: c.issuedOn, timeliness: c.timeliness }]));

  /** The province issued and cascaded; districts 941 and 942 confirm and issue on the given days. */
  async function cascadedWithIssuedDistricts(issuedOn: { '941': string; '942': string }) {
    ok(await issue(province.id, PROVINCE_ISSUE));
    const plans = ok(await t.request('POST', `/api/plans/${province.id}/cascade`, {})).plans;
    for (const [unit, day] of Object.entries(issuedOn)) {
      const id = planOf(plans, unit);
      ok(await t.request('POST', `/api/plans/${id}/confirm`, {}));
      ok(await issue(id, districtIssue(`${unit}/KH-UBND`, day)));
    }
    return plans;
  }

  describe('childrenDueOn', () => {
    it('is set and cleared with PATCH while the plan is drafted, and refused once it is issued', async () => {
      const drafted = await getPlan(t, province.id);
      expect(drafted.childrenDueOn).toBeNull();
      const set = ok(await patch(province.id, { childrenDueOn: '2024-07-30' }));
      expect(set.childrenDueOn).toBe('2024-07-30');
      expect(set.version).toBe(drafted.version + 1);
      expect((await getPlan(t, province.id)).childrenDueOn).toBe('2024-07-30');

      for (const bad of ['2024-02-30', '30/07/2024', 20240730, '']) {
        const problem = expectProblem(
          await patch(province.id, { childrenDueOn: bad }),
          400,
          'VALIDATION_FAILED',
        );
        expect(problem.errors.map((e: Json) => e.field)).toContain('childrenDueOn');
      }
      expect(ok(await patch(province.id, { childrenDueOn: null })).childrenDueOn).toBeNull();
      ok(await patch(province.id, { childrenDueOn: '2024-07-30' }));

      const issued = ok(await issue(province.id, PROVINCE_ISSUE));
      expect(issued.childrenDueOn).toBe('2024-07-30');
      expectProblem(await patch(province.id, { childrenDueOn: '2024-08-30' }), 409, 'PLAN_ISSUED');
      await expectPlanUnchanged(t, issued);
      // The issued version carries the deadline as it was signed.
      expect(ok(await t.request('GET', `/api/plans/${province.id}/versions/1`)).childrenDueOn).toBe(
        '2024-07-30',
      );
    });
  });

  describe('GET /api/plans/:id/children', () => {
    it('tells for each unit below whether it issued its plan on time, late, or not yet', async () => {
      ok(await patch(province.id, { childrenDueOn: '2024-07-30' }));
      await cascadedWithIssuedDistricts({ '941': '2024-07-30', '942': '2024-08-10' });
      const list = await children(province.id);
      expect(list).toHaveLength(11);
      // The deadline day itself is on time; 30/07/2024 has passed, so those not issued are overdue.
      expect(stateOf(list)['941']).toEqual({ issuedOn: '2024-07-30', timeliness: 'on_time' });
      expect(stateOf(list)['942']).toEqual({ issuedOn: '2024-08-10', timeliness: 'late' });
      expect(stateOf(list)['948']).toEqual({ issuedOn: null, timeliness: 'overdue' });
      expect(list.filter((c) => c.timeliness === 'overdue')).toHaveLength(9);
      expect(list.every((c) => c.reconfirm === null)).toBe(true);

      // The province amends its plan and moves the date: today (in Vietnam) is not yet past it.
      ok(await t.request('POST', `/api/plans/${province.id}/amendments`, { reason: 'Gia hạn' }), 201);
      ok(await patch(province.id, { childrenDueOn: vietnamDay() }));
      let now = stateOf(await children(province.id));
      expect(now['948']).toEqual({ issuedOn: null, timeliness: 'pending' });
      expect(now['942']).toEqual({ issuedOn: '2024-08-10', timeliness: 'on_time' });

      ok(await patch(province.id, { childrenDueOn: vietnamDay(-1) }));
      expect(stateOf(await children(province.id))['948'].timeliness).toBe('overdue');

      // Without a deadline, nobody is late.
      ok(await patch(province.id, { childrenDueOn: null }));
      now = stateOf(await children(province.id));
      expect(now['942'].timeliness).toBe('on_time');
      expect(now['948'].timeliness).toBe('pending');
    });

    it('measures the first issue: a later amendment of the child does not make it late', async () => {
      ok(await patch(province.id, { childrenDueOn: '2024-07-30' }));
      const plans = await cascadedWithIssuedDistricts({ '941': '2024-07-15', '942': '2024-07-20' });
      const id = planOf(plans, '941');
      ok(await t.request('POST', `/api/plans/${id}/amendments`, { reason: 'Bổ sung nhiệm vụ' }), 201);
      ok(await issue(id, districtIssue('941b/KH-UBND', '2024-09-01')));
      expect((await getPlan(t, id)).issued.issuedOn).toBe('2024-09-01');
      expect(stateOf(await children(province.id))['941']).toEqual({
        issuedOn: '2024-07-15',
        timeliness: 'on_time',
      });
    });

    it('shows what a child must confirm again', async () => {
      const plans = await cascadedWithIssuedDistricts({ '941': '2024-01-05', '942': '2024-01-06' });
      const reconfirm = {
        parentPlanId: province.id,
        parentVersion: 2,
        targets: [{ code: 'TTHC-01', before: 95, after: 97 }],
      };
      await t.dataSource.query('UPDATE plans SET reconfirm = $2 WHERE id = $1', [
        planOf(plans, '943'),
        JSON.stringify(reconfirm),
      ]);
      const list = await children(province.id);
      expect(list.find((c) => c.unitCode === '943').reconfirm).toEqual(reconfirm);
      expect(list.filter((c) => c.reconfirm !== null)).toHaveLength(1);
    });
  });

  describe('POST /api/plans/:id/next-year', () => {
    async function provinceWithTasks() {
      ok(
        await t.request('POST', `/api/plans/${province.id}/targets`, {
          code: 'SO-01',
          name: 'Hoàn thành số hóa hồ sơ',
          area: 'digital_government',
          measure: 'date',
          direction: 'at_most',
          value: '2024-02-29',
        }),
        201,
      );
      for (const [title, due, cascade] of [
        ['Rà soát thủ tục hành chính', '2024-02-29', true],
        ['Tự kiểm tra công tác CCHC', '2024-Q3', true],
        ['Tổng kết năm', '2024', true],
        ['Ban hành Kế hoạch CCHC năm 2024 của tỉnh', null, false],
      ] as const) {
        ok(
          await t.request('POST', `/api/plans/${province.id}/tasks`, {
            title,
            area: 'administrative_procedures',
            leadAgency: 'Sở Nội vụ',
            budgetMillionVnd: 50,
            due,
            cascade,
          }),
          201,
        );
      }
      ok(
        await patch(province.id, {
          childrenDueOn: '2024-07-30',
          legalBasis: ['Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ'],
        }),
      );
      return ok(await issue(province.id, PROVINCE_ISSUE));
    }

    it('starts a draft for the following year from an issued plan, citing it, with its targets and tasks one year on', async () => {
      const source = await provinceWithTasks();
      const next = ok(await t.request('POST', `/api/plans/${province.id}/next-year`), 201);
      expect(next).toMatchObject({
        unitCode: '94',
        year: 2025,
        kind: 'annual',
        status: 'draft',
        title: 'Kế hoạch Thực hiện cải cách hành chính năm 2025',
        documentNumber: null,
        parentPlanId: null,
        carriedFromPlanId: province.id,
        childrenDueOn: null,
        issued: null,
        version: 1,
      });
      expect(next.legalBasis).toEqual([
        'Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ',
        'Căn cứ Kế hoạch số 218/KH-UBND ngày 19 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính năm 2024',
      ]);
      expect(targetsOf(next).map((x: Json) => [x.code, x.value, x.levelFloors])).toEqual([
        ['TTHC-01', 98, { district: 95, commune: null }],
        ['TTHC-02', 80, { district: null, commune: null }],
        ['SO-01', '2025-02-28', { district: null, commune: null }],
      ]);
      expect(
        tasksOf(next).map((x: Json) => [x.title, x.due, x.cascade, x.parentTaskId, x.leadAgency]),
      ).toEqual([
        ['Rà soát thủ tục hành chính', '2025-02-28', true, null, 'Sở Nội vụ'],
        ['Tự kiểm tra công tác CCHC', '2025-Q3', true, null, 'Sở Nội vụ'],
        ['Tổng kết năm', '2025', true, null, 'Sở Nội vụ'],
        ['Ban hành Kế hoạch CCHC năm 2024 của tỉnh', null, false, null, 'Sở Nội vụ'],
      ]);
      expect(next.budgetMillionVnd).toBe(200);
      // The issued plan is only read.
      await expectPlanUnchanged(t, source);
      const list = ok(await t.request('GET', '/api/plans?unit=94'));
      expect(list.map((p: Json) => p.year).sort()).toEqual([2024, 2025]);
      // Its history says it was created.
      const [created] = await t.dataSource.query(
        `SELECT action, actor_username FROM audit_log WHERE plan_id = $1`,
        [next.id],
      );
      expect(created).toEqual({ action: 'plan_created', actor_username: 'officer.94' });

      const again = expectProblem(
        await t.request('POST', `/api/plans/${province.id}/next-year`),
        409,
        'PLAN_ALREADY_EXISTS',
      );
      expect(again.existingPlanId).toBe(next.id);
      // The new plan starts the year after it in turn.
      expect(ok(await t.request('POST', `/api/plans/${next.id}/next-year`), 201).year).toBe(2026);
    });

    it("makes a derived plan's inherited targets its own, and the next cascade adopts them by code", async () => {
      const plans = ok(
        await (async () => {
          ok(await issue(province.id, PROVINCE_ISSUE));
          return t.request('POST', `/api/plans/${province.id}/cascade`, {});
        })(),
      ).plans;
      const ngaNam = planOf(plans, '948');
      ok(
        await t.request('POST', `/api/plans/${ngaNam}/confirm`, {
          targets: [{ code: 'TTHC-01', value: 99 }],
        }),
      );
      ok(await issue(ngaNam, { ...districtIssue('12/KH-UBND', '2024-01-05'), place: 'Ngã Năm' }));
      const ngaNam2025 = ok(await t.request('POST', `/api/plans/${ngaNam}/next-year`), 201);
      expect(ngaNam2025).toMatchObject({
        status: 'draft',
        parentPlanId: null,
        year: 2025,
        carriedFromPlanId: ngaNam,
      });
      expect(targetsOf(ngaNam2025).every((x: Json) => x.parentTargetId === null && x.floor === null)).toBe(
        true,
      );
      expect(targetIn(ngaNam2025, 'TTHC-01').value).toBe(99);
      // Last year's provincial plan no longer binds it; the plan it comes from is cited.
      expect(ngaNam2025.legalBasis).toEqual([
        'Căn cứ Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân thị xã Ngã Năm về thực hiện cải cách hành chính năm 2024',
      ]);
      expect(tasksOf(ngaNam2025).every((x: Json) => x.parentTaskId === null && x.mandated === false)).toBe(
        true,
      );

      // The province's 2025 plan, issued and cascaded, adopts Ngã Năm's by unit and year, and its targets by code.
      const province2025 = ok(await t.request('POST', `/api/plans/${province.id}/next-year`), 201);
      ok(
        await issue(province2025.id, {
          ...PROVINCE_ISSUE,
          documentNumber: '230/KH-UBND',
          issuedOn: '2024-12-20',
        }),
      );
      const cascaded = ok(
        await t.request('POST', `/api/plans/${province2025.id}/cascade`, { unitCodes: ['948'] }),
      );
      expect(planOf(cascaded.plans, '948')).toBe(ngaNam2025.id);
      const adopted = await getPlan(t, ngaNam2025.id);
      expect(adopted.parentPlanId).toBe(province2025.id);
      expect(targetIn(adopted, 'TTHC-01')).toMatchObject({ value: 99, floor: 95 });
      expect(targetIn(adopted, 'TTHC-01').parentTargetId).toEqual(expect.any(String));
    });

    it('refuses a unit that already has next year’s plan, an unknown plan, a malformed id and other units', async () => {
      ok(
        await t.request('POST', '/api/plans', {
          unitCode: '94',
          year: 2025,
          title: 'Kế hoạch CCHC năm 2025',
        }),
        201,
      );
      const before = await getPlan(t, province.id);
      expectProblem(
        await t.request('POST', `/api/plans/${province.id}/next-year`),
        409,
        'PLAN_ALREADY_EXISTS',
      );
      await expectPlanUnchanged(t, before);
      expectProblem(await t.request('POST', `/api/plans/${UNKNOWN_ID}/next-year`), 404, 'NOT_FOUND');
      expectProblem(await t.request('POST', '/api/plans/not-a-uuid/next-year'), 400, 'VALIDATION_FAILED');
      // A viewer of the unit reads the plan but writes none; another unit's officer does not even see it.
      const viewer = await t.signIn('viewer', '94');
      const other = await t.signIn('officer', '948');
      const next = (token: string) =>
        t.request('POST', `/api/plans/${province.id}/next-year`, undefined, bearer(token));
      expectProblem(await next(viewer), 403, 'FORBIDDEN');
      expectProblem(await next(other), 404, 'NOT_FOUND');
      const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM plans');
      expect(n).toBe(2);
    });
  });

  describe('moving a due one year on', () => {
    it('agrees in SQL with dueTextOneYearLater, on the real database', async () => {
      const due = fc.oneof(
        fc
          .date({
            min: new Date('2000-01-01T00:00:00Z'),
            max: new Date('2099-12-31T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString().slice(0, 10)),
        fc
          .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 }))
          .map(([y, q]) => `${y}-Q${q}`),
        fc.integer({ min: 2000, max: 2099 }).map(String),
        fc.constantFrom('2024-02-29', '2000-02-29', '2023-12-31', '2024-12-31'),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(due, { minLength: 50, maxLength: 50 }), async (dues) => {
          const rows: { moved: string }[] = await t.dataSource.query(
            `SELECT ${dueTextOneYearLaterSql('d')} AS moved FROM unnest($1::text[]) WITH ORDINALITY AS x (d, n) ORDER BY n`,
            [dues],
          );
          expect(rows.map((r) => r.moved)).toEqual(dues.map(dueTextOneYearLater));
        }),
        { numRuns: 10 },
      );
      const [{ moved }] = await t.dataSource.query(`SELECT ${dueTextOneYearLaterSql('NULL::text')} AS moved`);
      expect(moved).toBeNull();
    });
  });
});
