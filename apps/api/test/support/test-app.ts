import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { openDataSource } from '../../src/database/data-source.js';

export interface TestApp {
  /** Base URL of the running API, e.g. http://127.0.0.1:41234 */
  url: string;
  app: NestExpressApplication;
  dataSource: DataSource;
  /** Empties every table, so each test starts from nothing. */
  reset(): Promise<void>;
  /** fetch against the API; JSON bodies are sent and parsed for you. */
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are checked field by field
  body: any;
  text: string;
}

/** The real app on the test database (migrated), listening on a free port. */
export async function startTestApp(): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_URL is not set: run the tests through jest (test/support/global-setup.mjs)',
    );
  const dataSource = await openDataSource(url);
  const app = await createApp(dataSource, { database: { embedded: true }, logLevels: ['error'] });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  return {
    url: base,
    app,
    dataSource,
    async reset() {
      await dataSource.query('TRUNCATE tasks, targets, plans, units, app_meta CASCADE');
    },
    async request(method, path, body, headers = {}) {
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
    },
    async close() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
