import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ErrorCode, ProblemResponse } from '@cchc/contracts';
import type { Request, Response } from 'express';
import { databaseUnavailable } from './database-errors.js';
import { DomainError, HTTP_STATUS_BY_CODE } from './domain-error.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Writes an RFC 9457 problem body. */
export function writeProblem(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode,
  detail: string,
  extra: Record<string, unknown> = {},
) {
  const body: ProblemResponse = {
    type: `https://cchc.gov.vn/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    requestId: String(req.headers['x-request-id'] ?? ''),
    ...extra,
  };
  res.status(status).type('application/problem+json').send(JSON.stringify(body));
}

/**
 * An error no refusal explains: 503 when the database cannot serve (the client
 * may try again), else 500 with the cause logged and not shown.
 */
export function writeUnexpected(req: Request, res: Response, error: unknown, logger: Logger) {
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    logger.warn(`${req.method} ${req.path}: ${unavailable}`);
    res.setHeader('Retry-After', '5');
    writeProblem(req, res, 503, 'DATABASE_UNAVAILABLE', `${unavailable}; try again shortly.`);
    return;
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  writeProblem(req, res, 500, 'INTERNAL_ERROR', 'An unexpected error occurred; it has been logged.');
}

/** Errors raised before a route (in Express middleware) answer like those raised in one. */
export const middlewareErrors =
  (logger = new Logger('ProblemDetails')) =>
  (error: unknown, req: Request, res: Response, next: (error?: unknown) => void) => {
    if (res.headersSent) return next(error);
    writeUnexpected(req, res, error, logger);
  };

/** The one place where errors become HTTP answers. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (exception instanceof DomainError) {
      const wait = exception.extra.retryAfterSeconds;
      if (typeof wait === 'number') res.setHeader('Retry-After', String(wait));
      writeProblem(
        req,
        res,
        HTTP_STATUS_BY_CODE[exception.code],
        exception.code,
        exception.message,
        exception.extra,
      );
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code: ErrorCode =
        status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED';
      writeProblem(
        req,
        res,
        status,
        code,
        status === 404 ? `No route ${req.method} ${req.path}` : exception.message,
      );
      return;
    }
    writeUnexpected(req, res, exception, this.logger);
  }
}
