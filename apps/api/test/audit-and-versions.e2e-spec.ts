import {
  expectPlanUnchanged,
  expectProblem,
  getPlan,
  ok,
  targetIn,
  tasksOf,
} from './support/expectations.js';
import { createPlanWithTargets, importProvince, percentTarget, planOf } from './support/fixtures.js';
import { PROVINCE_ISSUE, SOC_TRANG_DISTRICTS, issuePlan, openAmendment } from './support/soc-trang-plan.js';
import { type TestApp, type TestResponse, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

describe('optimistic versions and the audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * The history of a plan once it holds at least `count` entries: the audit
   * log is written just after a command commits, so it may lag a moment.
   */
  async function historyOf(
    planId: string,
    count: number,
    headers: Record<string, string> = {},
  ): Promise<Json[]> {
    const deadline = Date.now() + 2000;
    for (;;) {
      const entries = ok(await t.request('GET', `/api/plans/${planId}/history`, undefined, headers));
      if (entries.length >= count || Date.now() > deadline) return entries;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  describe('stale versions (If-Match)', () => {
    let province: Json;
    let ngaNam: string;
    beforeEach(async () => {
      await t.reset();
      await importProvince(t, '94');
      province = await createPlanWithTargets(t, '94', [percentTarget('TTHC-01', 98)]);
      ok(
        await t.request('POST', `/api/plans/${province.id}/tasks`, {
          title: 'Rà soát TTHC',
          area: 'direction',
        }),
        201,
      );
      await issuePlan(t, province.id);
      ngaNam = planOf(ok(await t.request('POST', `/api/plans/${province.id}/cascade`, {})).plans, '948');
      // The province reopens its issued plan to amend it, so that it can be written again.
      province = await openAmendment(t, province.id);
    });

    const ifMatch = (version: number | string) => ({ 'if-match': `"${version}"` });

    async function read(planId: string): Promise<{ plan: Json; etag: string | null }> {
      const res = await t.request('GET', `/api/plans/${planId}`);
      return { plan: ok(res), etag: res.headers.get('etag') };
    }

    function expectStale(res: TestResponse, had: number, current: number) {
      const body = expectProblem(res, 409, 'STALE_VERSION');
      expect(body).toMatchObject({ currentVersion: current, expectedVersion: had });
      expect(body.detail).toMatch(/changed since you read it/);
    }

    it('GET sends the version as ETag; a PATCH based on it goes through once, then the same If-Match is stale', async () => {
      const { plan, etag } = await read(province.id);
      expect(etag).toBe(`"${plan.version}"`);

      const first = ok(
        await t.request(
          'PATCH',
          `/api/plans/${province.id}`,
          { title: 'Kế hoạch A' },
          { 'if-match': etag as string },
        ),
      );
      expect(first).toMatchObject({ title: 'Kế hoạch A', version: plan.version + 1 });
      const now = await read(province.id);
      expect(now.etag).toBe(`"${plan.version + 1}"`);

      // A colleague who read the same version now saves over it: refused, and nothing of theirs applied.
      const second = await t.request(
        'PATCH',
        `/api/plans/${province.id}`,
        { title: 'Kế hoạch B', objectives: 'Ghi đè' },
        { 'if-match': etag as string },
      );
      expectStale(second, plan.version, plan.version + 1);
      await expectPlanUnchanged(t, now.plan);

      // The weak form of the same tag is understood too.
      expectStale(
        await t.request(
          'PATCH',
          `/api/plans/${province.id}`,
          { title: 'Kế hoạch B' },
          { 'if-match': `W/"${plan.version}"` },
        ),
        plan.version,
        plan.version + 1,
      );
      expect(
        ok(
          await t.request(
            'PATCH',
            `/api/plans/${province.id}`,
            { title: 'Kế hoạch B' },
            ifMatch(plan.version + 1),
          ),
        ).version,
      ).toBe(plan.version + 2);
    });

    /** Each write with an If-Match one version old is refused and changes nothing; with the current one it goes through. */
    const WRITES: {
      name: string;
      plan: () => string;
      send: (headers: Record<string, string>) => Promise<TestResponse>;
      done: number;
      check: (after: Json) => void;
    }[] = [
      {
        name: 'PATCH target',
        plan: () => province.id,
        send: (h) => t.request('PATCH', `/api/plans/${province.id}/targets/TTHC-01`, { value: 99 }, h),
        done: 200,
        check: (after) => expect(targetIn(after, 'TTHC-01').value).toBe(99),
      },
      {
        name: 'POST task',
        plan: () => province.id,
        send: (h) =>
          t.request(
            'POST',
            `/api/plans/${province.id}/tasks`,
            { title: 'Số hóa hồ sơ', area: 'direction' },
            h,
          ),
        done: 201,
        check: (after) => expect(tasksOf(after).map((x: Json) => x.title)).toContain('Số hóa hồ sơ'),
      },
      {
        name: 'POST issue',
        plan: () => province.id,
        send: (h) =>
          t.request(
            'POST',
            `/api/plans/${province.id}/issue`,
            { ...PROVINCE_ISSUE, documentNumber: '45/KH-UBND' },
            h,
          ),
        done: 200,
        check: (after) => expect(after.issued).toMatchObject({ version: 2, documentNumber: '45/KH-UBND' }),
      },
      {
        name: 'POST confirm',
        plan: () => ngaNam,
        send: (h) =>
          t.request('POST', `/api/plans/${ngaNam}/confirm`, { targets: [{ code: 'TTHC-01', value: 99 }] }, h),
        done: 200,
        check: (after) => {
          expect(after.status).toBe('confirmed');
          expect(targetIn(after, 'TTHC-01').value).toBe(99);
        },
      },
    ];

    it.each(WRITES.map((w) => [w.name, w] as const))(
      '%s with a stale If-Match: 409 STALE_VERSION, nothing changed',
      async (_name, write) => {
        const planId = write.plan();
        const { plan: read1 } = await read(planId);
        // Someone else changes the plan meanwhile (no If-Match: still allowed).
        ok(await t.request('PATCH', `/api/plans/${planId}`, { objectives: 'Sửa bởi người khác' }));
        const { plan: current } = await read(planId);
        expect(current.version).toBe(read1.version + 1);
        const countsBefore = await t.dataSource.query(
          `SELECT (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM targets)::int AS targets,
                (SELECT count(*) FROM tasks)::int AS tasks`,
        );

        expectStale(await write.send(ifMatch(read1.version)), read1.version, current.version);
        await expectPlanUnchanged(t, current);
        expect(
          await t.dataSource.query(
            `SELECT (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM targets)::int AS targets,
                  (SELECT count(*) FROM tasks)::int AS tasks`,
          ),
        ).toEqual(countsBefore);

        ok(await write.send(ifMatch(current.version)), write.done);
        write.check(await getPlan(t, planId));
      },
    );

    it('a stale cascade derives nothing: the new target reaches the districts only with the current version', async () => {
      // Issuing an amendment carries it to the plans below at once, so the cascade here is the
      // one to the districts the province had not reached: it passed its plan to Ngã Năm only.
      await t.reset();
      await importProvince(t, '94');
      province = await createPlanWithTargets(t, '94', [percentTarget('TTHC-01', 98)]);
      await issuePlan(t, province.id);
      ngaNam = planOf(
        ok(await t.request('POST', `/api/plans/${province.id}/cascade`, { unitCodes: ['948'] })).plans,
        '948',
      );
      await openAmendment(t, province.id);
      ok(await t.request('POST', `/api/plans/${province.id}/targets`, percentTarget('DVC-02', 80)), 201);
      const { plan } = await read(province.id);
      ok(
        await t.request('POST', `/api/plans/${province.id}/issue`, {
          ...PROVINCE_ISSUE,
          documentNumber: '45/KH-UBND',
        }),
      );
      // Ngã Năm received the new target when the amendment was issued.
      expect(targetIn(await getPlan(t, ngaNam), 'DVC-02').value).toBe(80);
      const childrenBefore = ok(await t.request('GET', `/api/plans/${province.id}/children`));
      expectStale(
        await t.request('POST', `/api/plans/${province.id}/cascade`, {}, ifMatch(plan.version)),
        plan.version,
        plan.version + 1,
      );
      expect(ok(await t.request('GET', `/api/plans/${province.id}/children`))).toEqual(childrenBefore);
      expect(
        await t.dataSource.query('SELECT unit_code FROM plans WHERE parent_plan_id IS NOT NULL'),
      ).toEqual([{ unit_code: '948' }]);
      const done = ok(
        await t.request('POST', `/api/plans/${province.id}/cascade`, {}, ifMatch(plan.version + 1)),
      );
      expect(done).toMatchObject({ created: SOC_TRANG_DISTRICTS.length - 1, updated: 0 });
      expect(done.targetsAdded).toBe((SOC_TRANG_DISTRICTS.length - 1) * 2);
      expect(targetIn(await getPlan(t, planOf(done.plans, '941')), 'DVC-02').value).toBe(80);
    });

    it('writes without If-Match still go through, each bumping the version', async () => {
      const { plan } = await read(ngaNam);
      ok(await t.request('PATCH', `/api/plans/${ngaNam}`, { objectives: 'Một' }));
      ok(await t.request('PATCH', `/api/plans/${ngaNam}/targets/TTHC-01`, { value: 98.5 }));
      ok(
        await t.request('POST', `/api/plans/${ngaNam}/tasks`, { title: 'Việc của huyện', area: 'direction' }),
        201,
      );
      ok(await t.request('POST', `/api/plans/${ngaNam}/confirm`, {}));
      const after = await getPlan(t, ngaNam);
      expect(after.version).toBe(plan.version + 4);
      expect(after.status).toBe('confirmed');
    });

    it('an If-Match that names no version is refused, naming the header, and changes nothing; * is any version', async () => {
      const { plan } = await read(province.id);
      for (const header of ['abc', '"-1"', '"1.5"', '""', '"1", "2"', 'W/"x"', '"1e3"']) {
        const refused = expectProblem(
          await t.request(
            'PATCH',
            `/api/plans/${province.id}`,
            { title: 'Không được' },
            { 'if-match': header },
          ),
          400,
          'VALIDATION_FAILED',
        );
        expect(refused.errors).toEqual([{ field: 'If-Match', message: expect.any(String) }]);
      }
      await expectPlanUnchanged(t, plan);
      expect(
        ok(
          await t.request('PATCH', `/api/plans/${province.id}`, { title: 'Kế hoạch C' }, { 'if-match': '*' }),
        ),
      ).toMatchObject({ title: 'Kế hoạch C', version: plan.version + 1 });
    });
  });

  describe('the audit trail', () => {
    let planId: string;
    let children: { id: string; unitCode: string }[];
    let ngaNam: string;
    let taskId: string;
    beforeAll(async () => {
      await t.reset();
      await importProvince(t, '94');
      await importProvince(t, '84');
      const created = ok(
        await t.request('POST', '/api/plans', {
          unitCode: '94',
          year: 2024,
          title: 'Kế hoạch CCHC năm 2024',
          documentNumber: '218/KH-UBND',
        }),
        201,
      );
      planId = created.id;
      ok(await t.request('POST', `/api/plans/${planId}/targets`, percentTarget('TTHC-01', 95)), 201);
      await historyOf(planId, 2);
      ok(await t.request('PATCH', `/api/plans/${planId}/targets/TTHC-01`, { value: 97 }));
      await historyOf(planId, 3);
      taskId = ok(
        await t.request('POST', `/api/plans/${planId}/tasks`, {
          title: 'Rà soát TTHC',
          area: 'administrative_procedures',
          leadAgency: 'Sở Nội vụ',
        }),
        201,
      ).id;
      await historyOf(planId, 4);
      ok(await t.request('PATCH', `/api/plans/${planId}`, { title: 'Kế hoạch Thực hiện CCHC năm 2024' }));
      await historyOf(planId, 5);
      await issuePlan(t, planId);
      await historyOf(planId, 6);
      children = ok(await t.request('POST', `/api/plans/${planId}/cascade`, {})).plans;
      ngaNam = planOf(children, '948');
      await historyOf(ngaNam, 1);
      ok(
        await t.request('POST', `/api/plans/${ngaNam}/confirm`, {
          targets: [{ code: 'TTHC-01', value: 99 }],
        }),
      );
      await historyOf(planId, 7);
      await openAmendment(t, planId, 'Điều chỉnh theo Chỉ thị số 27/CT-TTg');
    });

    it('lists every change of a plan in order, with who, what, before and after', async () => {
      const entries = await historyOf(planId, 8);
      expect(entries.map((e) => e.action)).toEqual([
        'plan_created',
        'target_added',
        'target_changed',
        'task_added',
        'plan_updated',
        'plan_issued',
        'plan_cascaded',
        'plan_amended',
      ]);
      for (const e of entries) expect(e.actor).toEqual({ id: expect.any(String), username: 'officer.94' });
      const ids = entries.map((e) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      const times = entries.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));

      const [created, added, changed, task, updated, issued, cascaded, amended] = entries;
      expect(created).toMatchObject({
        before: null,
        after: { id: planId, unitCode: '94', title: 'Kế hoạch CCHC năm 2024', documentNumber: '218/KH-UBND' },
      });
      expect(added).toMatchObject({
        before: null,
        after: { code: 'TTHC-01', value: 95, measure: 'percent' },
      });
      expect(changed).toMatchObject({
        before: { code: 'TTHC-01', value: 95 },
        after: { code: 'TTHC-01', value: 97 },
      });
      expect(task).toMatchObject({
        before: null,
        after: { id: taskId, title: 'Rà soát TTHC', leadAgency: 'Sở Nội vụ' },
      });
      expect(updated).toMatchObject({
        before: { title: 'Kế hoạch CCHC năm 2024' },
        after: { title: 'Kế hoạch Thực hiện CCHC năm 2024' },
      });
      // Issuing: draft → issued, with the number, date and signer of the signed document.
      expect(issued).toMatchObject({
        before: { status: 'draft', issued: null },
        after: {
          status: 'issued',
          issued: {
            version: 1,
            documentNumber: '218/KH-UBND',
            issuedOn: '2023-12-19',
            signer: PROVINCE_ISSUE.signer,
          },
        },
      });
      // Amending: issued → amending, the reason and the version it drafts; the issued one stays in force.
      expect(amended).toMatchObject({
        before: { status: 'issued', amendment: null },
        after: {
          status: 'amending',
          issued: { version: 1 },
          amendment: { version: 2, reason: 'Điều chỉnh theo Chỉ thị số 27/CT-TTg' },
        },
      });
      expect(cascaded.after).toEqual({
        created: SOC_TRANG_DISTRICTS.length,
        updated: 0,
        childPlanIds: expect.arrayContaining(children.map((c) => c.id)),
      });
      expect(cascaded.after.childPlanIds).toHaveLength(SOC_TRANG_DISTRICTS.length);
    });

    it('a cascade appears on each child too; the child’s confirmation names the district officer', async () => {
      for (const child of children) {
        const entries = await historyOf(child.id, 1);
        expect(entries[0]).toMatchObject({
          action: 'derived_by_cascade',
          actor: { username: 'officer.94' },
          after: { parentPlanId: planId },
        });
      }
      const entries = await historyOf(ngaNam, 2);
      expect(entries.map((e) => e.action)).toEqual(['derived_by_cascade', 'plan_confirmed']);
      expect(entries[1]).toMatchObject({
        actor: { username: 'officer.948' },
        before: { status: 'derived' },
        after: { status: 'confirmed' },
      });
      expect(targetIn(entries[1].after, 'TTHC-01').value).toBe(99);
      // What the confirmation changed: the raised value, before → after.
      expect(targetIn(entries[1].before, 'TTHC-01').value).toBe(97);
      // What the cascade gave it: the targets it received and its status.
      expect(entries[0].after).toMatchObject({
        created: true,
        targetsAdded: ['TTHC-01'],
        status: { to: 'derived' },
      });
    });

    it('a refused write leaves no entry', async () => {
      const before = await historyOf(planId, 8);
      const viewer = bearer(await t.signIn('viewer', '94'));
      expectProblem(
        await t.request('PATCH', `/api/plans/${planId}`, { title: 'Không' }, viewer),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await t.request('PATCH', `/api/plans/${planId}/targets/TTHC-01`, { value: 1 }, { 'if-match': '"1"' }),
        409,
        'STALE_VERSION',
      );
      // Give a stray entry time to appear, then check there is none.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await historyOf(planId, 0)).toEqual(before);
    });

    it('cannot be edited or deleted through the API, and the rows stay', async () => {
      const before = await historyOf(planId, 8);
      const entryId = before[0].id;
      const admin = bearer(await t.signIn('system_admin'));
      for (const headers of [{}, admin]) {
        for (const [method, path] of [
          ['PUT', `/api/plans/${planId}/history`],
          ['PATCH', `/api/plans/${planId}/history`],
          ['DELETE', `/api/plans/${planId}/history`],
          ['POST', `/api/plans/${planId}/history`],
          ['PATCH', `/api/plans/${planId}/history/${entryId}`],
          ['DELETE', `/api/plans/${planId}/history/${entryId}`],
        ] as const) {
          const res = await t.request(
            method,
            path,
            method === 'DELETE' ? undefined : { action: 'forged' },
            headers,
          );
          if (![404, 405].includes(res.status))
            throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
        }
      }
      expect(await historyOf(planId, 0)).toEqual(before);
    });

    it('the database itself refuses UPDATE and DELETE on the audit log', async () => {
      const before = await historyOf(planId, 8);
      // TypeORM prints every failed query; these failures are the point here.
      const print = console.log;
      console.log = () => undefined;
      try {
        await expect(
          t.dataSource.query(`UPDATE audit_log SET action = 'forged' WHERE plan_id = $1`, [planId]),
        ).rejects.toThrow(/audit_log is append-only/);
        await expect(
          t.dataSource.query('DELETE FROM audit_log WHERE plan_id = $1', [planId]),
        ).rejects.toThrow(/audit_log is append-only/);
        await expect(t.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/audit_log is append-only/);
      } finally {
        console.log = print;
      }
      expect(await historyOf(planId, 0)).toEqual(before);
    });

    it('is readable by exactly those who may read the plan', async () => {
      const expected = await historyOf(planId, 8);
      for (const [role, unit] of [
        ['viewer', '94'],
        ['province_admin', '94'],
        ['system_admin', null],
      ] as const) {
        const res = await t.request(
          'GET',
          `/api/plans/${planId}/history`,
          undefined,
          bearer(await t.signIn(role, unit)),
        );
        expect({ role, unit, entries: ok(res) }).toEqual({ role, unit, entries: expected });
      }
      // A district reads the province's history too, but of the cascade it sees only its own plan.
      const district = ok(
        await t.request(
          'GET',
          `/api/plans/${planId}/history`,
          undefined,
          bearer(await t.signIn('officer', '948')),
        ),
      );
      const cascaded = expected.find((e: { action: string }) => e.action === 'plan_cascaded');
      expect(cascaded.after.childPlanIds).toHaveLength(11);
      expect(district).toEqual(
        expected.map((e: { action: string; after: object }) =>
          e.action === 'plan_cascaded' ? { ...e, after: { ...e.after, childPlanIds: [ngaNam] } } : e,
        ),
      );
      const outsider = bearer(await t.signIn('officer', '84'));
      expectProblem(
        await t.request('GET', `/api/plans/${planId}/history`, undefined, outsider),
        404,
        'NOT_FOUND',
      );
      const sibling = bearer(await t.signIn('officer', '941'));
      expectProblem(
        await t.request('GET', `/api/plans/${ngaNam}/history`, undefined, sibling),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await t.request('GET', `/api/plans/${planId}/history`, undefined, { anonymous: 'true' }),
        401,
        'UNAUTHENTICATED',
      );
    });
  });
});
