import { buildOpenApiDocument, routeList } from '../src/modules/docs/openapi.js';
import { expectProblem, getPlan, ok, tasksOf } from './support/expectations.js';
import { createPlanWithTargets, importProvince, percentTarget } from './support/fixtures.js';
import { type TestApp, type TestResponse, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const PASSWORD = 'Mật-khẩu-đủ-dài-2024';
const NEW_PASSWORD = 'Mật-khẩu-mới-2025!';
const WRONG = 'Wrong user name or password';
/** The web app's way: the session cookie alone (`anonymous` keeps the test client from adding a token). */
const sessionCookie = (token: string) => ({ anonymous: 'true', cookie: `cchc_session=${token}` });

describe('sign-in, sessions and passwords', () => {
  let t: TestApp;
  let admin: string;
  let plan: Json;
  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    await importProvince(t, '94');
    admin = await t.signIn('system_admin');
    plan = await createPlanWithTargets(t, '948', [percentTarget('TTHC-01', 98)]);
    ok(
      await t.request('POST', `/api/plans/${plan.id}/tasks`, { title: 'Rà soát TTHC', area: 'direction' }),
      201,
    );
    plan = await getPlan(t, plan.id);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.request('POST', '/api/auth/login', { username, password });
  const me = (headers: Record<string, string>) => t.request('GET', '/api/auth/me', undefined, headers);
  const asAdmin = (method: string, path: string, body?: unknown) =>
    t.request(method, path, body, bearer(admin));

  /** A user made by the system administrator through the API; returns it. */
  async function createUser(username: string, role = 'officer', unitCode: string | null = '948') {
    return ok(await asAdmin('POST', '/api/users', { username, password: PASSWORD, role, unitCode }), 201);
  }

  /** Signs `username` in with the right password; returns the session token. */
  async function tokenOf(username: string, password = PASSWORD): Promise<string> {
    return ok(await login(username, password)).accessToken;
  }

  function expectSignedOut(res: TestResponse) {
    expectProblem(res, 401, 'UNAUTHENTICATED');
  }

  describe('signing in', () => {
    it('gives a token that works as Bearer and a cookie that works for the same routes, and never a password hash', async () => {
      const created = await createUser('lan.nguyen');
      const res = await login('lan.nguyen', PASSWORD);
      const body = ok(res);
      expect(body.accessToken).toEqual(expect.any(String));
      expect(body.accessToken.length).toBeGreaterThanOrEqual(32);
      const lifetime = Date.parse(body.expiresAt) - Date.now();
      expect(lifetime).toBeGreaterThan(60 * 60 * 1000);
      expect(lifetime).toBeLessThanOrEqual(24 * 60 * 60 * 1000);
      expect(body.user).toEqual({
        id: created.id,
        username: 'lan.nguyen',
        role: 'officer',
        unitCode: '948',
        unitName: 'Ngã Năm',
        provinceCode: '94',
        locked: false,
        createdAt: expect.any(String),
      });
      expect(res.text).not.toMatch(/argon2|password/i);
      expect(res.text).not.toContain(PASSWORD);

      // The cookie carries the same session, out of reach of page scripts.
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toContain(`cchc_session=${body.accessToken}`);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\//);

      const byBearer = bearer(body.accessToken);
      const byCookie = sessionCookie(body.accessToken);
      for (const headers of [byBearer, byCookie] as Record<string, string>[]) {
        expect(ok(await me(headers))).toEqual(body.user);
        const listed = ok(await t.request('GET', '/api/plans?unit=948', undefined, headers));
        expect(listed.map((p: Json) => p.id)).toEqual([plan.id]);
        expect(ok(await t.request('GET', `/api/plans/${plan.id}`, undefined, headers))).toEqual(plan);
        const changed = ok(await t.request('PATCH', `/api/plans/${plan.id}`, { objectives: 'Sửa' }, headers));
        expect(changed.version).toBe(plan.version + 1);
        plan = changed;
      }

      // Nor does any user answer carry a hash.
      for (const path of ['/api/users', '/api/auth/me']) {
        const answer = await asAdmin('GET', path);
        expect(answer.status).toBe(200);
        expect(answer.text).not.toMatch(/argon2|password/i);
      }
    });

    it('tells who is signed in: the system administrator has no unit', async () => {
      expect(ok(await me(bearer(admin)))).toMatchObject({
        username: 'system-admin.all',
        role: 'system_admin',
        unitCode: null,
        unitName: null,
        provinceCode: null,
      });
    });

    it('takes the user name in any case, with spaces around it', async () => {
      await createUser('hoa.tran');
      expect(ok(await login('  HOA.Tran ', PASSWORD)).user.username).toBe('hoa.tran');
    });

    it('answers a wrong password and an unknown user alike: 401, same message, no session', async () => {
      await createUser('minh.le');
      const wrong = expectProblem(await login('minh.le', 'not-the-password'), 401, 'UNAUTHENTICATED');
      const unknown = expectProblem(await login('nobody.here', PASSWORD), 401, 'UNAUTHENTICATED');
      expect(wrong.detail).toBe(WRONG);
      expect(unknown.detail).toBe(wrong.detail);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'minh.le'`,
      );
      expect(n).toBe(0);
      // A made-up token or cookie is no session either.
      expectSignedOut(await me(bearer('made-up-token')));
      expectSignedOut(await me(sessionCookie('made-up-token')));
    });
  });

  describe('ending sessions', () => {
    it('signing out ends that session (Bearer or cookie) and no other', async () => {
      await createUser('thu.pham');
      const first = await tokenOf('thu.pham');
      const second = await tokenOf('thu.pham');
      expect(ok(await t.request('POST', '/api/auth/logout', undefined, bearer(first)), 204)).toBeUndefined();
      expectSignedOut(await me(bearer(first)));
      expectSignedOut(await t.request('GET', `/api/plans/${plan.id}`, undefined, bearer(first)));
      expect(ok(await me(bearer(second))).username).toBe('thu.pham');

      const cookie = sessionCookie(second);
      const out = await t.request('POST', '/api/auth/logout', undefined, cookie);
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/cchc_session=;.*Expires=Thu, 01 Jan 1970/);
      expectSignedOut(await me(cookie));
    });

    it('an expired session stops working', async () => {
      await createUser('khoa.vo');
      const token = await tokenOf('khoa.vo');
      await t.dataSource.query(
        `UPDATE sessions SET expires_at = now() - interval '1 second'
         WHERE user_id = (SELECT id FROM users WHERE username = 'khoa.vo')`,
      );
      expectSignedOut(await me(bearer(token)));
    });

    it('locking a user ends its open session at once and refuses its sign-in; unlocking lets it sign in again', async () => {
      const user = await createUser('binh.do');
      const token = await tokenOf('binh.do');
      expect(ok(await me(bearer(token))).username).toBe('binh.do');
      expect(ok(await asAdmin('PATCH', `/api/users/${user.id}`, { locked: true })).locked).toBe(true);
      expectSignedOut(await me(bearer(token)));
      expectSignedOut(await t.request('GET', `/api/plans/${plan.id}`, undefined, bearer(token)));
      const refused = expectProblem(await login('binh.do', PASSWORD), 401, 'ACCOUNT_LOCKED');
      expect(refused.detail).toMatch(/locked/i);

      ok(await asAdmin('PATCH', `/api/users/${user.id}`, { locked: false }));
      // The old session stays ended; a new sign-in works.
      expectSignedOut(await me(bearer(token)));
      expect(ok(await me(bearer(await tokenOf('binh.do')))).username).toBe('binh.do');
    });

    it('deleting a user ends its session at once, and it cannot sign in nor be listed', async () => {
      const user = await createUser('cuong.ha');
      const token = await tokenOf('cuong.ha');
      expect(ok(await asAdmin('DELETE', `/api/users/${user.id}`), 204)).toBeUndefined();
      expectSignedOut(await me(bearer(token)));
      expect(expectProblem(await login('cuong.ha', PASSWORD), 401, 'UNAUTHENTICATED').detail).toBe(WRONG);
      const users = ok(await asAdmin('GET', '/api/users'));
      expect(users.map((u: Json) => u.username)).not.toContain('cuong.ha');
      expectProblem(await asAdmin('PATCH', `/api/users/${user.id}`, { locked: false }), 404, 'NOT_FOUND');
    });

    it('a new password ends every old session; only the new password signs in', async () => {
      const user = await createUser('dung.ly');
      const sessions = [await tokenOf('dung.ly'), await tokenOf('dung.ly')];
      ok(await asAdmin('PATCH', `/api/users/${user.id}`, { password: NEW_PASSWORD }));
      for (const token of sessions) expectSignedOut(await me(bearer(token)));
      expectProblem(await login('dung.ly', PASSWORD), 401, 'UNAUTHENTICATED');
      expect(ok(await me(bearer(await tokenOf('dung.ly', NEW_PASSWORD)))).username).toBe('dung.ly');
    });
  });

  describe('without a session', () => {
    /** Every route but the public ones, with a well-formed request each: only the session is missing. */
    function protectedRoutes(userId: string, routes: ReturnType<typeof routeList>) {
      const taskId = tasksOf(plan)[0].id;
      const fill = (path: string) =>
        path
          .replace('/api/users/{id}', `/api/users/${userId}`)
          .replace('/api/units/{code}', '/api/units/948')
          .replace('{id}', plan.id)
          .replace('{taskId}', taskId)
          .replace('{code}', 'TTHC-01');
      const bodies: Record<string, unknown> = {
        'post /api/units/import': 'code,name,type,level,parent_code\n',
        'post /api/plans': { unitCode: '948', year: 2025, title: 'Kế hoạch năm 2025' },
        'patch /api/plans/{id}': { title: 'Không được đổi' },
        'post /api/plans/{id}/targets': percentTarget('NEW-01', 50),
        'patch /api/plans/{id}/targets/{code}': { value: 100 },
        'post /api/plans/{id}/tasks': { title: 'Không được thêm', area: 'direction' },
        'patch /api/plans/{id}/tasks/{taskId}': { title: 'Không được đổi' },
        'post /api/plans/{id}/cascade': {},
        'post /api/plans/{id}/confirm': {},
        'post /api/users': { username: 'sneaky.user', password: PASSWORD, role: 'officer', unitCode: '948' },
        'patch /api/users/{id}': { locked: true },
        'post /api/auth/password': { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      };
      // The documented routes, and those the documentation might miss.
      const documented = routes.filter((r) => !r.public && r.path !== '/api/health');
      const all = [
        ...documented.map((r) => [r.method, r.path]),
        ['get', '/api/users'],
        ['post', '/api/users'],
        ['patch', '/api/users/{id}'],
        ['delete', '/api/users/{id}'],
        ['get', '/api/auth/me'],
        ['get', '/api/plans/{id}/history'],
      ];
      const unique = [
        ...new Map(all.map(([method, path]) => [`${method} ${path}`, [method, path]])).values(),
      ];
      return unique.map(([method, path]) => ({
        method: (method as string).toUpperCase(),
        path: fill(path as string),
        body: bodies[`${method} ${path}`],
      }));
    }

    it('every route but health, docs, sign-in and sign-out answers 401, and changes nothing', async () => {
      const user = await createUser('giang.mai');
      const ended = await tokenOf('giang.mai');
      ok(await t.request('POST', '/api/auth/logout', undefined, bearer(ended)), 204);
      const before = await getPlan(t, plan.id);
      const [{ n: plansBefore }] = await t.dataSource.query('SELECT count(*)::int AS n FROM plans');
      const routes = protectedRoutes(user.id, routeList(await buildOpenApiDocument()));
      expect(routes.length).toBeGreaterThanOrEqual(23);
      const ways: Record<string, string>[] = [{ anonymous: 'true' }, bearer(ended), sessionCookie(ended)];
      for (const { method, path, body } of routes) {
        for (const headers of ways) {
          const res = await t.request(method, path, body, headers);
          if (res.status !== 401)
            throw new Error(`${method} ${path} without a session: ${res.status} ${res.text}`);
          expectProblem(res, 401, 'UNAUTHENTICATED');
        }
      }
      expect(await getPlan(t, plan.id)).toEqual(before);
      const [{ n: plansAfter }] = await t.dataSource.query('SELECT count(*)::int AS n FROM plans');
      expect(plansAfter).toBe(plansBefore);
      const [row] = await t.dataSource.query('SELECT locked, deleted_at FROM users WHERE id = $1', [user.id]);
      expect(row).toEqual({ locked: false, deleted_at: null });
      const [sneaky] = await t.dataSource.query(`SELECT 1 FROM users WHERE username = 'sneaky.user'`);
      expect(sneaky).toBeUndefined();
    });

    it('health, docs and the OpenAPI document answer without one', async () => {
      const anonymous = { anonymous: 'true' };
      expect(ok(await t.request('GET', '/api/health', undefined, anonymous)).status).toBe('ok');
      const page = await t.request('GET', '/api/docs', undefined, anonymous);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(ok(await t.request('GET', '/api/docs/openapi.json', undefined, anonymous)).openapi).toBe(
        '3.1.0',
      );
      // Signing out with no session is harmless.
      expect((await t.request('POST', '/api/auth/logout', undefined, anonymous)).status).toBe(204);
    });
  });

  it('the database holds no password nor session token in the clear', async () => {
    await createUser('hanh.bui');
    const token = await tokenOf('hanh.bui');
    const users: Json[] = await t.dataSource.query('SELECT * FROM users');
    expect(users.length).toBeGreaterThan(1);
    for (const u of users) expect(u.password_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(users)).not.toContain(PASSWORD);
    const sessions: Json[] = await t.dataSource.query('SELECT * FROM sessions');
    expect(sessions.length).toBeGreaterThan(0);
    const dump = JSON.stringify(sessions);
    expect(dump).not.toContain(token);
    expect(ok(await me(bearer(token))).username).toBe('hanh.bui');
  });

  /**
   * Failed sign-ins slow down per user name and per address; the counters are
   * rows of login_throttle, so a test moves a block's end (or the last failure)
   * into the past in the database instead of waiting.
   */
  describe('the sign-in slow-down', () => {
    beforeEach(() => t.dataSource.query('DELETE FROM login_throttle'));
    const lift = () =>
      t.dataSource.query(`UPDATE login_throttle SET blocked_until = now() - interval '1 second'`);
    const waitOf = (res: TestResponse) => {
      const body = expectProblem(res, 429, 'TOO_MANY_ATTEMPTS');
      expect(res.headers.get('retry-after')).toBe(String(body.retryAfterSeconds));
      return body.retryAfterSeconds as number;
    };

    it('lets 5 wrong passwords through, then makes the name wait 1 s, 2 s, 4 s … with Retry-After; the right password works once the wait is over', async () => {
      await createUser('limit.user');
      await createUser('other.user');
      for (let i = 0; i < 5; i++)
        expectProblem(await login('limit.user', `wrong-${i}`), 401, 'UNAUTHENTICATED');
      // The 5th failure is still free: the right password works at once.
      expect(ok(await login('limit.user', PASSWORD)).user.username).toBe('limit.user');
      for (let i = 0; i < 6; i++)
        expectProblem(await login('limit.user', `wrong-${i}`), 401, 'UNAUTHENTICATED');
      // The 6th failure made the name wait 1 s, whatever the password or the letter case.
      expect(waitOf(await login('limit.user', PASSWORD))).toBe(1);
      expect(waitOf(await login('LIMIT.USER', 'wrong'))).toBe(1);
      // Another user name from the same address is not held up.
      expect(ok(await login('other.user', PASSWORD)).user.username).toBe('other.user');
      const waits: number[] = [];
      for (let i = 0; i < 4; i++) {
        await lift();
        expectProblem(await login('limit.user', 'wrong-again'), 401, 'UNAUTHENTICATED');
        waits.push(waitOf(await login('limit.user', PASSWORD)));
      }
      expect(waits).toEqual([2, 4, 8, 16]);
      // Once the wait is over the right password signs in, and clears the count.
      await lift();
      expect(ok(await login('limit.user', PASSWORD)).user.username).toBe('limit.user');
      expectProblem(await login('limit.user', 'wrong'), 401, 'UNAUTHENTICATED');
      expect(ok(await login('limit.user', PASSWORD)).user.username).toBe('limit.user');
    });

    it('never makes a name wait more than 15 minutes, and forgets failures 15 minutes old', async () => {
      await createUser('patient.user');
      for (let i = 0; i < 30; i++) {
        await lift();
        await login('patient.user', 'wrong');
      }
      expect(waitOf(await login('patient.user', PASSWORD))).toBe(15 * 60);
      await t.dataSource.query(
        `UPDATE login_throttle SET last_failure_at = now() - interval '16 minutes', blocked_until = NULL`,
      );
      expectProblem(await login('patient.user', 'wrong'), 401, 'UNAUTHENTICATED');
      expect(ok(await login('patient.user', PASSWORD)).user.username).toBe('patient.user');
    });

    it('slows an address down after 20 failures under any names; open sessions keep working', async () => {
      await createUser('addr.user');
      for (let i = 0; i < 19; i++)
        expectProblem(await login(`guess.${i % 5}`, `wrong-${i}`), 401, 'UNAUTHENTICATED');
      expect(ok(await login('addr.user', PASSWORD)).user.username).toBe('addr.user');
      expectProblem(await login('guess.x', 'wrong'), 401, 'UNAUTHENTICATED');
      expectProblem(await login('guess.y', 'wrong'), 401, 'UNAUTHENTICATED');
      expect(waitOf(await login('addr.user', PASSWORD))).toBeGreaterThan(0);
      expect(waitOf(await login('system-admin.all', 'anything'))).toBeGreaterThan(0);
      expect(ok(await me(bearer(admin))).role).toBe('system_admin');
    });

    it('is shared by every API process on the database', async () => {
      await createUser('shared.user');
      const second = await startTestApp();
      try {
        for (let i = 0; i < 6; i++)
          expectProblem(await login('shared.user', 'wrong'), 401, 'UNAUTHENTICATED');
        const elsewhere = await second.request('POST', '/api/auth/login', {
          username: 'shared.user',
          password: PASSWORD,
        });
        expect(waitOf(elsewhere)).toBe(1);
      } finally {
        await second.close();
      }
    });
  });

  describe('changing one’s own password', () => {
    const change = (token: string, body: unknown) =>
      t.request('POST', '/api/auth/password', body, bearer(token));

    it('needs the current password; the new one works, the old one no longer, and other sessions end', async () => {
      await createUser('doi.matkhau');
      const here = await tokenOf('doi.matkhau');
      const elsewhere = await tokenOf('doi.matkhau');
      const wrong = expectProblem(
        await change(here, { currentPassword: 'not-it-at-all', newPassword: NEW_PASSWORD }),
        400,
        'VALIDATION_FAILED',
      );
      expect(wrong.errors).toEqual([{ field: 'currentPassword', message: 'is not your current password' }]);
      expect(
        expectProblem(
          await change(here, { currentPassword: PASSWORD, newPassword: 'short' }),
          400,
          'VALIDATION_FAILED',
        ).errors.map((e: Json) => e.field),
      ).toEqual(['newPassword']);
      expectProblem(
        await change(here, { currentPassword: PASSWORD, newPassword: PASSWORD }),
        400,
        'VALIDATION_FAILED',
      );
      // Nothing changed so far.
      expect(ok(await me(bearer(elsewhere))).username).toBe('doi.matkhau');

      expect((await change(here, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(204);
      expect(ok(await me(bearer(here))).username).toBe('doi.matkhau');
      expectSignedOut(await me(bearer(elsewhere)));
      expectProblem(await login('doi.matkhau', PASSWORD), 401, 'UNAUTHENTICATED');
      expect(ok(await login('doi.matkhau', NEW_PASSWORD)).user.username).toBe('doi.matkhau');
    });

    it('works for the system administrator too', async () => {
      const adminToken = await tokenOf('system-admin.all', 'test-password-1');
      expect(
        (await change(adminToken, { currentPassword: 'test-password-1', newPassword: NEW_PASSWORD })).status,
      ).toBe(204);
      expect(ok(await login('system-admin.all', NEW_PASSWORD)).user.role).toBe('system_admin');
      expect(
        (await change(adminToken, { currentPassword: NEW_PASSWORD, newPassword: 'test-password-1' })).status,
      ).toBe(204);
      // Its other sessions ended: the rest of this file goes on with the one that changed it.
      expectSignedOut(await me(bearer(admin)));
      admin = adminToken;
    });

    it('needs a session, and wrong current passwords slow down like failed sign-ins', async () => {
      expectSignedOut(
        await t.request(
          'POST',
          '/api/auth/password',
          { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
          {
            anonymous: 'true',
          },
        ),
      );
      await t.dataSource.query('DELETE FROM login_throttle');
      await createUser('ke.tancong');
      const token = await tokenOf('ke.tancong');
      for (let i = 0; i < 6; i++)
        expectProblem(
          await change(token, { currentPassword: `guess-${i}`, newPassword: NEW_PASSWORD }),
          400,
          'VALIDATION_FAILED',
        );
      expectProblem(
        await change(token, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
        429,
        'TOO_MANY_ATTEMPTS',
      );
      await t.dataSource.query('DELETE FROM login_throttle');
    });
  });
});
