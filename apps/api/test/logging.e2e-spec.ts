import { Writable } from 'node:stream';
import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * The app's logs are JSON lines through pino. In a file of its own: nestjs-pino
 * keeps one root logger per process (per test file under jest), the first app's.
 */
describe('logs', () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ app: { logLevels: ['error', 'warn', 'log'], logDestination: destination } });
  });
  afterAll(() => t.close());

  // biome-ignore lint/suspicious/noExplicitAny: log lines are checked field by field
  const records = (): any[] => lines.map((line) => JSON.parse(line));

  /** The request line of `id`, once pino-http has written it (after the answer is sent). */
  async function requestLine(id: string) {
    for (let tries = 0; tries < 50; tries++) {
      const found = records().find((r) => r.req?.id === id);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no log line for request ${id}:\n${lines.join('\n')}`);
  }

  it("writes Nest's own logs as JSON lines with level, time, context and msg", () => {
    expect(lines.length).toBeGreaterThan(0);
    const started = records().find((r) => r.context === 'NestApplication');
    expect(started).toMatchObject({ level: 'info', msg: expect.any(String) });
    expect(Date.parse(started.time)).not.toBeNaN();
  });

  it('logs a request as one JSON line under the id the response carries in X-Request-Id', async () => {
    const res = await t.request('GET', '/api/health', undefined, { anonymous: 'true' });
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id') as string;
    expect(id).toBeTruthy();
    expect(await requestLine(id)).toMatchObject({
      level: 'info',
      context: 'HTTP',
      requestId: id,
      msg: 'request completed',
      req: { id, method: 'GET', url: '/api/health' },
      res: { statusCode: 200 },
    });
  });

  it("keeps the caller's own request id, and never writes a session token, a cookie or a body", async () => {
    const token = await t.signIn('system_admin');
    const res = await t.request(
      'POST',
      '/api/auth/login',
      { username: 'nobody', password: 'body-secret-value' },
      {
        authorization: `Bearer ${token}`,
        cookie: 'cchc_session=cookie-secret-value',
        'x-request-id': 'clerk-report-42',
      },
    );
    expect(res.headers.get('x-request-id')).toBe('clerk-report-42');
    const line = await requestLine('clerk-report-42');
    expect(line.req.headers).toMatchObject({ authorization: '[redacted]', cookie: '[redacted]' });
    const all = lines.join('\n');
    for (const secret of [token, 'cookie-secret-value', 'body-secret-value'])
      expect(all).not.toContain(secret);
    // The sign-in answers set a session cookie: that is not logged either.
    expect(all).not.toMatch(/"set-cookie":"(?!\[redacted\])/);
  });
});
