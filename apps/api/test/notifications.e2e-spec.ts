import { expectProblem, getPlan, ok, UNKNOWN_ID } from './support/expectations.js';
import { createPlanWithTargets, importProvince, percentTarget, planOf } from './support/fixtures.js';
import { NGA_NAM_ISSUE, PROVINCE_ISSUE } from './support/soc-trang-plan.js';
import { type TestApp, type TestRole, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const DUE = '2024-01-31';
const NGA_NAM = '948';
const LONG_PHU = '946';
const MY_XUYEN = '947';

describe('notifications and the inbox of a unit', () => {
  let t: TestApp;
  let province: Json;
  let children: Json[];
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
    // The districts issue their plans by 31/01/2024: long past, so every one not issued is overdue.
    ok(await t.request('PATCH', `/api/plans/${province.id}`, { childrenDueOn: DUE }));
    ok(await t.request('POST', `/api/plans/${province.id}/issue`, PROVINCE_ISSUE));
    children = ok(await t.request('POST', `/api/plans/${province.id}/cascade`, {})).plans;
  });

  /** A request as a user of `role` in `unit`. */
  const as = (role: TestRole, unit: string | null) => async (method: string, path: string, body?: unknown) =>
    t.request(method, path, body, bearer(await t.signIn(role, unit)));
  const count = async (table: string) =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('tells each district its plan was given to it, and asks its officer to confirm it', async () => {
    const officer = as('officer', NGA_NAM);
    const page = ok(await officer('GET', '/api/notifications'));
    expect(page.unread).toBe(1);
    expect(page.nextBefore).toBeNull();
    expect(page.items).toEqual([
      expect.objectContaining({
        kind: 'plan_derived',
        planId: planOf(children, NGA_NAM),
        read: false,
        params: expect.objectContaining({
          year: 2024,
          fromUnit: { code: '94', type: 'Tỉnh', name: 'Sóc Trăng' },
          documentNumber: '218/KH-UBND',
        }),
      }),
    ]);
    // Every district is told once; the province that cascaded is told nothing.
    expect(await count('notifications')).toBe(children.length);
    expect(ok(await as('officer', '94')('GET', '/api/notifications'))).toEqual({
      items: [],
      unread: 0,
      nextBefore: null,
    });

    const inbox = ok(await officer('GET', '/api/inbox'));
    expect(inbox).toEqual([
      expect.objectContaining({
        kind: 'confirm',
        plan: expect.objectContaining({
          id: planOf(children, NGA_NAM),
          unitCode: NGA_NAM,
          status: 'derived',
        }),
        dueOn: DUE,
      }),
    ]);
    // A viewer has nothing to do; the province has issued its own plan: it chases the districts past the deadline.
    expect(ok(await as('viewer', NGA_NAM)('GET', '/api/inbox'))).toEqual([]);
    expect(ok(await as('officer', '94')('GET', '/api/inbox'))).toEqual([
      expect.objectContaining({
        kind: 'children_overdue',
        plan: expect.objectContaining({ id: province.id }),
        count: children.length,
        dueOn: DUE,
      }),
    ]);
  });

  it('tells the province when a district confirms and issues, and moves the district from confirm to issue to nothing', async () => {
    const ngaNam = planOf(children, NGA_NAM);
    const district = as('officer', NGA_NAM);
    const provinceOfficer = as('officer', '94');
    ok(await district('POST', `/api/plans/${ngaNam}/confirm`, { targets: [{ code: 'TTHC-01', value: 99 }] }));
    expect(ok(await district('GET', '/api/inbox')).map((i: Json) => i.kind)).toEqual(['issue']);
    let page = ok(await provinceOfficer('GET', '/api/notifications'));
    expect(page.unread).toBe(1);
    expect(page.items[0]).toMatchObject({
      kind: 'child_confirmed',
      planId: ngaNam,
      params: { fromUnit: { code: NGA_NAM, type: 'Thị xã', name: 'Ngã Năm' }, year: 2024 },
    });

    ok(await district('POST', `/api/plans/${ngaNam}/issue`, NGA_NAM_ISSUE));
    expect(ok(await district('GET', '/api/inbox'))).toEqual([]);
    // Issued (late, but issued): no longer overdue. Its progress reports are: on the real
    // clock every period of 2024 is past due, and Ngã Năm (locked out of 2024 by now) filed none.
    const provinceInbox = ok(await provinceOfficer('GET', '/api/inbox'));
    expect(provinceInbox[0]).toMatchObject({ kind: 'children_overdue', count: children.length - 1 });
    expect(provinceInbox.slice(1).map((i: Json) => [i.kind, i.period.key, i.count])).toEqual([
      ['reports_overdue', 'q1', 1],
      ['reports_overdue', 'h1', 1],
      ['reports_overdue', 'q3', 1],
      ['reports_overdue', 'year', 1],
    ]);
    page = ok(await provinceOfficer('GET', '/api/notifications'));
    expect(page.unread).toBe(2);
    expect(page.items.map((n: Json) => n.kind)).toEqual(['child_issued', 'child_confirmed']);
    expect(page.items[0].params).toMatchObject({ documentNumber: '12/KH-UBND', issuedOn: '2024-01-05' });
    // The province's officer opens the district's plan it was told about.
    expect((await provinceOfficer('GET', `/api/plans/${ngaNam}`)).status).toBe(200);

    // Cascading the issued district plan tells its communes, not the province.
    ok(await district('POST', `/api/plans/${ngaNam}/cascade`, {}));
    const commune = (
      await t.dataSource.query(`SELECT code FROM units WHERE parent_code = $1 ORDER BY code LIMIT 1`, [
        NGA_NAM,
      ])
    )[0].code;
    const communePage = ok(await as('officer', commune)('GET', '/api/notifications'));
    expect(communePage.items).toEqual([
      expect.objectContaining({
        kind: 'plan_derived',
        params: expect.objectContaining({
          fromUnit: { code: NGA_NAM, type: 'Thị xã', name: 'Ngã Năm' },
          documentNumber: '12/KH-UBND',
        }),
      }),
    ]);
    expect(ok(await provinceOfficer('GET', '/api/notifications')).unread).toBe(2);
  });

  it('tells every district what an issued amendment changed, and asks a confirmed plan to be confirmed again', async () => {
    const ngaNam = planOf(children, NGA_NAM);
    ok(await t.request('POST', `/api/plans/${ngaNam}/confirm`, {}));
    // The province amends its plan with a new target and issues it again: that carries it down at once.
    ok(await t.request('POST', `/api/plans/${province.id}/amendments`, { reason: 'Bổ sung chỉ tiêu' }), 201);
    ok(await t.request('POST', `/api/plans/${province.id}/targets`, percentTarget('TTHC-03', 70)), 201);
    ok(
      await t.request('POST', `/api/plans/${province.id}/issue`, {
        ...PROVINCE_ISSUE,
        issuedOn: '2024-03-01',
      }),
    );
    const officer = as('officer', NGA_NAM);
    const page = ok(await officer('GET', '/api/notifications'));
    expect(page.items[0]).toMatchObject({
      kind: 'plan_reconfirm',
      planId: ngaNam,
      params: {
        year: 2024,
        fromUnit: { code: '94', type: 'Tỉnh', name: 'Sóc Trăng' },
        documentNumber: '218/KH-UBND',
        parentVersion: 2,
        targets: [{ code: 'TTHC-03', before: null, after: 70 }],
      },
    });
    expect(page.unread).toBe(2);
    // Its inbox asks it to confirm again what changed, not to confirm as received.
    expect(ok(await officer('GET', '/api/inbox')).map((i: Json) => i.kind)).toEqual(['reconfirm']);
    // Every district is told once, and a cascade afterwards has nothing more to tell.
    const reconfirms = async () =>
      Number(
        (await t.dataSource.query(`SELECT count(*) AS n FROM notifications WHERE kind = 'plan_reconfirm'`))[0]
          .n,
      );
    expect(await reconfirms()).toBe(children.length);
    const notes = await count('notifications');
    ok(await t.request('POST', `/api/plans/${province.id}/cascade`, { unitCodes: [NGA_NAM] }));
    expect(await count('notifications')).toBe(notes);
  });

  it('tells a district whose own plan a cascade links what it added and raised', async () => {
    await t.reset();
    await importProvince(t, '94');
    province = await createPlanWithTargets(t, '94', [
      percentTarget('TTHC-01', 98),
      percentTarget('TTHC-02', 80),
    ]);
    ok(await t.request('POST', `/api/plans/${province.id}/issue`, PROVINCE_ISSUE));
    // Ngã Năm wrote its own plan, weaker than the province's, before the cascade reached it.
    const own = await createPlanWithTargets(t, NGA_NAM, [percentTarget('TTHC-01', 90)]);
    ok(await t.request('POST', `/api/plans/${province.id}/cascade`, { unitCodes: [NGA_NAM] }));
    const page = ok(await as('officer', NGA_NAM)('GET', '/api/notifications'));
    expect(page.items).toEqual([
      expect.objectContaining({
        kind: 'plan_received',
        planId: own.id,
        params: expect.objectContaining({
          targetsAdded: ['TTHC-02'],
          targetsRaised: ['TTHC-01'],
          tasksAdded: 0,
        }),
      }),
    ]);
  });

  it('lets every user of the unit read the notifications, each marking them read for themself', async () => {
    const officer = as('officer', NGA_NAM);
    const viewer = as('viewer', NGA_NAM);
    const [note] = ok(await viewer('GET', '/api/notifications')).items;
    expect(note.kind).toBe('plan_derived');
    const read = ok(await viewer('POST', `/api/notifications/${note.id}/read`));
    expect(read).toMatchObject({ id: note.id, read: true });
    // Marking twice is harmless.
    ok(await viewer('POST', `/api/notifications/${note.id}/read`));
    expect(ok(await viewer('GET', '/api/notifications'))).toMatchObject({
      unread: 0,
      items: [{ read: true }],
    });
    expect(ok(await officer('GET', '/api/notifications'))).toMatchObject({
      unread: 1,
      items: [{ read: false }],
    });
  });

  it('answers a notification of another unit, or none, as not found, and a malformed id as invalid', async () => {
    const [other] = ok(await as('officer', LONG_PHU)('GET', '/api/notifications')).items;
    const officer = as('officer', NGA_NAM);
    expectProblem(await officer('POST', `/api/notifications/${other.id}/read`), 404, 'NOT_FOUND');
    expectProblem(await officer('POST', `/api/notifications/${UNKNOWN_ID}/read`), 404, 'NOT_FOUND');
    expectProblem(await officer('POST', '/api/notifications/nope/read'), 400, 'VALIDATION_FAILED');
    expectProblem(
      await as('system_admin', null)('POST', `/api/notifications/${other.id}/read`),
      404,
      'NOT_FOUND',
    );
    expect(await count('notification_reads')).toBe(0);
    expectProblem(
      await t.request('GET', '/api/notifications', undefined, { anonymous: 'true' }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('pages newest first, and marks all read at once with the unread count following', async () => {
    for (const code of [NGA_NAM, LONG_PHU, MY_XUYEN])
      ok(await t.request('POST', `/api/plans/${planOf(children, code)}/confirm`, {}));
    const officer = as('officer', '94');
    const first = ok(await officer('GET', '/api/notifications?limit=2'));
    expect(first.unread).toBe(3);
    expect(first.items.map((n: Json) => n.params.fromUnit.code)).toEqual([MY_XUYEN, LONG_PHU]);
    expect(first.nextBefore).toBe(first.items[1].id);
    const second = ok(await officer('GET', `/api/notifications?limit=2&before=${first.nextBefore}`));
    expect(second.items.map((n: Json) => n.params.fromUnit.code)).toEqual([NGA_NAM]);
    expect(second.nextBefore).toBeNull();
    expectProblem(await officer('GET', '/api/notifications?limit=0'), 400, 'VALIDATION_FAILED');

    ok(await officer('POST', `/api/notifications/${second.items[0].id}/read`));
    expect(ok(await officer('GET', '/api/notifications')).unread).toBe(2);
    expect(ok(await officer('POST', '/api/notifications/read-all'))).toEqual({ marked: 2, unread: 0 });
    expect(ok(await officer('GET', '/api/notifications')).items.every((n: Json) => n.read)).toBe(true);
    // Another user of the province still has all three to read.
    expect(ok(await as('viewer', '94')('GET', '/api/notifications')).unread).toBe(3);
  });

  it('leaves neither history nor notification when a command is refused or fails after its writes', async () => {
    const ngaNam = planOf(children, NGA_NAM);
    const before = { audit: await count('audit_log'), notes: await count('notifications') };
    // A cascade naming a unit that is not below the province: refused, nothing kept.
    expectProblem(
      await t.request('POST', `/api/plans/${province.id}/cascade`, { unitCodes: [NGA_NAM, '01'] }),
      422,
      'NOT_A_CHILD_UNIT',
    );
    // A dry run tells nobody.
    ok(await t.request('POST', `/api/plans/${province.id}/cascade`, { dryRun: true }));
    // A confirmation refused after the writer bumped the version: rolled back whole.
    const plan = await getPlan(t, ngaNam);
    expectProblem(
      await t.request('POST', `/api/plans/${ngaNam}/confirm`, { targets: [{ code: 'NOPE', value: 1 }] }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await getPlan(t, ngaNam)).version).toBe(plan.version);
    // The notification cannot be written (a crash at the last statement): the confirmation itself rolls back.
    await t.dataSource.query(`
      CREATE FUNCTION notifications_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full'; END $$;
      CREATE TRIGGER notifications_fail BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION notifications_fail()`);
    try {
      expect((await t.request('POST', `/api/plans/${ngaNam}/confirm`, {})).status).toBe(500);
    } finally {
      await t.dataSource.query(
        'DROP TRIGGER notifications_fail ON notifications; DROP FUNCTION notifications_fail()',
      );
    }
    expect(await getPlan(t, ngaNam)).toMatchObject({ status: 'derived', version: plan.version });
    expect({ audit: await count('audit_log'), notes: await count('notifications') }).toEqual(before);
    // And once it can be written, the same confirmation is kept with its history and its notification.
    ok(await t.request('POST', `/api/plans/${ngaNam}/confirm`, {}));
    expect({ audit: await count('audit_log'), notes: await count('notifications') }).toEqual({
      audit: before.audit + 1,
      notes: before.notes + 1,
    });
  });
});
