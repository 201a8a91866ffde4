import net from 'node:net';
import { MEASURE_MAXIMUM } from '@cchc/domain';
import { expectInvalid, expectPlanUnchanged, expectProblem, getPlan, ok } from './support/expectations.js';
import { createPlanWithTargets, importProvince, percentTarget } from './support/fixtures.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

/**
 * What a browser on another site, a broken client or a failing database can
 * send the API: each gets a clear 4xx or 503 and changes nothing.
 */
describe('requests at the edge', () => {
  let t: TestApp;
  let planId: string;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    await importProvince(t, '94');
    planId = (await createPlanWithTargets(t, '94', [percentTarget('TTHC-01', 90)])).id;
    cookie = `cchc_session=${await t.signIn('officer', '94')}`;
  });
  afterAll(() => t.close());

  /** A request as a browser sends it: the session cookie, no Bearer token. */
  const browser = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    fetch(`${t.url}${path}`, { method, headers: { cookie, ...headers }, body }).then(async (res) => {
      const text = await res.text();
      return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
    });
  const auditRows = async (): Promise<number> =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM audit_log'))[0].n;

  describe('text PostgreSQL cannot store', () => {
    it('refuses a lone UTF-16 surrogate with the field named; the plan and its history stay as they were', async () => {
      const before = await getPlan(t, planId);
      const audit = await auditRows();
      for (const lone of ['\\udc00', '\\ud800', 'a\\ud83d b']) {
        const res = await fetch(`${t.url}/api/plans/${planId}`, {
          method: 'PATCH',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${await t.signIn('officer', '94')}`,
          },
          body: `{"title":"Kế hoạch ${lone}","legalBasis":["Căn cứ", "x${lone}"]}`,
        });
        const text = await res.text();
        expect(
          expectInvalid({ status: res.status, headers: res.headers, text, body: JSON.parse(text) }),
        ).toEqual(['legalBasis.1', 'title']);
      }
      // A whole pair (an emoji) is text like any other.
      ok(await t.request('PATCH', `/api/plans/${planId}`, { title: 'Kế hoạch 😀' }));
      expect(await auditRows()).toBe(audit + 1);
      ok(await t.request('PATCH', `/api/plans/${planId}`, { title: before.title }));
    });
  });

  describe('cross-site requests', () => {
    it('answer 415 to a form post (text/plain, multipart, urlencoded) that would confirm, cascade, issue, amend or sign out', async () => {
      const before = await getPlan(t, planId);
      const audit = await auditRows();
      for (const type of [
        'text/plain',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
      ]) {
        for (const path of [
          `/api/plans/${planId}/confirm`,
          `/api/plans/${planId}/cascade`,
          `/api/plans/${planId}/issue`,
          `/api/plans/${planId}/amendments`,
          '/api/auth/logout',
        ]) {
          const res = await browser('POST', path, { 'content-type': type }, 'a=b');
          expect({ type, path, code: res.body?.code, status: res.status }).toEqual({
            type,
            path,
            code: 'UNSUPPORTED_MEDIA_TYPE',
            status: 415,
          });
        }
      }
      // A body with no Content-Type at all is no JSON either.
      expect((await browser('POST', `/api/plans/${planId}/cascade`, {}, 'a=b')).status).toBe(415);
      await expectPlanUnchanged(t, before);
      expect(await auditRows()).toBe(audit);
      // The session still works: the sign-out above did not happen.
      expect((await browser('GET', '/api/auth/me', {})).status).toBe(200);
    });

    it('refuse a cookie-authenticated write from another origin with 403 CROSS_SITE', async () => {
      const before = await getPlan(t, planId);
      const json = { 'content-type': 'application/json' };
      const body = JSON.stringify({ title: 'Đổi từ trang khác' });
      const origins: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
      ];
      for (const from of origins) {
        const res = await browser('PATCH', `/api/plans/${planId}`, { ...json, ...from }, body);
        expect({ from, code: res.body?.code, status: res.status }).toEqual({
          from,
          code: 'CROSS_SITE',
          status: 403,
        });
      }
      // Signing the plan, or reopening it, from another site's page: refused alike.
      const issue = JSON.stringify({
        documentNumber: '218/KH-UBND',
        issuedOn: '2023-12-19',
        signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
      });
      for (const [path, sent] of [
        [`/api/plans/${planId}/issue`, issue],
        [`/api/plans/${planId}/amendments`, JSON.stringify({ reason: 'Điều chỉnh' })],
      ] as const) {
        const res = await browser('POST', path, { ...json, origin: 'https://evil.example' }, sent);
        expect({ path, code: res.body?.code, status: res.status }).toEqual({
          path,
          code: 'CROSS_SITE',
          status: 403,
        });
      }
      expectProblem(
        (await browser('POST', '/api/auth/logout', { origin: 'https://evil.example' })) as Json,
        403,
        'CROSS_SITE',
      );
      // Signing in from another site's page is refused too (login CSRF), even with no session.
      const login = await fetch(`${t.url}/api/auth/login`, {
        method: 'POST',
        headers: { ...json, origin: 'https://evil.example' },
        body: JSON.stringify({ username: 'officer.94', password: 'x' }),
      });
      expect(login.status).toBe(403);
      await expectPlanUnchanged(t, before);
      // Reads stay open, the app's own page writes, and a script with a Bearer token passes.
      expect((await browser('GET', `/api/plans/${planId}`, { origin: 'https://evil.example' })).status).toBe(
        200,
      );
      const own = { origin: t.url, 'sec-fetch-site': 'same-origin' };
      ok((await browser('PATCH', `/api/plans/${planId}`, { ...json, ...own }, body)) as Json);
      const script = await t.request(
        'PATCH',
        `/api/plans/${planId}`,
        { title: before.title },
        {
          origin: 'https://evil.example',
          authorization: `Bearer ${await t.signIn('officer', '94')}`,
        },
      );
      ok(script);
    });

    it('names the session cookie __Host-… over https, and sends HSTS only there', async () => {
      const proxied = await startTestApp({ app: { trustProxy: 'loopback' } });
      try {
        const signIn = (proto: string) =>
          fetch(`${proxied.url}/api/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-proto': proto },
            body: JSON.stringify({ username: 'officer.94', password: 'test-password-1' }),
          });
        await proxied.signIn('officer', '94');
        const https = await signIn('https');
        expect(https.status).toBe(200);
        const secureCookie = https.headers.get('set-cookie') ?? '';
        expect(secureCookie).toMatch(
          /^__Host-cchc_session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/,
        );
        expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        const http = await signIn('http');
        expect(http.headers.get('set-cookie')).toMatch(/^cchc_session=[^;]+;/);
        expect(http.headers.get('set-cookie')).not.toContain('Secure');
        expect(http.headers.get('strict-transport-security')).toBeNull();
        // Over https only the __Host- cookie counts.
        const token = /^__Host-cchc_session=([^;]+)/.exec(secureCookie)?.[1];
        const me = (name: string) =>
          fetch(`${proxied.url}/api/auth/me`, {
            headers: { cookie: `${name}=${token}`, 'x-forwarded-proto': 'https' },
          });
        expect((await me('__Host-cchc_session')).status).toBe(200);
        expect((await me('cchc_session')).status).toBe(401);
      } finally {
        await proxied.close();
      }
    });
  });

  describe('malformed input', () => {
    it('ignores a session cookie that cannot be percent-decoded, on every route', async () => {
      const bad = { cookie: 'cchc_session=%ZZ; other=%E0%A4%A' };
      expect((await fetch(`${t.url}/api/health`, { headers: bad })).status).toBe(200);
      const me = await t.request('GET', '/api/auth/me', undefined, { ...bad, anonymous: 'true' });
      expectProblem(me, 401, 'UNAUTHENTICATED');
      const login = await fetch(`${t.url}/api/auth/login`, {
        method: 'POST',
        headers: { ...bad, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'officer.94', password: 'test-password-1' }),
      });
      expect(login.status).toBe(200);
    });

    it('answers 400 for a malformed plan id before looking anything up', async () => {
      for (const id of [
        '------------------------------------',
        'gggggggg-gggg-gggg-gggg-gggggggggggg',
        '1',
      ]) {
        const routes: [string, string][] = [
          ['GET', `/api/plans/${id}`],
          ['PATCH', `/api/plans/${id}`],
          ['POST', `/api/plans/${id}/cascade`],
          ['POST', `/api/plans/${id}/issue`],
          ['POST', `/api/plans/${id}/amendments`],
          ['GET', `/api/plans/${id}/history`],
          ['GET', `/api/plans/${id}/versions`],
          ['GET', `/api/plans/${id}/versions/1`],
          ['GET', `/api/plans/${id}/diff?from=1`],
        ];
        for (const [method, path] of routes) {
          const res = await t.request(method, path, method === 'PATCH' ? { title: 'x' } : undefined, {
            authorization: `Bearer ${await t.signIn('officer', '94')}`,
          });
          expect({ method, id, status: res.status, code: res.body?.code }).toEqual({
            method,
            id,
            status: 400,
            code: 'VALIDATION_FAILED',
          });
        }
      }
    });

    it('bounds each measure: a count, a number of days, a budget or a date beyond sense is refused', async () => {
      const before = await getPlan(t, planId);
      const target = (code: string, measure: string, value: number | string) => ({
        code,
        name: `Chỉ tiêu ${code}`,
        area: 'civil_service',
        measure,
        direction: 'at_most',
        value,
      });
      for (const [measure, value] of [
        ['count', MEASURE_MAXIMUM.count + 1],
        ['days', MEASURE_MAXIMUM.days + 1],
        ['million_vnd', 1e12],
        ['million_vnd', Number.MAX_VALUE],
        ['date', '9999-12-31'],
        ['date', '0001-01-01'],
      ] as const) {
        const res = await t.request('POST', `/api/plans/${planId}/targets`, target('X-1', measure, value));
        expect({ measure, value, fields: expectInvalid(res) }).toEqual({ measure, value, fields: ['value'] });
      }
      await expectPlanUnchanged(t, before);
      // At the bound itself it is accepted.
      ok(
        await t.request('POST', `/api/plans/${planId}/targets`, target('X-2', 'days', MEASURE_MAXIMUM.days)),
        201,
      );
      expect((await t.request('DELETE', `/api/plans/${planId}/targets/X-2`)).status).toBe(204);
    });
  });

  describe('a database that cannot serve', () => {
    it('answers 503 DATABASE_UNAVAILABLE with a problem body on every route while it is down, and recovers', async () => {
      // The app reaches PostgreSQL through a TCP relay the test can cut.
      const target = new URL(process.env.TEST_DATABASE_URL as string);
      const sockets = new Set<net.Socket>();
      let up = true;
      const relay = net.createServer((client) => {
        if (!up) return client.destroy();
        const server = net.connect(Number(target.port), target.hostname);
        for (const s of [client, server]) {
          sockets.add(s);
          s.on('error', () => {});
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(server).pipe(client);
      });
      await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
      const via = new URL(target);
      via.port = String((relay.address() as net.AddressInfo).port);
      const app = await startTestApp({ databaseUrl: via.toString() });
      try {
        const token = await t.signIn('officer', '94');
        expect(
          (await app.request('GET', `/api/plans/${planId}`, undefined, { authorization: `Bearer ${token}` }))
            .status,
        ).toBe(200);
        up = false;
        for (const s of sockets) s.destroy();
        const requests: [string, string, unknown?][] = [
          ['GET', `/api/plans/${planId}`],
          ['GET', '/api/units'],
          ['PATCH', `/api/plans/${planId}`, { title: 'x' }],
          ['POST', '/api/auth/login', { username: 'officer.94', password: 'x' }],
        ];
        for (const [method, path, body] of requests) {
          const res = await app.request(method, path, body, { authorization: `Bearer ${token}` });
          expect({ path, status: res.status, code: res.body?.code }).toEqual({
            path,
            status: 503,
            code: 'DATABASE_UNAVAILABLE',
          });
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(res.headers.get('retry-after')).toBe('5');
        }
        const health = await app.request('GET', '/api/health', undefined, { anonymous: 'true' });
        expect(health.status).toBe(503);
        up = true;
        let back = 0;
        for (let i = 0; i < 20 && back !== 200; i++)
          back = (
            await app.request('GET', `/api/plans/${planId}`, undefined, { authorization: `Bearer ${token}` })
          ).status;
        expect(back).toBe(200);
      } finally {
        up = true;
        await app.close().catch(() => {});
        relay.close();
      }
    }, 60_000);

    it('cancels a statement over the time limit with 503, leaving the plan as it was', async () => {
      const slow = await startTestApp({ database: { statementTimeoutMs: 300 } });
      const blocker = t.dataSource.createQueryRunner();
      try {
        const [{ statement_timeout }] = await t.dataSource.query('SHOW statement_timeout');
        expect(statement_timeout).toBe('30s');
        const before = await getPlan(t, planId);
        // Another transaction holds the plan's row: the write waits for it, past its limit.
        await blocker.startTransaction();
        await blocker.query('SELECT id FROM plans WHERE id = $1 FOR UPDATE', [planId]);
        const started = Date.now();
        const res = await slow.request(
          'PATCH',
          `/api/plans/${planId}`,
          { title: 'Chờ quá lâu' },
          {
            authorization: `Bearer ${await t.signIn('officer', '94')}`,
          },
        );
        expectProblem(res, 503, 'DATABASE_UNAVAILABLE');
        expect(Date.now() - started).toBeLessThan(5000);
        await blocker.rollbackTransaction();
        await expectPlanUnchanged(t, before);
      } finally {
        if (blocker.isTransactionActive) await blocker.rollbackTransaction();
        await blocker.release();
        await slow.close();
      }
    });
  });
});
