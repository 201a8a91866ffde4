import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const webDist = path.resolve(here, '../dist');
/** The built API (`pnpm build`), started as `pnpm start` starts it. */
const apiMain = path.resolve(here, '../../api/dist/main.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(
  url: string,
  app: ChildProcess,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.exitCode !== null)
      throw new Error(`the app exited with ${app.exitCode} before it was up:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) {
        const body = (await response.json()) as { status?: string };
        if (body.status === 'ok') return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app was not healthy at ${url} within ${timeoutMs / 1000} s:\n${log()}`);
}

function stop(app: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (app.exitCode !== null || app.signalCode !== null) return resolve();
    const force = setTimeout(() => app.kill('SIGKILL'), 20_000);
    app.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    app.kill('SIGTERM');
  });
}

/**
 * Starts the app exactly as `pnpm start` serves it (API + built web app on one
 * origin), on a fresh embedded database in a temporary folder and a free port,
 * with the demo data (Sóc Trăng, its 2024 plan, and the demo accounts the specs
 * sign in with: canbo.94, canbo.948, xem.94, quantri.94…). Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const [file, hint] of [
    [path.join(webDist, 'index.html'), 'the web app is not built'],
    [apiMain, 'the API is not built'],
  ] as const) {
    if (!fs.existsSync(file))
      throw new Error(`${hint} (${file} is missing): run \`pnpm build\` at the repo root first`);
  }
  const port = await freePort();
  // Under /tmp: the embedded PostgreSQL (run as the `postgres` user when root) can reach it.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-e2e-'));
  // The embedded default, with its demo data and accounts, and a generated password for `admin`
  // (written to <CCHC_DATA_DIR>/admin-password), whatever this shell says.
  const {
    DATABASE_URL: _external,
    EMBEDDED_PG_PORT: _pgPort,
    DEMO_DATA: _demo,
    CCHC_ADMIN_PASSWORD: _adminPassword,
    ...env
  } = process.env;
  let output = '';
  const app = spawn(process.execPath, ['--enable-source-maps', apiMain], {
    cwd: path.dirname(path.dirname(apiMain)),
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CCHC_DATA_DIR: dataDir,
      WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  app.stdout?.on('data', keep);
  app.stderr?.on('data', keep);

  const teardown = async () => {
    await stop(app);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${baseUrl}/api/health`, app, () => output, 120_000);
  } catch (error) {
    await teardown();
    throw error;
  }
  process.env.CCHC_E2E_BASE_URL = baseUrl;
  // Where the first start wrote the system administrator's generated password.
  process.env.CCHC_E2E_ADMIN_PASSWORD_FILE = path.join(dataDir, 'admin-password');
  console.log(`e2e: app up at ${baseUrl} (data in ${dataDir})`);
  return teardown;
}
