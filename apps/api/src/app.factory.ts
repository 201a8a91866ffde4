import fs from 'node:fs';
import path from 'node:path';
import { type LogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { Logger as PinoNestLogger, LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { authenticate } from './modules/accounts/infrastructure/authenticate.middleware.js';
import { installBodyParsing } from './common/body-parsing.js';
import { refuseCrossSiteWrites } from './common/cross-site.js';
import { createRootLogger, requestLogging } from './common/logging.js';
import { middlewareErrors } from './common/problem-details.filter.js';
import { requestId } from './common/request-id.middleware.js';
import type { DatabaseInfo } from './database/database-info.js';
import type { DocumentsOptions } from './modules/documents/pdf-converter.js';

export interface AppOptions {
  database: DatabaseInfo;
  /** The built web app, served at / on the same origin as the API. */
  webDist?: string;
  /** The levels logged (Nest's names); default error, warn and log. */
  logLevels?: LogLevel[];
  /** Where the JSON log lines go; default stdout. Tests pass a stream they read. */
  logDestination?: DestinationStream;
  /** Other origins allowed to call the API with credentials; none by default. */
  corsOrigins?: string[];
  /** Express "trust proxy" setting, when behind a reverse proxy. */
  trustProxy?: string;
  /** Where LibreOffice is, for the PDF documents. */
  documents?: DocumentsOptions;
}

/** The HTTP app, configured alike for `pnpm start` and the tests. */
export async function createApp(
  dataSource: DataSource,
  options: AppOptions,
): Promise<NestExpressApplication> {
  const logger = createRootLogger(options.logLevels ?? ['error', 'warn', 'log'], options.logDestination);
  const root = AppModule.forDataSource(dataSource, options.database, options.documents);
  const app = await NestFactory.create<NestExpressApplication>(
    {
      ...root,
      // Nest's logs through pino, with the request's id inside a request. The
      // request logger is ours (mounted below, `useExisting`), so it runs
      // before every other middleware and logs the requests they refuse too.
      imports: [...(root.imports ?? []), LoggerModule.forRoot({ pinoHttp: { logger }, useExisting: true })],
    },
    { bodyParser: false, bufferLogs: true },
  );
  app.useLogger(app.get(PinoNestLogger));
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  // Behind a proxy, the sign-in limit and the Secure cookie need the client's real address and scheme.
  if (options.trustProxy)
    server.set(
      'trust proxy',
      /^\d+$/.test(options.trustProxy) ? Number(options.trustProxy) : options.trustProxy,
    );
  server.use(requestId);
  // A district's link is slow: every answer over 1 KB goes gzip-compressed when the
  // browser accepts it (the app's JavaScript shrinks to about a third).
  server.use(compression({ threshold: 1024 }));
  server.use(requestLogging(logger));
  // API answers are per user and change with plans above them: never cached, never 304.
  server.use('/api', (_req: express.Request, res: express.Response, next: express.NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // One origin serves the app and the API: strict headers, and no CORS unless origins are named.
  server.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Offices often serve it over plain http on their network: do not force https.
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  // HSTS only on an answer that came over https: over plain http it would
  // tell a browser to refuse the office's http address for a year.
  const hsts = helmet.strictTransportSecurity();
  server.use((req: express.Request, res: express.Response, next: express.NextFunction) =>
    req.secure ? hsts(req, res, next) : next(),
  );
  app.enableCors({ origin: options.corsOrigins ?? false, credentials: true });
  server.use(refuseCrossSiteWrites(options.corsOrigins));
  installBodyParsing(server);
  server.use(authenticate(dataSource));
  // Failures before a route (the session lookup with the database down) answer as problem+json too.
  server.use(middlewareErrors());
  app.setGlobalPrefix('api');
  const index = options.webDist && path.join(options.webDist, 'index.html');
  if (index && fs.existsSync(index)) {
    server.use(
      express.static(options.webDist as string, {
        index: false,
        setHeaders(res, file) {
          // Vite names what it builds in assets/ by a hash of its content: a new build is a new
          // name, so the browser may keep these for good. Anything else is asked for again.
          res.setHeader(
            'Cache-Control',
            path.relative(options.webDist as string, file).startsWith(`assets${path.sep}`)
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          );
        },
      }),
    );
    // Client-side routes: any GET outside /api answers the app's page, checked again each time.
    server.get(/^(?!\/api(\/|$)).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
    new Logger('Web').log(`Serving the web app from ${options.webDist}`);
  }
  return app;
}
