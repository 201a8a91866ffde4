import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { type AppOptions, createApp } from '../../src/app.factory.js';
import { type DataSourceOptions, openDataSource } from '../../src/database/data-source.js';

/** Every test user's password (hashed once per run: argon2id is slow on purpose). */
export const TEST_PASSWORD = 'test-password-1';
let testHash: Promise<string> | undefined;

export type TestRole = 'system_admin' | 'province_admin' | 'officer' | 'viewer';

export interface TestApp {
  /** Base URL of the running API, e.g. http://127.0.0.1:41234 */
  url: string;
  app: NestExpressApplication;
  dataSource: DataSource;
  /** Empties every table, so each test starts from nothing. */
  reset(): Promise<void>;
  /**
   * fetch against the API; JSON bodies are sent and parsed for you. Unless the
   * headers carry their own Authorization (or `anonymous` is set), it acts as
   * the plan's owner: an officer of the unit whose plan the path (or the body's
   * unitCode) names, else the system administrator. Tests of the rights
   * themselves sign in as who they need with `signIn`.
   */
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse>;
  /** A session token for a user of this role and unit (created if missing). */
  signIn(role: TestRole, unitCode?: string | null): Promise<string>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are checked field by field
  body: any;
  text: string;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface TestAppOptions {
  /** Another database URL than the test database's (say, a proxy in front of it). */
  databaseUrl?: string;
  database?: DataSourceOptions;
  app?: Partial<AppOptions>;
}

/** The real app on the test database (migrated), listening on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const url = options.databaseUrl ?? process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_URL is not set: run the tests through jest (test/support/global-setup.mjs)',
    );
  const dataSource = await openDataSource(url, options.database);
  const app = await createApp(dataSource, {
    database: { embedded: true },
    logLevels: ['error'],
    ...options.app,
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  const tokens = new Map<string, string>();

  async function send(
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<TestResponse> {
    const isText = typeof body === 'string';
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': isText ? 'text/csv' : 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  async function signIn(role: TestRole, unitCode: string | null = null): Promise<string> {
    const username = `${role.replace('_', '-')}.${unitCode ?? 'all'}`;
    const known = tokens.get(username);
    if (known) return known;
    testHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
    const [unit] = unitCode
      ? await dataSource.query('SELECT province_code FROM units WHERE code = $1', [unitCode])
      : [];
    await dataSource.query(
      `INSERT INTO users (username, password_hash, role, unit_code, province_code) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [username, await testHash, role, unitCode, unit?.province_code ?? null],
    );
    const login = await send('POST', '/api/auth/login', { username, password: TEST_PASSWORD }, {});
    if (login.status !== 200) throw new Error(`sign-in as ${username} failed: ${login.status} ${login.text}`);
    tokens.set(username, login.body.accessToken);
    return login.body.accessToken;
  }

  /** The owner of what a request touches: see TestApp.request. */
  async function ownerToken(method: string, path: string, body: unknown): Promise<string> {
    const planId = /^\/api\/plans\/([0-9a-f-]{36})/i.exec(path)?.[1];
    if (planId) {
      const [plan] = await dataSource.query('SELECT unit_code FROM plans WHERE id = $1', [planId]);
      if (plan) return signIn('officer', plan.unit_code);
    }
    const unitCode = (body as { unitCode?: unknown } | undefined)?.unitCode;
    if (method === 'POST' && path === '/api/plans' && typeof unitCode === 'string') {
      const [unit] = await dataSource.query('SELECT 1 FROM units WHERE code = $1', [unitCode]);
      if (unit) return signIn('officer', unitCode);
    }
    return signIn('system_admin');
  }

  return {
    url: base,
    app,
    dataSource,
    signIn,
    async reset() {
      tokens.clear();
      await dataSource.query(
        'TRUNCATE sessions, users, audit_log, outbox, login_throttle, tasks, targets, plans, units, app_meta CASCADE',
      );
    },
    async request(method, path, body, headers = {}) {
      const anonymous = headers.anonymous === 'true';
      const { anonymous: _drop, ...rest } = headers;
      const auth =
        anonymous || rest.authorization || path.startsWith('/api/auth/')
          ? {}
          : bearer(await ownerToken(method, path, body));
      return send(method, path, body, { ...auth, ...rest });
    },
    async close() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
