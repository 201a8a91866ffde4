import { Clock } from '../src/common/clock.js';
import { expectInvalid, expectProblem, ok, tasksOf } from './support/expectations.js';
import { importProvince, planOf } from './support/fixtures.js';
import {
  NGA_NAM_ISSUE,
  cascade,
  confirmAndIssue,
  issuePlan,
  openAmendment,
  socTrangPlan,
} from './support/soc-trang-plan.js';
import { type TestApp, type TestRole, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const NGA_NAM = '948';
const LONG_PHU = '946';
const COORDINATING = ['Phòng Nội vụ', 'Văn phòng HĐND và UBND'];

/** An instant in Vietnam (UTC+7): `vn('2024-03-15 11:00')`. */
const vn = (at: string) => new Date(`${at.replace(' ', 'T')}:00+07:00`);

describe('progress reports on the official calendar', () => {
  let t: TestApp;
  let clock: Clock;
  let province: Json;
  let ngaNam: string;
  let longPhu: string;
  /** Ngã Năm's two tasks, as the cascade derived them (the province's Q1 task and its 30/06 one). */
  let tasks: Json[];

  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock);
  });
  afterAll(async () => {
    clock.set(null);
    await t.close();
  });
  beforeEach(async () => {
    clock.set(null);
    await t.reset();
    await importProvince(t, '94');
    province = await socTrangPlan(t);
    await issuePlan(t, province.id);
    const children = (await cascade(t, province.id)).plans;
    ngaNam = planOf(children, NGA_NAM);
    longPhu = planOf(children, LONG_PHU);
    const derived = ok(await t.request('GET', `/api/plans/${ngaNam}`));
    for (const task of tasksOf(derived)) {
      ok(
        await t.request('PATCH', `/api/plans/${ngaNam}/tasks/${task.id}`, {
          leadAgency: 'Phòng Nội vụ thị xã',
          coordinatingAgencies: COORDINATING,
        }),
      );
    }
    await confirmAndIssue(t, ngaNam, NGA_NAM_ISSUE);
    tasks = tasksOf(ok(await t.request('GET', `/api/plans/${ngaNam}`)));
    // Inside Q1's window: 10/03/2024, 10:00 in Vietnam.
    clock.set(vn('2024-03-10 10:00'));
  });

  /** A request as a user of `role` in `unit`. */
  const as = (role: TestRole, unit: string | null) => async (method: string, path: string, body?: unknown) =>
    t.request(method, path, body, bearer(await t.signIn(role, unit)));
  const report = async (planId: string, period: string) =>
    ok(await t.request('GET', `/api/plans/${planId}/reports/${period}`));
  const save = (planId: string, period: string, body: unknown) =>
    t.request('PUT', `/api/plans/${planId}/reports/${period}`, body);
  const submit = (planId: string, period: string) =>
    t.request('POST', `/api/plans/${planId}/reports/${period}/submit`);
  const reopen = (planId: string, period: string, reason: unknown, role: TestRole = 'officer', unit = '94') =>
    as(role, unit)('POST', `/api/plans/${planId}/reports/${period}/reopen`, { reason });
  const historyOf = async (planId: string) => ok(await t.request('GET', `/api/plans/${planId}/history`));
  const targetOf = (r: Json, code: string) => r.targets.find((x: Json) => x.code === code);
  const taskOf = (r: Json, id: string) => r.tasks.find((x: Json) => x.taskId === id);

  /** Runs `refused`, then checks the report, the plan's history and the notifications are as before. */
  async function changesNothing(planId: string, period: string, refused: () => Promise<unknown>) {
    const before = await report(planId, period);
    const history = await historyOf(planId);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM notifications');
    await refused();
    expect(await report(planId, period)).toEqual(before);
    expect(await historyOf(planId)).toEqual(history);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM notifications'))[0].n).toBe(n);
  }

  describe('the calendar', () => {
    it("is seed 000's four periods by default, which a derived plan inherits, locking 15 days after each is due", async () => {
      const own = ok(await t.request('GET', `/api/plans/${province.id}/calendar`));
      expect(own).toEqual({
        planId: province.id,
        lockDays: 15,
        isDefault: true,
        periods: [
          {
            key: 'q1',
            label: 'Quý I/2024',
            from: '2023-12-15',
            to: '2024-03-14',
            dueOn: '2024-03-15',
            inherited: false,
            locksOn: '2024-03-30',
          },
          {
            key: 'h1',
            label: '6 tháng đầu năm 2024',
            from: '2023-12-15',
            to: '2024-06-14',
            dueOn: '2024-06-15',
            inherited: false,
            locksOn: '2024-06-30',
          },
          {
            key: 'q3',
            label: 'Quý III/2024',
            from: '2024-06-15',
            to: '2024-09-14',
            dueOn: '2024-09-15',
            inherited: false,
            locksOn: '2024-09-30',
          },
          {
            key: 'year',
            label: 'Năm 2024',
            from: '2023-12-15',
            to: '2024-12-14',
            dueOn: '2024-12-15',
            inherited: false,
            locksOn: '2024-12-30',
          },
        ],
      });
      const derived = ok(await t.request('GET', `/api/plans/${ngaNam}/calendar`));
      expect(derived).toEqual({
        ...own,
        planId: ngaNam,
        periods: own.periods.map((p: Json) => ({ ...p, inherited: true })),
      });
      // The unit above reads it too; another district does not see the plan at all.
      ok(await as('officer', '94')('GET', `/api/plans/${ngaNam}/calendar`));
      expectProblem(await as('officer', LONG_PHU)('GET', `/api/plans/${ngaNam}/calendar`), 404, 'NOT_FOUND');
    });

    it('is replaced while the plan is amended, not while issued; a derived plan inherits and adds its own', async () => {
      const monthly = [
        { key: 'm01', label: 'Tháng 1/2024', from: '2024-01-01', to: '2024-01-31', dueOn: '2024-02-05' },
        { key: 'q1', label: 'Quý I/2024', from: '2023-12-15', to: '2024-03-14', dueOn: '2024-03-15' },
      ];
      const before = ok(await t.request('GET', `/api/plans/${province.id}/calendar`));
      expectProblem(
        await t.request('PUT', `/api/plans/${province.id}/calendar`, { periods: monthly }),
        409,
        'PLAN_ISSUED',
      );
      expect(ok(await t.request('GET', `/api/plans/${province.id}/calendar`))).toEqual(before);

      const amending = await openAmendment(t, province.id);
      // Based on an older version: refused like every plan write.
      expectProblem(
        await t.request(
          'PUT',
          `/api/plans/${province.id}/calendar`,
          { periods: monthly },
          { 'if-match': `"${amending.version - 1}"` },
        ),
        409,
        'STALE_VERSION',
      );
      // Bad periods are named by index and field, and nothing is written.
      const bad = [
        { ...monthly[1], dueOn: '2024-03-10' },
        { ...monthly[1], key: 'q1b', from: '2024-04-01' },
        { ...monthly[1] },
        { ...monthly[1] },
      ];
      expect(
        expectInvalid(await t.request('PUT', `/api/plans/${province.id}/calendar`, { periods: bad })),
      ).toEqual(
        // Q1 three times: the second and third repeat the first.
        ['periods.0.dueOn', 'periods.1.to', 'periods.2.key', 'periods.3.key'],
      );
      expect(
        expectInvalid(
          await t.request('PUT', `/api/plans/${province.id}/calendar`, {
            periods: [monthly[0], { ...monthly[1], key: 'Quý 1' }],
          }),
        ),
      ).toEqual(['periods.1.key']);
      expect(
        expectInvalid(
          await t.request('PUT', `/api/plans/${province.id}/calendar`, {
            periods: [{ ...monthly[0], to: '2024-02-30' }],
          }),
        ),
      ).toEqual(['periods.0.to']);
      expect(ok(await t.request('GET', `/api/plans/${province.id}/calendar`))).toEqual(before);

      const put = ok(
        await t.request(
          'PUT',
          `/api/plans/${province.id}/calendar`,
          { periods: monthly, lockDays: 10 },
          { 'if-match': `"${amending.version}"` },
        ),
      );
      expect(put).toEqual({
        planId: province.id,
        lockDays: 10,
        isDefault: false,
        periods: [
          { ...monthly[0], inherited: false, locksOn: '2024-02-15' },
          { ...monthly[1], inherited: false, locksOn: '2024-03-25' },
        ],
      });
      expect(ok(await t.request('GET', `/api/plans/${province.id}/calendar`))).toEqual(put);
      const [entry] = (await historyOf(province.id)).filter((e: Json) => e.action === 'calendar_changed');
      expect(entry).toMatchObject({
        before: { lockDays: null, periods: [] },
        after: { lockDays: 10, periods: monthly },
      });

      // Ngã Năm reports on the province's periods, and adds one for its communes (while amended).
      const inherited = ok(await t.request('GET', `/api/plans/${ngaNam}/calendar`));
      expect(inherited.periods.map((p: Json) => [p.key, p.inherited])).toEqual([
        ['m01', true],
        ['q1', true],
      ]);
      expect(inherited.lockDays).toBe(10);
      const own = {
        key: 'dot-1',
        label: 'Đợt 1/2024',
        from: '2024-01-01',
        to: '2024-04-30',
        dueOn: '2024-05-05',
      };
      expectProblem(
        await t.request('PUT', `/api/plans/${ngaNam}/calendar`, { periods: [own] }),
        409,
        'PLAN_ISSUED',
      );
      await openAmendment(t, ngaNam);
      const calendarBefore = ok(await t.request('GET', `/api/plans/${ngaNam}/calendar`));
      const historyBefore = await historyOf(ngaNam);
      expect(
        expectInvalid(
          await t.request('PUT', `/api/plans/${ngaNam}/calendar`, { periods: [own, monthly[1]] }),
        ),
      ).toEqual(['periods.1.key']);
      // The province's officer may read Ngã Năm's calendar, not write it.
      expectProblem(
        await as('officer', '94')('PUT', `/api/plans/${ngaNam}/calendar`, { periods: [own] }),
        403,
        'FORBIDDEN',
      );
      // Neither refusal changed the calendar or wrote history.
      expect(ok(await t.request('GET', `/api/plans/${ngaNam}/calendar`))).toEqual(calendarBefore);
      expect(await historyOf(ngaNam)).toEqual(historyBefore);
      const added = ok(
        await t.request('PUT', `/api/plans/${ngaNam}/calendar`, { periods: [own], lockDays: 20 }),
      );
      expect(added.lockDays).toBe(20);
      expect(added.periods.map((p: Json) => [p.key, p.inherited, p.locksOn])).toEqual([
        ['m01', true, '2024-02-25'],
        ['q1', true, '2024-04-04'],
        ['dot-1', false, '2024-05-25'],
      ]);
      // The province's calendar is its own: a plan below changes nothing above.
      expect(ok(await t.request('GET', `/api/plans/${province.id}/calendar`))).toEqual(put);
      // Nor can the province then take the key Ngã Năm uses: it would repeat there.
      expect(
        expectInvalid(
          await t.request('PUT', `/api/plans/${province.id}/calendar`, { periods: [...monthly, own] }),
        ),
      ).toEqual(['periods.2.key']);
      expect(ok(await t.request('GET', `/api/plans/${province.id}/calendar`))).toEqual(put);
    });
  });

  describe("a target's reporting", () => {
    it('is year to date unless told, passes down with the target, and is not changed below', async () => {
      const targetOfPlan = async (planId: string, code: string) =>
        targetOf({ targets: (await report(planId, 'q1')).targets }, code);
      await openAmendment(t, province.id);
      ok(await t.request('PATCH', `/api/plans/${province.id}/targets/KL-03`, { reporting: 'period' }));
      ok(
        await t.request('POST', `/api/plans/${province.id}/targets`, {
          code: 'KT-05',
          name: 'Số cuộc kiểm tra công tác CCHC trong kỳ',
          area: 'direction',
          measure: 'count',
          direction: 'at_least',
          value: 2,
          reporting: 'period',
        }),
        201,
      );
      await issuePlan(t, province.id, {
        documentNumber: '45/KH-UBND',
        issuedOn: '2024-02-20',
        signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
      });
      // The issued amendment reaches Ngã Năm: the changed mode, and the new target with it.
      expect((await targetOfPlan(ngaNam, 'KL-03')).reporting).toBe('period');
      expect((await targetOfPlan(ngaNam, 'TTHC-01')).reporting).toBe('cumulative');
      expect(
        ok(await t.request('GET', `/api/plans/${ngaNam}`)).areas.flatMap((a: Json) => a.targets),
      ).toContainEqual(expect.objectContaining({ code: 'KT-05', reporting: 'period' }));
      // Ngã Năm confirms what it received; while amending its plan it cannot change an inherited mode.
      ok(await t.request('POST', `/api/plans/${ngaNam}/confirm`, {}));
      await issuePlan(t, ngaNam, { ...NGA_NAM_ISSUE, documentNumber: '13/KH-UBND', issuedOn: '2024-02-25' });
      await openAmendment(t, ngaNam);
      const refused = expectProblem(
        await t.request('PATCH', `/api/plans/${ngaNam}/targets/KL-03`, { reporting: 'cumulative' }),
        422,
        'INHERITED_TARGET_LOCKED',
      );
      expect(refused.errors).toEqual([{ field: 'reporting', message: expect.any(String) }]);
      // Its own target is its own to set.
      const own = ok(
        await t.request('POST', `/api/plans/${ngaNam}/targets`, {
          code: 'NN-01',
          name: 'Số hội nghị đối thoại với người dân',
          area: 'direction',
          measure: 'count',
          direction: 'at_least',
          value: 1,
        }),
        201,
      );
      expect(own.reporting).toBe('cumulative');
      expect(
        ok(await t.request('PATCH', `/api/plans/${ngaNam}/targets/NN-01`, { reporting: 'period' })).reporting,
      ).toBe('period');
    });
  });

  describe('a report', () => {
    it('starts with every target and task of the plan, nothing reported', async () => {
      const r = await report(ngaNam, 'q1');
      expect(r).toMatchObject({
        planId: ngaNam,
        period: { key: 'q1', label: 'Quý I/2024', dueOn: '2024-03-15', locksOn: '2024-03-30' },
        status: 'not_started',
        window: 'open',
        submittedAt: null,
        late: false,
        reopened: null,
        summary: '',
        updatedAt: null,
      });
      expect(r.targets.map((x: Json) => [x.code, x.planValue, x.value, x.meets, x.reporting])).toEqual([
        ['TTHC-01', 98, null, null, 'cumulative'],
        ['KL-03', 0, null, null, 'cumulative'],
        ['DVC-02', 70, null, null, 'cumulative'],
        ['KH-04', '2024-07-30', null, null, 'cumulative'],
      ]);
      expect(r.tasks).toHaveLength(tasks.length);
      expect(r.tasks.every((x: Json) => x.state === 'not_started' && x.percentDone === 0)).toBe(true);
      expect(await report(ngaNam, 'q3')).toMatchObject({ status: 'not_started', window: 'not_open' });
      expectProblem(await t.request('GET', `/api/plans/${ngaNam}/reports/m07`), 404, 'NOT_FOUND');
    });

    it('saves a draft in parts, computing whether each value meets its target and which tasks are overdue', async () => {
      const { version } = ok(await t.request('GET', `/api/plans/${ngaNam}`));
      const first = ok(
        await save(ngaNam, 'q1', {
          targets: [
            {
              code: 'TTHC-01',
              value: 98.7,
              numerator: 987,
              denominator: 1000,
              note: 'Theo Cổng dịch vụ công',
            },
            { code: 'KL-03', value: 1 },
            { code: 'KH-04', value: '2024-03-01' },
          ],
        }),
      );
      expect(first.status).toBe('draft');
      expect(targetOf(first, 'TTHC-01')).toMatchObject({
        value: 98.7,
        numerator: 987,
        denominator: 1000,
        note: 'Theo Cổng dịch vụ công',
        meets: true,
      });
      // At most 0 disciplined: one misses it; a deadline met by a day before it.
      expect(targetOf(first, 'KL-03')).toMatchObject({ value: 1, meets: false });
      expect(targetOf(first, 'KH-04')).toMatchObject({ value: '2024-03-01', meets: true });
      expect(targetOf(first, 'DVC-02')).toMatchObject({ value: null, meets: null });

      const q1Task = tasks.find((x: Json) => x.due === '2024-Q1');
      const juneTask = tasks.find((x: Json) => x.due === '2024-06-30');
      const second = ok(
        await save(ngaNam, 'q1', {
          targets: [{ code: 'DVC-02', value: 65 }],
          tasks: [
            {
              taskId: q1Task.id,
              state: 'in_progress',
              percentDone: 60,
              note: 'Đang trình ký',
              contributions: [
                { agency: COORDINATING[0], state: 'done', note: 'Đã góp ý dự thảo' },
                { agency: COORDINATING[1], state: 'in_progress' },
              ],
            },
          ],
          summary: 'Quý I, thị xã đã triển khai kế hoạch CCHC.',
        }),
      );
      // What the second save left out is kept as the first saved it.
      expect(targetOf(second, 'TTHC-01')).toEqual(targetOf(first, 'TTHC-01'));
      // Below the district floor of 70 %.
      expect(targetOf(second, 'DVC-02')).toMatchObject({ value: 65, meets: false });
      expect(taskOf(second, q1Task.id)).toMatchObject({
        state: 'in_progress',
        percentDone: 60,
        note: 'Đang trình ký',
        overdue: false,
        contributions: [
          { agency: COORDINATING[0], state: 'done', note: 'Đã góp ý dự thảo' },
          { agency: COORDINATING[1], state: 'in_progress', note: null },
        ],
      });
      expect(second.summary).toBe('Quý I, thị xã đã triển khai kế hoạch CCHC.');
      expect(await report(ngaNam, 'q1')).toEqual(second);

      // By the 6-month cut-off (14/06) the Q1 task is past its deadline: overdue unless done.
      const h1 = await report(ngaNam, 'h1');
      expect(taskOf(h1, q1Task.id)).toMatchObject({ state: 'not_started', overdue: true });
      expect(taskOf(h1, juneTask.id)).toMatchObject({ overdue: false });
      const done = ok(
        await save(ngaNam, 'h1', { tasks: [{ taskId: q1Task.id, state: 'done', percentDone: 100 }] }),
      );
      expect(taskOf(done, q1Task.id)).toMatchObject({ state: 'done', overdue: false });
      // Each period is a report of its own.
      expect(taskOf(await report(ngaNam, 'q1'), q1Task.id).state).toBe('in_progress');

      // One history entry per save, with what it changed before and after.
      const saved = (await historyOf(ngaNam)).filter((e: Json) => e.action === 'report_saved');
      expect(saved).toHaveLength(3);
      const entry = saved.find((e: Json) => e.after.targets?.some((x: Json) => x.code === 'DVC-02'));
      expect(entry.before).toMatchObject({
        period: { key: 'q1', label: 'Quý I/2024' },
        status: 'draft',
        targets: [{ code: 'DVC-02', value: null }],
      });
      expect(entry.after).toMatchObject({
        status: 'draft',
        summary: 'Quý I, thị xã đã triển khai kế hoạch CCHC.',
        targets: [{ code: 'DVC-02', value: 65, meets: false }],
        tasks: [{ taskId: q1Task.id, state: 'in_progress', percentDone: 60 }],
      });
      // A report does not make a new version of the plan.
      expect(ok(await t.request('GET', `/api/plans/${ngaNam}`)).version).toBe(version);
      // The roll-up reads the stored rows: the value comparable, meets stored, the row labelled.
      const rows = await t.dataSource.query(
        `SELECT code, value::float AS value, meets, period_key, province_code FROM report_targets
         WHERE plan_id = $1 ORDER BY code`,
        [ngaNam],
      );
      expect(rows).toContainEqual({
        code: 'KH-04',
        value: Date.UTC(2024, 2, 1) / 86_400_000,
        meets: true,
        period_key: 'q1',
        province_code: '94',
      });
    });

    it('refuses bad values, unknown targets and tasks, naming the field, and changes nothing', async () => {
      ok(await save(ngaNam, 'q1', { targets: [{ code: 'TTHC-01', value: 90 }] }));
      const [task] = tasks;
      const cases: [unknown, string[]][] = [
        [
          { targets: [{ code: 'TTHC-01', value: 98.7, numerator: 900, denominator: 1000 }] },
          ['targets.0.numerator'],
        ],
        [{ targets: [{ code: 'TTHC-01', value: 98.7, numerator: 987 }] }, ['targets.0.denominator']],
        [{ targets: [{ code: 'KL-03', value: 1, numerator: 1, denominator: 2 }] }, ['targets.0.numerator']],
        [
          {
            targets: [
              { code: 'TTHC-01', value: 98 },
              { code: 'DVC-02', value: 120 },
            ],
          },
          ['targets.1.value'],
        ],
        [{ targets: [{ code: 'KL-03', value: 1.5 }] }, ['targets.0.value']],
        [{ targets: [{ code: 'KH-04', value: 'sớm' }] }, ['targets.0.value']],
        [{ targets: [{ code: 'XX-99', value: 1 }] }, ['targets.0.code']],
        [
          {
            targets: [
              { code: 'TTHC-01', value: 1 },
              { code: 'TTHC-01', value: 2 },
            ],
          },
          ['targets.1.code'],
        ],
        [
          // A task of the province's plan is not one of Ngã Năm's.
          {
            tasks: [
              { taskId: task.id, state: 'done', percentDone: 100 },
              { taskId: tasksOf(province)[0].id, state: 'done', percentDone: 100 },
            ],
          },
          ['tasks.1.taskId'],
        ],
        [
          {
            tasks: [
              {
                taskId: task.id,
                state: 'done',
                percentDone: 100,
                contributions: [
                  { agency: COORDINATING[0], state: 'done' },
                  { agency: 'Công an thị xã', state: 'done' },
                ],
              },
            ],
          },
          ['tasks.0.contributions.1.agency'],
        ],
        [{ tasks: [{ taskId: task.id, state: 'finished', percentDone: 100 }] }, ['tasks.0.state']],
        [{ tasks: [{ taskId: task.id, state: 'done', percentDone: 101 }] }, ['tasks.0.percentDone']],
      ];
      for (const [body, fields] of cases) {
        await changesNothing(ngaNam, 'q1', async () => {
          expect(expectInvalid(await save(ngaNam, 'q1', body))).toEqual(fields);
        });
      }
    });

    it("is filed only by the unit's own officers: the unit above reads it, others do not see it", async () => {
      ok(await save(ngaNam, 'q1', { summary: 'Bản nháp' }));
      const body = { summary: 'Sửa bởi người khác' };
      await changesNothing(ngaNam, 'q1', async () => {
        expectProblem(
          await as('officer', '94')('PUT', `/api/plans/${ngaNam}/reports/q1`, body),
          403,
          'FORBIDDEN',
        );
        expectProblem(
          await as('officer', '94')('POST', `/api/plans/${ngaNam}/reports/q1/submit`),
          403,
          'FORBIDDEN',
        );
        expectProblem(
          await as('viewer', NGA_NAM)('PUT', `/api/plans/${ngaNam}/reports/q1`, body),
          403,
          'FORBIDDEN',
        );
        expectProblem(
          await as('officer', LONG_PHU)('PUT', `/api/plans/${ngaNam}/reports/q1`, body),
          404,
          'NOT_FOUND',
        );
        expectProblem(
          await as('officer', LONG_PHU)('GET', `/api/plans/${ngaNam}/reports/q1`),
          404,
          'NOT_FOUND',
        );
      });
      expect(ok(await as('officer', '94')('GET', `/api/plans/${ngaNam}/reports/q1`)).summary).toBe(
        'Bản nháp',
      );
      expect(ok(await as('viewer', NGA_NAM)('GET', `/api/plans/${ngaNam}/reports/q1`)).summary).toBe(
        'Bản nháp',
      );
      // The units below read the province's plan (theirs derives from it), not its reports.
      expectProblem(
        await as('officer', NGA_NAM)('GET', `/api/plans/${province.id}/reports/q1`),
        403,
        'FORBIDDEN',
      );
      ok(await as('officer', NGA_NAM)('GET', `/api/plans/${province.id}/calendar`));
    });

    it('is filed on an issued plan only, and only while its period is open', async () => {
      // Long Phú has not confirmed or issued its plan yet.
      await changesNothing(longPhu, 'q1', async () => {
        expectProblem(await save(longPhu, 'q1', { summary: 'x' }), 409, 'PLAN_NOT_ISSUED');
        expectProblem(await submit(longPhu, 'q1'), 409, 'PLAN_NOT_ISSUED');
      });
      // Q3's data starts on 15/06: before that nothing is filed for it.
      await changesNothing(ngaNam, 'q3', async () => {
        const refused = expectProblem(await save(ngaNam, 'q3', { summary: 'x' }), 409, 'PERIOD_NOT_OPEN');
        expect(refused).toMatchObject({ period: 'q3', from: '2024-06-15' });
        expectProblem(await submit(ngaNam, 'q3'), 409, 'PERIOD_NOT_OPEN');
      });
      clock.set(vn('2024-06-15 00:00'));
      ok(await save(ngaNam, 'q3', { summary: 'Quý III' }));
      // Q1 locked on 30/03 (15 days after 15/03), at the start of that day in Vietnam.
      clock.set(vn('2024-03-29 23:59'));
      ok(await save(ngaNam, 'q1', { summary: 'Kịp trước khi khóa' }));
      clock.set(vn('2024-03-30 00:00'));
      await changesNothing(ngaNam, 'q1', async () => {
        const refused = expectProblem(await save(ngaNam, 'q1', { summary: 'Muộn' }), 409, 'PERIOD_LOCKED');
        expect(refused.locksOn).toBe('2024-03-30');
        expectProblem(await submit(ngaNam, 'q1'), 409, 'PERIOD_LOCKED');
      });
      expect((await report(ngaNam, 'q1')).window).toBe('locked');

      // While the issued plan is being amended it still reports (on the plan in force).
      clock.set(vn('2024-06-20 08:00'));
      await openAmendment(t, ngaNam);
      expect(ok(await save(ngaNam, 'q3', { summary: 'Trong lúc sửa đổi kế hoạch' })).status).toBe('draft');
    });
  });

  describe('submitting', () => {
    it('is on time until the morning of the due day, late after; a submitted report is read-only', async () => {
      ok(await save(ngaNam, 'q1', { targets: [{ code: 'TTHC-01', value: 99 }] }));
      clock.set(vn('2024-03-15 11:59'));
      const onTime = ok(await submit(ngaNam, 'q1'));
      expect(onTime).toMatchObject({
        status: 'submitted',
        late: false,
        submittedAt: vn('2024-03-15 11:59').toISOString(),
      });
      await changesNothing(ngaNam, 'q1', async () => {
        expectProblem(await save(ngaNam, 'q1', { summary: 'Sửa' }), 409, 'REPORT_SUBMITTED');
        expectProblem(await submit(ngaNam, 'q1'), 409, 'REPORT_SUBMITTED');
      });
      // The province is told, with the period.
      const notes = ok(await as('officer', '94')('GET', '/api/notifications')).items;
      expect(notes[0]).toMatchObject({
        kind: 'report_submitted',
        planId: ngaNam,
        params: { period: { key: 'q1', label: 'Quý I/2024' }, late: false, fromUnit: { code: NGA_NAM } },
      });
      const [entry] = (await historyOf(ngaNam)).filter((e: Json) => e.action === 'report_submitted');
      expect(entry).toMatchObject({
        before: { status: 'draft' },
        after: { status: 'submitted', late: false },
      });

      // Submitted at noon of the due day: late. A report never saved is submitted as it is.
      clock.set(vn('2024-06-15 12:01'));
      const late = ok(await submit(ngaNam, 'h1'));
      expect(late).toMatchObject({ status: 'submitted', late: true });
      expect(late.targets.every((x: Json) => x.value === null)).toBe(true);
    });
  });

  describe('the roll-up of what was saved', () => {
    it("counts a unit's values as its last save left them, once submitted, and not as a draft", async () => {
      const rollupRow = async () =>
        ok(await t.request('GET', `/api/plans/${province.id}/rollup?period=q1`)).units.find(
          (u: Json) => u.planId === ngaNam,
        );
      ok(
        await save(ngaNam, 'q1', {
          targets: [
            { code: 'TTHC-01', value: 99 },
            { code: 'KL-03', value: 1 },
          ],
        }),
      );
      // Saved again: one value changed, one left blank.
      const saved = ok(
        await save(ngaNam, 'q1', {
          targets: [
            { code: 'KL-03', value: 0 },
            { code: 'KH-04', value: null },
          ],
        }),
      );
      const given = saved.targets.filter((x: Json) => x.meets !== null);
      expect(given.map((x: Json) => x.code).sort()).toEqual(['KL-03', 'TTHC-01']);
      const counts = {
        met: given.filter((x: Json) => x.meets).length,
        missed: given.filter((x: Json) => !x.meets).length,
      };
      // A draft is not counted yet.
      expect(await rollupRow()).toMatchObject({ status: 'draft', met: 0, missed: 0 });
      ok(await submit(ngaNam, 'q1'));
      expect(await rollupRow()).toMatchObject({ status: 'on_time', ...counts });
      expect(counts.met + counts.missed).toBe(2);
    });
  });

  describe('lock and reopen', () => {
    it('lets only an officer of the unit above reopen a locked report, for a reason; it is filed once more, still late', async () => {
      clock.set(vn('2024-04-02 09:00'));
      await changesNothing(ngaNam, 'q1', async () => {
        expectProblem(await save(ngaNam, 'q1', { summary: 'x' }), 409, 'PERIOD_LOCKED');
        expectProblem(await reopen(ngaNam, 'q1', 'Tự mở', 'officer', NGA_NAM), 403, 'FORBIDDEN');
        expectProblem(await reopen(ngaNam, 'q1', 'Mở hộ', 'officer', LONG_PHU), 404, 'NOT_FOUND');
        expectProblem(await reopen(ngaNam, 'q1', 'Xem thôi', 'viewer', '94'), 403, 'FORBIDDEN');
        expect(expectInvalid(await reopen(ngaNam, 'q1', '  '))).toEqual(['reason']);
        expect(expectInvalid(await reopen(ngaNam, 'q1', undefined))).toEqual(['reason']);
      });

      // Ngã Năm never filed Q1: the reopen creates the draft.
      const reason = 'Bổ sung số liệu quý I theo Công văn số 15/SNV';
      const reopened = ok(await reopen(ngaNam, 'q1', reason));
      expect(reopened).toMatchObject({
        status: 'draft',
        window: 'open',
        late: false,
        reopened: { reason, at: vn('2024-04-02 09:00').toISOString(), by: 'officer.94' },
      });
      const [entry] = (await historyOf(ngaNam)).filter((e: Json) => e.action === 'report_reopened');
      expect(entry).toMatchObject({
        actor: { username: 'officer.94' },
        before: { status: 'not_started' },
        after: { status: 'draft', reopened: { reason, by: 'officer.94' } },
      });
      const [note] = ok(await as('officer', NGA_NAM)('GET', '/api/notifications')).items;
      expect(note).toMatchObject({
        kind: 'report_reopened',
        planId: ngaNam,
        params: { period: { key: 'q1', label: 'Quý I/2024' }, reason, fromUnit: { code: '94' } },
      });

      ok(await save(ngaNam, 'q1', { targets: [{ code: 'TTHC-01', value: 97 }] }));
      const resubmitted = ok(await submit(ngaNam, 'q1'));
      expect(resubmitted).toMatchObject({ status: 'submitted', late: true, window: 'locked' });
      expect(targetOf(resubmitted, 'TTHC-01')).toMatchObject({ value: 97, meets: false });
      // Submitted once more, it is read-only again: locked, until reopened again.
      await changesNothing(ngaNam, 'q1', async () => {
        expectProblem(await save(ngaNam, 'q1', { summary: 'Lần nữa' }), 409, 'REPORT_SUBMITTED');
        expectProblem(await submit(ngaNam, 'q1'), 409, 'REPORT_SUBMITTED');
      });
      expect(ok(await reopen(ngaNam, 'q1', 'Lần hai')).status).toBe('draft');
    });

    it('reopens a submitted report in an open period; a late report stays late; a draft is not reopened', async () => {
      ok(await save(ngaNam, 'q1', { summary: 'Nháp' }));
      await changesNothing(ngaNam, 'q1', async () => {
        expectProblem(await reopen(ngaNam, 'q1', 'Chưa gửi'), 409, 'REPORT_NOT_SUBMITTED');
      });
      clock.set(vn('2024-03-16 08:00'));
      expect(ok(await submit(ngaNam, 'q1')).late).toBe(true);
      clock.set(vn('2024-03-18 08:00'));
      const reopened = ok(await reopen(ngaNam, 'q1', 'Sai số liệu'));
      expect(reopened).toMatchObject({ status: 'draft', late: true, summary: 'Nháp' });
      ok(await save(ngaNam, 'q1', { summary: 'Đã sửa' }));
      expect(ok(await submit(ngaNam, 'q1'))).toMatchObject({
        status: 'submitted',
        late: true,
        summary: 'Đã sửa',
      });
    });
  });

  describe('the inbox', () => {
    it('lists the reports a unit must file with their due dates, and the units below past due', async () => {
      const inbox = async (unit: string) => ok(await as('officer', unit)('GET', '/api/inbox'));
      const reportsIn = (items: Json[]) =>
        items
          .filter((i: Json) => i.kind === 'report_due' || i.kind === 'reports_overdue')
          .map((i: Json) => [i.kind, i.plan.id, i.period.key, i.dueOn, i.count]);
      // 10/03: the windows of Q1, 6 months and the year are open (data from 15/12); Q3's is not.
      expect(reportsIn(await inbox(NGA_NAM))).toEqual([
        ['report_due', ngaNam, 'q1', '2024-03-15', undefined],
        ['report_due', ngaNam, 'h1', '2024-06-15', undefined],
        ['report_due', ngaNam, 'year', '2024-12-15', undefined],
      ]);
      ok(await submit(ngaNam, 'q1'));
      expect(reportsIn(await inbox(NGA_NAM)).map((i) => i[2])).toEqual(['h1', 'year']);

      // 16/03: Q1 is past due. Ngã Năm filed it; no other district has issued its plan, so
      // the province chases nobody; once Long Phú issues, it is one unit overdue.
      clock.set(vn('2024-03-16 08:00'));
      expect(reportsIn(await inbox('94')).filter((i) => i[0] === 'reports_overdue')).toEqual([]);
      await confirmAndIssue(t, longPhu, {
        ...NGA_NAM_ISSUE,
        documentNumber: '20/KH-UBND',
        place: 'Long Phú',
      });
      expect(reportsIn(await inbox('94')).filter((i) => i[0] === 'reports_overdue')).toEqual([
        ['reports_overdue', province.id, 'q1', '2024-03-15', 1],
      ]);
      // A draft is still overdue; a submitted report, late or not, is not.
      ok(await save(longPhu, 'q1', { summary: 'Nháp' }));
      expect(reportsIn(await inbox('94')).filter((i) => i[0] === 'reports_overdue')).toHaveLength(1);
      ok(await submit(longPhu, 'q1'));
      expect(reportsIn(await inbox('94')).filter((i) => i[0] === 'reports_overdue')).toEqual([]);
      // A locked period is not due: the unit above reopens it first.
      clock.set(vn('2024-07-01 08:00'));
      expect(reportsIn(await inbox(NGA_NAM)).map((i) => i[2])).toEqual(['q3', 'year']);
      expect(reportsIn(await inbox('94')).filter((i) => i[0] === 'reports_overdue')).toEqual([
        ['reports_overdue', province.id, 'h1', '2024-06-15', 2],
      ]);
    });
  });
  describe('the calendar and the reports filed on it', () => {
    it('keeps a period that reports were filed on: an amendment cannot drop it', async () => {
      ok(await save(ngaNam, 'q1', { targets: [{ code: 'TTHC-01', value: 99 }] }));
      await openAmendment(t, province.id);
      const before = ok(await t.request('GET', `/api/plans/${province.id}/calendar`));
      const onlyMonthly = [
        { key: 'm01', label: 'Tháng 1/2024', from: '2024-01-01', to: '2024-01-31', dueOn: '2024-02-05' },
      ];
      const res = await t.request('PUT', `/api/plans/${province.id}/calendar`, { periods: onlyMonthly });
      expect(expectInvalid(res)).toEqual(['periods']);
      expect(res.body.errors[0].message).toMatch(/q1 has 1 report/);
      expect(ok(await t.request('GET', `/api/plans/${province.id}/calendar`))).toEqual(before);
      // Keeping Q1 (and dropping periods nobody filed on) is fine.
      const kept = before.periods
        .filter((p: Json) => p.key === 'q1')
        .map(({ key, label, from, to, dueOn }: Json) => ({ key, label, from, to, dueOn }));
      const after = ok(
        await t.request('PUT', `/api/plans/${province.id}/calendar`, { periods: [...onlyMonthly, ...kept] }),
      );
      expect(after.periods.map((p: Json) => p.key)).toEqual(['m01', 'q1']);
    });
  });
});
