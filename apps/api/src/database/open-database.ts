import path from 'node:path';
import { Logger } from '@nestjs/common';
import type { Env } from '../config/env.js';
import { type RunningDatabase, startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * DATABASE_URL if set (nothing is started), else the embedded PostgreSQL.
 * `owner`: this process owns the embedded server (the app): it stops one it
 * found running too. The CLI is not the owner: it may run beside `pnpm start`.
 */
export async function openDatabase(env: Env, { owner = false } = {}): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  return startEmbeddedPostgres({
    dataDir: path.resolve(env.CCHC_DATA_DIR),
    port: env.EMBEDDED_PG_PORT,
    logger: new Logger('EmbeddedPostgres'),
    stopAdopted: owner,
  });
}
