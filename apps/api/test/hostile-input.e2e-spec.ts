import { provinceUnitsCsv } from '../src/modules/units/infrastructure/unit-files.js';
import {
  expectInvalid,
  expectPlanUnchanged,
  expectProblem,
  getPlan,
  ok,
  targetIn,
  tasksOf,
} from './support/expectations.js';
import {
  UNITS_2024,
  createPlanWithTargets,
  importProvince,
  percentTarget,
  planOf,
} from './support/fixtures.js';
import { type TestApp, type TestResponse, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

/** Text meant to break out of SQL, HTML or the reading direction; each must come back exactly as sent. */
const PAYLOADS = [
  "'; DROP TABLE plans; --",
  '<script>alert(1)</script>',
  '" OR 1=1 --',
  "Robert'); DELETE FROM units WHERE '1'='1",
  '<img src=x onerror="alert(document.cookie)">',
  // Right-to-left override: "Kế hoạch exe.gnp" shown backwards.
  'Kế hoạch \u202Egnp.exe\u202C số 218',
  // Zero-width space, non-joiner, joiner and word joiner inside the words.
  'Kế\u200Bhoạch\u200C năm\u200D 2024\u2060!',
  'خطة الإصلاح الإداري \u200F(RTL)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, literal on purpose
  '${7*7} {{7*7}} %s %n \\x00 \\u0000',
  '../../etc/passwd',
  // Vietnamese in decomposed form (NFD): not to be normalised on the way.
  'Ke\u0302\u0301 hoa\u0323ch',
  '😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

const TABLES = ['units', 'plans', 'targets', 'tasks', 'users', 'sessions', 'audit_log'];

describe('hostile input', () => {
  let t: TestApp;
  let plan: Json;
  let owner: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    await importProvince(t, '94');
    plan = await createPlanWithTargets(t, '94', [percentTarget('TTHC-01', 98)]);
    owner = bearer(await t.signIn('officer', '94'));
    await t.signIn('system_admin'); // signed in once here, so counting sessions later sees no new one
  });
  afterAll(() => t.close());

  /** Every table still there, and how many rows each holds. */
  async function tableCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [{ exists }] = await t.dataSource.query('SELECT to_regclass($1) IS NOT NULL AS exists', [table]);
      expect({ table, exists }).toEqual({ table, exists: true });
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = n;
    }
    return counts;
  }

  /** A raw request, for bodies the JSON helper would not send. */
  async function raw(method: string, path: string, body: string, headers: Record<string, string> = {}) {
    const res = await fetch(`${t.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...owner, ...headers },
      body,
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: text ? JSON.parse(text) : undefined };
  }

  describe('text fields store and return it byte for byte, inert', () => {
    it('plan title, document number, legal basis and objectives', async () => {
      const unitsBefore = (await tableCounts()).units;
      const created = ok(
        await t.request('POST', '/api/plans', {
          unitCode: '94',
          year: 2025,
          title: PAYLOADS[0],
          documentNumber: PAYLOADS[1],
          legalBasis: PAYLOADS,
          objectives: PAYLOADS.join('\r\n'),
        }),
        201,
      );
      expect(created).toMatchObject({
        title: PAYLOADS[0],
        documentNumber: PAYLOADS[1],
        legalBasis: PAYLOADS,
        objectives: PAYLOADS.join('\r\n'),
      });
      for (const p of PAYLOADS) {
        const body = { title: p, documentNumber: p, legalBasis: [p, p], objectives: p };
        const res = await t.request('PATCH', `/api/plans/${created.id}`, body);
        expect(ok(res)).toMatchObject(body);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        expect(await getPlan(t, created.id)).toMatchObject(body);
        const [row] = await t.dataSource.query(
          'SELECT title, document_number, legal_basis, objectives FROM plans WHERE id = $1',
          [created.id],
        );
        expect(row).toEqual({ title: p, document_number: p, legal_basis: [p, p], objectives: p });
      }
      const counts = await tableCounts();
      expect(counts.units).toBe(unitsBefore);
      expect(counts.plans).toBe(2);
    });

    it('target names, and codes where the code rules allow (others refused with `code` named, nothing changed)', async () => {
      for (const [i, p] of PAYLOADS.entries()) {
        const added = ok(
          await t.request('POST', `/api/plans/${plan.id}/targets`, percentTarget(`H-${i}`, 50, { name: p })),
          201,
        );
        expect(added.name).toBe(p);
      }
      const changed = ok(
        await t.request('PATCH', `/api/plans/${plan.id}/targets/H-0`, { name: PAYLOADS[5] }),
      );
      expect(changed.name).toBe(PAYLOADS[5]);
      let stored = await getPlan(t, plan.id);
      for (const [i, p] of PAYLOADS.entries())
        expect(targetIn(stored, `H-${i}`).name).toBe(i === 0 ? PAYLOADS[5] : p);

      // Letters of any script are fine in a code; SQL, markup and invisible characters are not.
      const code = 'ĐT-Số.1';
      expect(
        ok(await t.request('POST', `/api/plans/${plan.id}/targets`, percentTarget(code, 60)), 201).code,
      ).toBe(code);
      expect(
        ok(
          await t.request('PATCH', `/api/plans/${plan.id}/targets/${encodeURIComponent(code)}`, {
            value: 61,
          }),
        ).value,
      ).toBe(61);
      stored = await getPlan(t, plan.id);
      for (const p of PAYLOADS.filter((x) => !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(x))) {
        expect(
          expectInvalid(await t.request('POST', `/api/plans/${plan.id}/targets`, percentTarget(p, 50))),
        ).toEqual(['code']);
        const path = `/api/plans/${plan.id}/targets/${encodeURIComponent(p)}`;
        expect(expectInvalid(await t.request('PATCH', path, { name: 'x' }))).toEqual(['code']);
        expect(expectInvalid(await t.request('DELETE', path))).toEqual(['code']);
      }
      await expectPlanUnchanged(t, stored);
    });

    it('task title, product, lead and coordinating agencies', async () => {
      for (const p of PAYLOADS) {
        const task = {
          title: p,
          area: 'direction',
          product: p,
          leadAgency: p,
          coordinatingAgencies: [p, 'Sở Tư pháp', p],
        };
        expect(ok(await t.request('POST', `/api/plans/${plan.id}/tasks`, task), 201)).toMatchObject(task);
      }
      const tasks = tasksOf(await getPlan(t, plan.id));
      for (const p of PAYLOADS) {
        const found = tasks.find((x: Json) => x.title === p);
        expect(found).toMatchObject({
          product: p,
          leadAgency: p,
          coordinatingAgencies: [p, 'Sở Tư pháp', p],
        });
        const changed = ok(
          await t.request('PATCH', `/api/plans/${plan.id}/tasks/${found.id}`, { leadAgency: `${p} / ${p}` }),
        );
        expect(changed.leadAgency).toBe(`${p} / ${p}`);
      }
    });

    it('in the audit trail and in the plans a cascade derives', async () => {
      const title = PAYLOADS.slice(0, 4).join(' ');
      ok(await t.request('PATCH', `/api/plans/${plan.id}`, { title, documentNumber: PAYLOADS[5] }));
      const deadline = Date.now() + 2000;
      let last: Json;
      do {
        const entries = ok(await t.request('GET', `/api/plans/${plan.id}/history`));
        last = entries.at(-1);
      } while (last?.action !== 'plan_updated' && Date.now() < deadline);
      expect(last.after).toMatchObject({ title, documentNumber: PAYLOADS[5] });

      // Issued under the same number, with a place and a signer of the same kind.
      const signer = { name: PAYLOADS[1], title: PAYLOADS[10], capacity: 'KT' };
      const issued = ok(
        await t.request('POST', `/api/plans/${plan.id}/issue`, {
          documentNumber: PAYLOADS[5],
          issuedOn: '2023-12-19',
          place: PAYLOADS[7],
          signer,
        }),
      );
      expect(issued.issued).toMatchObject({ documentNumber: PAYLOADS[5], place: PAYLOADS[7], signer });
      expect(ok(await t.request('GET', `/api/plans/${plan.id}/versions/1`)).issued).toEqual(issued.issued);
      const district = planOf(ok(await t.request('POST', `/api/plans/${plan.id}/cascade`, {})).plans, '948');
      const derived = await getPlan(t, district);
      expect(derived.title).toBe(title);
      expect(derived.legalBasis[0]).toContain(`số ${PAYLOADS[5]} `);
      expect(derived.legalBasis[0]).toContain(PAYLOADS[0]);
      await tableCounts();
    });

    it('user names are refused with `username` named; signing in with them is a plain 401', async () => {
      const admin = bearer(await t.signIn('system_admin'));
      const before = await tableCounts();
      for (const p of PAYLOADS) {
        const res = await t.request(
          'POST',
          '/api/users',
          { username: p, password: 'Mật-khẩu-đủ-dài', role: 'viewer', unitCode: '94' },
          admin,
        );
        expect(expectInvalid(res)).toEqual(['username']);
      }
      // A password full of SQL opens nothing either.
      for (const [username, password] of [
        [PAYLOADS[0], PAYLOADS[2]],
        [PAYLOADS[2], PAYLOADS[2]],
        ['officer.94', "' OR '1'='1"],
        ['officer.94', PAYLOADS[2]],
        [PAYLOADS[5], PAYLOADS[6]],
      ]) {
        const res = await t.request('POST', '/api/auth/login', { username, password });
        expect(expectProblem(res, 401, 'UNAUTHENTICATED').detail).toBe('Wrong user name or password');
      }
      expect(await tableCounts()).toEqual(before);
    });

    it('the unit search finds nothing for them, and wildcards are literal', async () => {
      const before = await tableCounts();
      for (const q of [...PAYLOADS, '%', '_', '%%', '\\']) {
        const res = await t.request('GET', `/api/units?q=${encodeURIComponent(q)}`);
        expect({ q, found: ok(res) }).toEqual({ q, found: [] });
      }
      expect(ok(await t.request('GET', '/api/units?q=nga%20nam')).map((u: Json) => u.code)).toContain('948');
      expect(await tableCounts()).toEqual(before);
    });

    it('a NUL character is refused with the field named (PostgreSQL text cannot hold it), not a 500', async () => {
      const before = await getPlan(t, plan.id);
      const nul = 'Kế hoạch\u0000 năm 2024';
      const res = await t.request('PATCH', `/api/plans/${plan.id}`, {
        title: nul,
        legalBasis: ['Căn cứ', nul],
      });
      expect(expectInvalid(res)).toEqual(['legalBasis.1', 'title']);
      expect(
        expectInvalid(
          await t.request('POST', `/api/plans/${plan.id}/tasks`, {
            title: 'x',
            area: 'direction',
            coordinatingAgencies: [nul],
          }),
        ),
      ).toEqual(['coordinatingAgencies.0']);
      expect(expectInvalid(await t.request('GET', `/api/units?q=${encodeURIComponent(nul)}`))).toEqual([
        'query.q',
      ]);
      expect(
        expectInvalid(await t.request('POST', '/api/auth/login', { username: nul, password: nul })),
      ).toEqual(['password', 'username']);
      await expectPlanUnchanged(t, before);
    });
  });

  describe('bodies that are too large or not JSON', () => {
    it('refuses a JSON body over 1 MB with 413 PAYLOAD_TOO_LARGE, changing nothing', async () => {
      const before = await getPlan(t, plan.id);
      const counts = await tableCounts();
      const big = 'x'.repeat(1_100_000);
      expectProblem(
        await t.request('PATCH', `/api/plans/${plan.id}`, { objectives: big }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      expectProblem(
        await t.request('POST', '/api/plans', {
          unitCode: '94',
          year: 2026,
          title: 'Lớn',
          legalBasis: [big],
        }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      expectProblem(
        await t.request('POST', `/api/plans/${plan.id}/tasks`, {
          title: 'x',
          area: 'direction',
          product: big,
        }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      // Signing or amending a plan with a body over the limit, likewise.
      expectProblem(
        await t.request('POST', `/api/plans/${plan.id}/issue`, {
          documentNumber: '218/KH-UBND',
          issuedOn: '2023-12-19',
          signer: { name: big, title: 'Chủ tịch', capacity: 'TM' },
        }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      expectProblem(
        await t.request('POST', `/api/plans/${plan.id}/amendments`, { reason: big }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
      // A unit file over 5 MB, likewise.
      const csv = `${provinceUnitsCsv(UNITS_2024, '84')}\n${'9,x,Xã,commune,84\n'.repeat(300_000)}`;
      expectProblem(await t.request('POST', '/api/units/import', csv), 413, 'PAYLOAD_TOO_LARGE');
      await expectPlanUnchanged(t, before);
      expect(await tableCounts()).toEqual(counts);
    });

    it('refuses malformed JSON with 400 naming the body, and keys that would reach the prototype', async () => {
      const before = await getPlan(t, plan.id);
      for (const body of ['{"title": ', "{'title': 'x'}", '{"title": "x",}', 'title=x', '\u0000']) {
        const res = await raw('PATCH', `/api/plans/${plan.id}`, body);
        expect(expectInvalid(res as TestResponse)).toEqual(['body']);
      }
      for (const body of [
        '{"__proto__": {"polluted": true}, "title": "x"}',
        '{"constructor": {"prototype": {"polluted": true}}, "title": "x"}',
      ]) {
        const res = await raw('PATCH', `/api/plans/${plan.id}`, body);
        expect(expectInvalid(res as TestResponse)).toEqual(['body']);
      }
      expect(({} as Json).polluted).toBeUndefined();
      await expectPlanUnchanged(t, before);
    });
  });

  describe('response headers', () => {
    it('carry the security headers on every kind of answer, and no x-powered-by', async () => {
      const answers: [string, TestResponse][] = [
        ['health', await t.request('GET', '/api/health')],
        ['plan', await t.request('GET', `/api/plans/${plan.id}`)],
        ['401', await t.request('GET', '/api/plans', undefined, { anonymous: 'true' })],
        ['404', await t.request('GET', '/api/no-such-route')],
        ['400', (await raw('PATCH', `/api/plans/${plan.id}`, '{')) as TestResponse],
        ['docs', await t.request('GET', '/api/docs')],
      ];
      for (const [name, res] of answers) {
        expect({ name, nosniff: res.headers.get('x-content-type-options') }).toEqual({
          name,
          nosniff: 'nosniff',
        });
        const csp = res.headers.get('content-security-policy') ?? '';
        expect({ name, csp }).toEqual({ name, csp: expect.stringContaining("default-src 'self'") });
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("object-src 'none'");
        expect({ name, poweredBy: res.headers.get('x-powered-by') }).toEqual({ name, poweredBy: null });
      }
    });

    it('give a foreign origin no CORS permission, simple request or preflight', async () => {
      const origin = { origin: 'https://evil.example' };
      const get = await t.request('GET', `/api/plans/${plan.id}`, undefined, origin);
      expect(get.status).toBe(200);
      expect(get.headers.get('access-control-allow-origin')).toBeNull();
      expect(get.headers.get('access-control-allow-credentials')).toBeNull();
      const preflight = await fetch(`${t.url}/api/plans/${plan.id}`, {
        method: 'OPTIONS',
        headers: {
          ...origin,
          'access-control-request-method': 'PATCH',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
      const login = await t.request(
        'POST',
        '/api/auth/login',
        { username: 'officer.94', password: 'x' },
        origin,
      );
      expect(login.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('replace a hostile X-Request-Id rather than echo it', async () => {
      const res = await t.request('GET', '/api/no-such-route', undefined, {
        'x-request-id': '<script>alert(1)</script>',
      });
      const id = res.headers.get('x-request-id') ?? '';
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.requestId).toBe(id);
    });
  });
});
