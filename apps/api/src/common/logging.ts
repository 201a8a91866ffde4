import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogLevel } from '@nestjs/common';
import { type DestinationStream, type Level, type Logger, pino } from 'pino';
import { type HttpLogger, pinoHttp } from 'pino-http';

/** Nest's level names in pino's words; Nest's list names every level it shows. */
const PINO_LEVEL: Record<LogLevel, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};
const VERBOSITY: Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** Headers that carry a session: never written to a log. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

/**
 * The app's one pino logger: a JSON line per log with level, time, context and
 * msg, at the most verbose of `levels` (LOG_LEVEL, or the tests' ['error']).
 */
export function createRootLogger(levels: LogLevel[], destination?: DestinationStream): Logger {
  const wanted = levels.map((l) => VERBOSITY.indexOf(PINO_LEVEL[l]));
  const options = {
    level: wanted.length > 0 ? (VERBOSITY[Math.max(...wanted)] as Level) : 'silent',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * One line per request when its answer is sent, under the id the request-id
 * middleware (mounted just before) gave it, the id the caller sees in
 * X-Request-Id and in every problem body. Bodies are never logged; the
 * session headers are redacted by the root logger.
 */
export function requestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage) => String(req.headers['x-request-id']),
    // App logs made during a request carry just its id, not the whole request again.
    quietReqLogger: true,
    // The status is what matters of an answer; its headers (a Set-Cookie among them) are left out.
    serializers: { res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) },
    customAttributeKeys: { reqId: 'requestId' },
    // A 5xx is logged with its stack by the problem filter; the request line is a warning.
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? 'warn' : 'info',
    customSuccessObject: (_req: IncomingMessage, _res: ServerResponse, value: object) => ({
      ...value,
      context: 'HTTP',
    }),
    customErrorObject: (_req: IncomingMessage, _res: ServerResponse, _error: Error, value: object) => ({
      ...value,
      context: 'HTTP',
    }),
  });
}
