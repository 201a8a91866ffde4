import { provinceUnitsCsv } from '../src/modules/units/infrastructure/unit-files.js';
import { UNKNOWN_ID, expectProblem, getPlan, ok } from './support/expectations.js';
import {
  UNITS_2024,
  createPlanWithTargets,
  importProvince,
  percentTarget,
  planOf,
} from './support/fixtures.js';
import {
  NGA_NAM_COMMUNES,
  SOC_TRANG_DISTRICTS,
  cascade,
  confirmAndIssue,
  issuePlan,
  openAmendment,
} from './support/soc-trang-plan.js';
import { type TestApp, type TestRole, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

/**
 * Who may do what, over roles × levels × endpoints. Sóc Trăng (94): the
 * province's plan issued and cascaded to its 11 districts, Ngã Năm's (948)
 * confirmed, issued and cascaded to its 8 communes, both then being amended (so
 * that they can be written); Trà Vinh (84) with a draft plan of its own.
 */
const PLANS = ['94', '948', '31732', '941', '84'] as const;
type PlanKey = (typeof PLANS)[number];

const ACTORS = {
  system_admin: ['system_admin', null],
  'province_admin@94': ['province_admin', '94'],
  'officer@94': ['officer', '94'],
  'viewer@94': ['viewer', '94'],
  'officer@948': ['officer', '948'],
  'viewer@948': ['viewer', '948'],
  'officer@31732': ['officer', '31732'],
  'officer@941': ['officer', '941'],
  'officer@84': ['officer', '84'],
} as const satisfies Record<string, readonly [TestRole, string | null]>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

/** Expected answers, one per plan in the order of PLANS: 94, 948, 31732, 941, 84. W: the write goes through. */
type Cell = 200 | 403 | 404 | 'W';

/** GET a plan (and its history, and whether GET /api/plans lists it). */
const READ: Record<ActorName, Cell[]> = {
  system_admin: [200, 200, 200, 200, 200],
  'province_admin@94': [200, 200, 200, 200, 404],
  'officer@94': [200, 200, 200, 200, 404],
  'viewer@94': [200, 200, 200, 200, 404],
  // The province's plan is what 948's derives from: readable.
  'officer@948': [200, 200, 200, 404, 404],
  'viewer@948': [200, 200, 200, 404, 404],
  // The commune reads the district's plan and the province's, which its own derives from.
  'officer@31732': [200, 200, 200, 404, 404],
  'officer@941': [200, 404, 404, 200, 404],
  'officer@84': [404, 404, 404, 404, 200],
};

/** GET children and compliance: only plans in the caller's own subtree. */
const SUBTREE: Record<ActorName, Cell[]> = {
  system_admin: [200, 200, 200, 200, 200],
  'province_admin@94': [200, 200, 200, 200, 404],
  'officer@94': [200, 200, 200, 200, 404],
  'viewer@94': [200, 200, 200, 200, 404],
  'officer@948': [403, 200, 200, 404, 404],
  'viewer@948': [403, 200, 200, 404, 404],
  'officer@31732': [403, 403, 200, 404, 404],
  'officer@941': [403, 404, 404, 200, 404],
  'officer@84': [404, 404, 404, 404, 200],
};

/** Every write to a plan: only the own unit's plan, only for officers and province administrators. */
const WRITE: Record<ActorName, Cell[]> = {
  system_admin: [403, 403, 403, 403, 403],
  'province_admin@94': ['W', 403, 403, 403, 404],
  'officer@94': ['W', 403, 403, 403, 404],
  'viewer@94': [403, 403, 403, 403, 404],
  'officer@948': [403, 'W', 403, 404, 404],
  'viewer@948': [403, 403, 403, 404, 404],
  'officer@31732': [403, 403, 'W', 404, 404],
  'officer@941': [403, 404, 404, 'W', 404],
  'officer@84': [404, 404, 404, 404, 'W'],
};

const slug = (actor: string) => actor.replace(/[^a-z0-9]/gi, '-').toUpperCase();

/** The plan writes, each with a well-formed body, so a refusal can only be about rights. */
const WRITES: {
  name: string;
  method: string;
  path: (id: string) => string;
  body: (actor: ActorName) => unknown;
  /**
   * The answer when it goes through, by plan and by who writes (the lifecycle may
   * refuse it: a root plan cannot be confirmed, a plan is issued once per version).
   */
  done: (plan: PlanKey, actor: ActorName) => number;
}[] = [
  {
    name: 'PATCH plan',
    method: 'PATCH',
    path: (id) => `/api/plans/${id}`,
    body: (actor) => ({ objectives: `Sửa bởi ${actor}` }),
    done: () => 200,
  },
  {
    name: 'POST target',
    method: 'POST',
    path: (id) => `/api/plans/${id}/targets`,
    body: (actor) => percentTarget(`X-${slug(actor)}`, 50),
    done: () => 201,
  },
  {
    name: 'PATCH target',
    method: 'PATCH',
    path: (id) => `/api/plans/${id}/targets/TTHC-01`,
    body: (actor) => ({ name: `Tỷ lệ hồ sơ đúng hạn (${actor})` }),
    done: () => 200,
  },
  {
    name: 'POST task',
    method: 'POST',
    path: (id) => `/api/plans/${id}/tasks`,
    body: (actor) => ({ title: `Nhiệm vụ của ${actor}`, area: 'direction' }),
    done: () => 201,
  },
  // The lifecycle writes, in this order: after the writes above, the province has targets its
  // plans below lack, and each plan is at another step. Where the table refuses (409), the
  // rights let the write through all the same.
  {
    name: 'POST issue',
    method: 'POST',
    path: (id) => `/api/plans/${id}/issue`,
    body: (actor) => ({
      documentNumber: `1/KH-${slug(actor)}`,
      issuedOn: '2024-01-05',
      signer: { name: `Người ký của ${actor}`, title: 'Chủ tịch', capacity: 'TM' },
    }),
    // 94: the administrator issues the amendment, then it is issued; issuing it carried the
    // province's new targets down at once, so 948 has them and issues its own amendment (which
    // brings its new target to its communes); 31732 and 941 have not confirmed.
    done: (plan, actor) =>
      ({ 94: actor === 'officer@94' ? 409 : 200, 948: 200, 31732: 409, 941: 409, 84: 200 })[plan],
  },
  {
    name: 'POST cascade',
    method: 'POST',
    path: (id) => `/api/plans/${id}/cascade`,
    body: () => ({}),
    // Only an issued plan is passed down: 94, 948 and 84 are issued, 31732 and 941 derived.
    done: (plan) => ({ 94: 200, 948: 200, 31732: 409, 941: 409, 84: 200 })[plan],
  },
  {
    name: 'POST confirm',
    method: 'POST',
    path: (id) => `/api/plans/${id}/confirm`,
    body: () => ({}),
    // 941 received the province's new targets and 31732 the province's and 948's, both at
    // issue time: they confirm; 94, 948 and 84 are issued.
    done: (plan) => ({ 94: 409, 948: 409, 31732: 200, 941: 200, 84: 409 })[plan],
  },
  {
    name: 'POST amendments',
    method: 'POST',
    path: (id) => `/api/plans/${id}/amendments`,
    body: (actor) => ({ reason: `Điều chỉnh của ${actor}` }),
    // Only an issued plan is amended, once at a time.
    done: (plan, actor) =>
      ({ 94: actor === 'officer@94' ? 409 : 201, 948: 201, 31732: 409, 941: 409, 84: 201 })[plan],
  },
];

const CODE_BY_STATUS: Record<number, string> = { 403: 'FORBIDDEN', 404: 'NOT_FOUND' };

describe('the rights matrix', () => {
  let t: TestApp;
  const planIds = {} as Record<PlanKey, string>;
  const tokens = {} as Record<ActorName, string>;
  const as = (actor: ActorName, method: string, path: string, body?: unknown) =>
    t.request(method, path, body, bearer(tokens[actor]));

  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    await importProvince(t, '94');
    await importProvince(t, '84');
    const province = await createPlanWithTargets(t, '94', [percentTarget('TTHC-01', 98)]);
    await issuePlan(t, province.id);
    const districts = (await cascade(t, province.id)).plans;
    const ngaNam = planOf(districts, '948');
    await confirmAndIssue(t, ngaNam);
    const communes = (await cascade(t, ngaNam)).plans;
    await openAmendment(t, province.id);
    await openAmendment(t, ngaNam);
    const traVinh = await createPlanWithTargets(t, '84', [percentTarget('TTHC-01', 95)]);
    Object.assign(planIds, {
      94: province.id,
      948: ngaNam,
      31732: planOf(communes, '31732'),
      941: planOf(districts, '941'),
      84: traVinh.id,
    });
    for (const actor of ACTOR_NAMES) {
      const [role, unit] = ACTORS[actor];
      tokens[actor] = await t.signIn(role, unit);
    }
  });
  afterAll(() => t.close());

  /** Runs every cell of a table; collects all mismatches so one run shows the whole picture. */
  async function check(
    table: Record<ActorName, Cell[]>,
    send: (actor: ActorName, plan: PlanKey) => Promise<{ status: number; body: Json; text: string }>,
    expected: (cell: Cell, plan: PlanKey, actor: ActorName) => number | null = (cell) =>
      cell === 'W' ? null : cell,
  ) {
    const wrong: string[] = [];
    for (const actor of ACTOR_NAMES) {
      for (const [i, plan] of PLANS.entries()) {
        const want = expected(table[actor][i] as Cell, plan, actor);
        if (want === null) continue;
        const res = await send(actor, plan);
        const code = CODE_BY_STATUS[want];
        if (res.status !== want || (code && res.body?.code !== code)) {
          wrong.push(
            `${actor} on plan ${plan}: expected ${want}, got ${res.status} ${res.text.slice(0, 200)}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  }

  it('GET a plan, its history and its versions: own subtree and the plans one derives from; nothing else exists', async () => {
    await check(READ, (actor, plan) => as(actor, 'GET', `/api/plans/${planIds[plan]}`));
    await check(READ, (actor, plan) => as(actor, 'GET', `/api/plans/${planIds[plan]}/history`));
    await check(READ, (actor, plan) => as(actor, 'GET', `/api/plans/${planIds[plan]}/versions`));
    await check(
      READ,
      (actor, plan) => as(actor, 'GET', `/api/plans/${planIds[plan]}/diff?from=1`),
      // Only 94 and 948 have an issued version to compare with: the others, readable, have no version 1.
      (cell, plan) => (cell === 'W' ? null : cell !== 200 || plan === '94' || plan === '948' ? cell : 404),
    );
  });

  it('GET children and compliance: own subtree only; a plan one derives from answers 403', async () => {
    await check(SUBTREE, (actor, plan) => as(actor, 'GET', `/api/plans/${planIds[plan]}/children`));
    await check(SUBTREE, (actor, plan) => as(actor, 'GET', `/api/plans/${planIds[plan]}/compliance`));
  });

  it('GET /api/plans lists exactly the plans one may read; another province never', async () => {
    const soc = ['94', ...SOC_TRANG_DISTRICTS, ...NGA_NAM_COMMUNES];
    const visible: Record<ActorName, string[]> = {
      system_admin: [...soc, '84'],
      'province_admin@94': soc,
      'officer@94': soc,
      'viewer@94': soc,
      'officer@948': ['94', '948', ...NGA_NAM_COMMUNES],
      'viewer@948': ['94', '948', ...NGA_NAM_COMMUNES],
      'officer@31732': ['94', '948', '31732'],
      'officer@941': ['94', '941'],
      'officer@84': ['84'],
    };
    for (const actor of ACTOR_NAMES) {
      const listed = ok(await as(actor, 'GET', '/api/plans?year=2024'));
      expect({ actor, units: listed.map((p: Json) => p.unitCode).sort() }).toEqual({
        actor,
        units: [...visible[actor]].sort(),
      });
    }
    // Filtered by unit: listed when readable; a unit whose plans are outside one's
    // view answers 403 (units are no secret), so the screen says so rather than "no plans".
    const wrong: string[] = [];
    for (const actor of ACTOR_NAMES) {
      for (const [i, plan] of PLANS.entries()) {
        const res = await as(actor, 'GET', `/api/plans?unit=${plan}&year=2024`);
        const got = res.status === 200 ? res.body.map((p: Json) => p.id) : `${res.status} ${res.body?.code}`;
        const want = READ[actor][i] === 200 ? [planIds[plan]] : '403 FORBIDDEN';
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${actor} ?unit=${plan}: ${got}`);
      }
    }
    expect(wrong).toEqual([]);
    // An unknown unit is no one's: it has no plans.
    expect(ok(await as('officer@948', 'GET', '/api/plans?unit=99999'))).toEqual([]);
  });

  it('refuses every write outside one’s own unit’s plan (403 if readable, else 404) and changes nothing', async () => {
    const owner = async () => Promise.all(PLANS.map((p) => getPlan(t, planIds[p])));
    const counts = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM targets)::int AS targets,
                  (SELECT count(*) FROM tasks)::int AS tasks`,
        )
      )[0];
    const plansBefore = await owner();
    const countsBefore = await counts();
    for (const write of WRITES) {
      await check(
        WRITE,
        (actor, plan) => as(actor, write.method, write.path(planIds[plan]), write.body(actor)),
        (cell) => (cell === 'W' ? null : cell),
      ).catch((error) => {
        throw new Error(`${write.name}: ${error.message}`);
      });
    }
    expect(await owner()).toEqual(plansBefore);
    expect(await counts()).toEqual(countsBefore);
  });

  it('a hidden plan answers exactly as one that does not exist, even to a bad request', async () => {
    const hidden = planIds['94'];
    const pairs: [string, string, unknown][] = [
      ['GET', '', undefined],
      ['PATCH', '', {}],
      ['PATCH', '', { title: 'x' }],
      ['POST', '/targets', { code: '!!' }],
      ['PATCH', '/targets/TTHC-01', { value: 'not a number' }],
      ['POST', '/cascade', { unitCodes: ['nope'] }],
      ['POST', '/confirm', { extra: true }],
      ['POST', '/issue', { documentNumber: '' }],
      ['POST', '/amendments', { reason: 'Điều chỉnh' }],
      ['GET', '/versions', undefined],
      ['GET', '/versions/1', undefined],
      ['GET', '/diff?from=1', undefined],
      ['GET', '/children', undefined],
      ['GET', '/history', undefined],
    ];
    const shape = (res: Json, id: string) => ({
      status: res.status,
      ...res.body,
      detail: res.body.detail.replace(id, '<id>'),
      requestId: undefined,
    });
    for (const [method, suffix, body] of pairs) {
      const seen = await as('officer@84', method, `/api/plans/${hidden}${suffix}`, body);
      const none = await as('officer@84', method, `/api/plans/${UNKNOWN_ID}${suffix}`, body);
      expectProblem(seen, 404, 'NOT_FOUND');
      expect({ method, suffix, ...shape(seen, hidden) }).toEqual({
        method,
        suffix,
        ...shape(none, UNKNOWN_ID),
      });
    }
  });

  it('POST /api/plans: only for one’s own unit, and only by officers and province administrators', async () => {
    const own: Record<ActorName, number> = {
      system_admin: 403,
      'province_admin@94': 201,
      'officer@94': 201,
      'viewer@94': 403,
      'officer@948': 201,
      'viewer@948': 403,
      'officer@31732': 201,
      'officer@941': 201,
      'officer@84': 201,
    };
    const other: Record<ActorName, string> = {
      system_admin: '84',
      'province_admin@94': '948',
      'officer@94': '84',
      'viewer@94': '941',
      'officer@948': '31732',
      'viewer@948': '94',
      'officer@31732': '948',
      'officer@941': '948',
      'officer@84': '94',
    };
    const plan = (unitCode: string, actor: ActorName) => ({
      unitCode,
      year: 2025,
      kind: 'remediation',
      title: `Kế hoạch khắc phục của ${actor}`,
    });
    for (const actor of ACTOR_NAMES) {
      const unit = ACTORS[actor][1] ?? '94';
      const mine = await as(actor, 'POST', '/api/plans', plan(unit, actor));
      expect({ actor, status: mine.status }).toEqual({ actor, status: own[actor] });
      if (own[actor] === 201) expect(mine.body).toMatchObject({ unitCode: unit, year: 2025 });
      else expectProblem(mine, 403, 'FORBIDDEN');
      const theirs = await as(actor, 'POST', '/api/plans', plan(other[actor], actor));
      expect({ actor, status: theirs.status }).toEqual({ actor, status: 403 });
    }
    const rows = await t.dataSource.query(`SELECT unit_code FROM plans WHERE year = 2025 ORDER BY unit_code`);
    expect(rows.map((r: Json) => r.unit_code)).toEqual(['31732', '84', '94', '94', '941', '948']);
  });

  it('POST /api/units/import: the system administrator only', async () => {
    const csv = provinceUnitsCsv(UNITS_2024, '84');
    for (const actor of ACTOR_NAMES) {
      const res = await as(actor, 'POST', '/api/units/import', csv);
      if (actor === 'system_admin') expect(ok(res).unchanged).toBeGreaterThan(0);
      else expectProblem(res, 403, 'FORBIDDEN');
    }
  });

  // Last: these writes change the plans the tests above read.
  it('lets officers and province administrators write their own unit’s plan', async () => {
    for (const write of WRITES) {
      await check(
        WRITE,
        (actor, plan) => as(actor, write.method, write.path(planIds[plan]), write.body(actor)),
        (cell, plan, actor) => (cell === 'W' ? write.done(plan, actor) : null),
      ).catch((error) => {
        throw new Error(`${write.name}: ${error.message}`);
      });
    }
    const province = await getPlan(t, planIds['94']);
    expect(province.objectives).toBe('Sửa bởi officer@94');
    const codes = province.areas.flatMap((a: Json) => a.targets.map((x: Json) => x.code));
    expect(codes).toEqual(expect.arrayContaining(['X-PROVINCE-ADMIN-94', 'X-OFFICER-94']));
    expect((await getPlan(t, planIds['31732'])).status).toBe('confirmed');
    expect((await getPlan(t, planIds['941'])).status).toBe('confirmed');
    expect(province).toMatchObject({
      status: 'amending',
      issued: { version: 2, documentNumber: '1/KH-PROVINCE-ADMIN-94', issuedBy: 'province-admin.94' },
      amendment: { version: 3, reason: 'Điều chỉnh của province_admin@94' },
    });
    // Trà Vinh's cascade reached Trà Vinh's districts only.
    const traVinh = ok(await as('officer@84', 'GET', `/api/plans/${planIds['84']}/children`));
    expect(traVinh.length).toBeGreaterThan(0);
    for (const child of traVinh) expect(child.unitCode).toMatch(/^8\d\d$/);
  });
});
