import fs from 'node:fs';
import path from 'node:path';
import { type LogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { installBodyParsing } from './common/body-parsing.js';
import { requestId } from './common/request-id.middleware.js';
import type { DatabaseInfo } from './database/database-info.js';

export interface AppOptions {
  database: DatabaseInfo;
  /** The built web app, served at / on the same origin as the API. */
  webDist?: string;
  logLevels?: LogLevel[];
}

/** The HTTP app, configured alike for `pnpm start` and the tests. */
export async function createApp(
  dataSource: DataSource,
  options: AppOptions,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forDataSource(dataSource, options.database),
    {
      bodyParser: false,
      logger: options.logLevels ?? ['error', 'warn', 'log'],
    },
  );
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  server.use(requestId);
  installBodyParsing(server);
  app.setGlobalPrefix('api');
  const index = options.webDist && path.join(options.webDist, 'index.html');
  if (index && fs.existsSync(index)) {
    server.use(express.static(options.webDist as string, { index: false, maxAge: '1h' }));
    // Client-side routes: any GET outside /api answers the app's page.
    server.get(/^(?!\/api(\/|$)).*/, (_req, res) => res.sendFile(index));
    new Logger('Web').log(`Serving the web app from ${options.webDist}`);
  }
  return app;
}
