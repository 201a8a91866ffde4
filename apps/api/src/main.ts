import 'reflect-metadata';
import { type LogLevel, Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { loadEnv } from './config/env.js';
import { openDataSource } from './database/data-source.js';
import { loadDemoDataOnFirstStart } from './modules/demo/demo-data.js';
import { openDatabase } from './database/open-database.js';
import { ensureSystemAdmin } from './modules/accounts/infrastructure/bootstrap-accounts.js';

async function bootstrap() {
  const env = loadEnv();
  const levels: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];
  Logger.overrideLogger(levels.slice(0, levels.indexOf(env.LOG_LEVEL) + 1));
  const logger = new Logger('cchc');
  const database = await openDatabase(env, { owner: true });
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.log(`${signal}: stopping`);
    await app?.close().catch(() => {});
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => {});
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const dataSource = await openDataSource(database.url, {
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
  });
  await ensureSystemAdmin(
    dataSource,
    { password: env.CCHC_ADMIN_PASSWORD, dataDir: env.CCHC_DATA_DIR },
    logger,
  );
  app = await createApp(dataSource, {
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY,
    database: { embedded: database.embedded },
    webDist: env.WEB_DIST,
    documents: { sofficePath: env.SOFFICE_PATH },
    logLevels: levels.slice(0, levels.indexOf(env.LOG_LEVEL) + 1),
  });
  await app.init();
  if (env.DEMO_DATA ?? database.embedded) await loadDemoDataOnFirstStart(app, dataSource, logger);
  await app.listen(env.PORT, env.HOST);
  const shown = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  logger.log(`cchc is up: http://${shown}:${env.PORT}/ (API at /api, docs at /api/docs)`);
}

bootstrap().catch((error) => {
  new Logger('cchc').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
