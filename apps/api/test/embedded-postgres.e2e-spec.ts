import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { type RunningDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

/** Whether the database at `url` answers a query. */
async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const portOf = (db: RunningDatabase) => Number(new URL(db.url).port);
const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => resolve(true));
    socket.once('error', () => resolve(false));
  });

/**
 * The embedded PostgreSQL of `pnpm start`, started on a data folder of its
 * own: what a crash leaves behind, and a second process on the same folder.
 */
describe('the embedded database start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-embedded-'));
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const logger = new Logger('EmbeddedPostgresTest');
  let running: RunningDatabase | undefined;
  beforeAll(() => Logger.overrideLogger(['error']));
  afterAll(async () => {
    if (running && fs.existsSync(pidFile)) await running.stop().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts despite a stale postmaster.pid whose PID now belongs to another process', async () => {
    const first = await startEmbeddedPostgres({ dataDir, logger });
    const port = portOf(first);
    await first.stop();
    expect(fs.existsSync(pidFile)).toBe(false);
    // What a crash leaves: the file, naming a PID that is alive but no PostgreSQL (this test's node).
    fs.writeFileSync(
      pidFile,
      `${process.pid}\n${path.dirname(pidFile)}\n1700000000\n${port}\n/tmp\n127.0.0.1\n`,
    );
    running = await startEmbeddedPostgres({ dataDir, logger });
    expect(await answers(running.url)).toBe(true);
    expect(fs.readFileSync(pidFile, 'utf8').split('\n')[0]).not.toBe(String(process.pid));
  }, 120_000);

  it('uses a server already running on the folder; only its owner (the app) stops it', async () => {
    const url = (running as RunningDatabase).url;
    // The CLI beside `pnpm start`: it uses the server and leaves it running.
    const cli = await startEmbeddedPostgres({ dataDir, logger });
    expect(cli.url).toBe(url);
    await cli.stop();
    expect(await answers(url)).toBe(true);
    // `pnpm start` after a crash of the one that started it: Ctrl-C stops it like its own.
    const app = await startEmbeddedPostgres({ dataDir, logger, stopAdopted: true });
    expect(app.url).toBe(url);
    await app.stop();
    expect(fs.existsSync(pidFile)).toBe(false);
    expect(await portOpen(portOf(app))).toBe(false);
  }, 120_000);
});
