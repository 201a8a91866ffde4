// `pnpm loadtest [URL]`, the one command for the load test, which `pnpm test`
// ends with. Without a URL (nor CCHC_URL) it starts the built app (as `pnpm
// start` does) on a fresh data folder and a free port, runs loadtest.mjs
// against it (15 s unless LOADTEST_SECONDS says otherwise), stops the app with
// Ctrl-C's signal and removes the folder. With one, it runs loadtest.mjs
// against that running app (60 s unless LOADTEST_SECONDS says otherwise).
// Exits as the load test does: non-zero on any 5xx, connection error, timeout
// or compliance finding.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '../..');
const APP = path.join(REPO_ROOT, 'apps/api/dist/main.js');

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const target = process.argv[2] ?? process.env.CCHC_URL;
if (target) {
  const run = spawn(process.execPath, [path.join(HERE, 'loadtest.mjs'), target], { stdio: 'inherit' });
  run.on('exit', (code) => process.exit(code ?? 1));
} else {
  await withFreshApp();
}

async function withFreshApp() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cchc-loadtest-'));
  const port = await freePort();
  const adminPassword = 'loadtest-admin-password';
  const app = spawn(process.execPath, ['--enable-source-maps', APP], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CCHC_DATA_DIR: dataDir,
      CCHC_ADMIN_PASSWORD: adminPassword,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  app.stdout.resume(); // its JSON request log is not needed here

  let exitCode = 1;
  try {
    // Up when /api/health answers; the first start loads the demo, which takes a while.
    const url = `http://127.0.0.1:${port}`;
    const started = Date.now();
    for (;;) {
      if (app.exitCode !== null) throw new Error(`the app stopped before it was up (exit ${app.exitCode})`);
      if (Date.now() - started > 180_000) throw new Error('the app was not up within 3 minutes');
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const run = spawn(process.execPath, [path.join(HERE, 'loadtest.mjs'), url], {
      env: {
        ...process.env,
        CCHC_ADMIN_PASSWORD: adminPassword,
        LOADTEST_SECONDS: process.env.LOADTEST_SECONDS ?? '15',
      },
      stdio: 'inherit',
    });
    exitCode = await new Promise((resolve) => run.on('exit', (code) => resolve(code ?? 1)));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    if (app.exitCode === null) {
      const stopped = new Promise((resolve) => app.on('exit', resolve));
      app.kill('SIGINT');
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}
