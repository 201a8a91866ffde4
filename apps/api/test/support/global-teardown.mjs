import fs from 'node:fs';

export default async function globalTeardown() {
  const db = globalThis.__cchcTestDb;
  if (!db) return;
  await db.stop();
  fs.rmSync(db.dataDir, { recursive: true, force: true });
}
