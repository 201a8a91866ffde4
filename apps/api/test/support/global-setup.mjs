// One real PostgreSQL for the whole run: an embedded server in a fresh temp
// folder on a free port, or DATABASE_URL when set. Test files read the URL from
// TEST_DATABASE_URL and reset the data they use. Jest loads this file outside
// its ESM sandbox, so it uses the built starter (turbo builds before testing).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { startEmbeddedPostgres } from '../../dist/database/embedded-postgres.js';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  Logger.overrideLogger(['error', 'warn']);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-test-'));
  const db = await startEmbeddedPostgres({ dataDir, persistent: false });
  process.env.TEST_DATABASE_URL = db.url;
  globalThis.__cchcTestDb = { stop: db.stop, dataDir };
}
