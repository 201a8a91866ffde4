import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { writeProblem } from './problem-details.filter.js';

export const JSON_BODY_LIMIT = '1mb';
/** The 2024 country's unit file is about 500 KB. */
export const CSV_BODY_LIMIT = '5mb';

/**
 * Body parsers with size limits, and their failures (bad JSON, too large) as
 * problem+json like every other refusal.
 */
export function installBodyParsing(app: Express) {
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(express.text({ type: 'text/csv', limit: CSV_BODY_LIMIT }));
  const onBodyError: ErrorRequestHandler = (err, req, res, next) => {
    if (err?.type === 'entity.too.large') {
      writeProblem(
        req,
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than the limit (${err.limit} bytes)`,
      );
    } else if (err?.type === 'entity.parse.failed') {
      writeProblem(req, res, 400, 'VALIDATION_FAILED', 'body: not valid JSON', {
        errors: [{ field: 'body', message: 'is not valid JSON' }],
      });
    } else if (err?.status && err.status < 500) {
      writeProblem(req, res, err.status, 'VALIDATION_FAILED', `body: ${err.message}`, {
        errors: [{ field: 'body', message: err.message }],
      });
    } else next(err);
  };
  app.use(onBodyError);
  app.use(refuseNulCharacters);
}

/** Where a parsed body or query holds a string with U+0000, as dotted field paths. */
function nulFields(root: unknown, prefix: string): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[root, prefix]];
  while (stack.length > 0) {
    const [value, at] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) found.push(at || 'body');
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) stack.push([v, at ? `${at}.${key}` : key]);
    }
  }
  return found.sort();
}

/**
 * PostgreSQL text cannot hold U+0000: such input is refused here (400, fields
 * named) rather than failing in the database as a 500.
 */
const refuseNulCharacters: RequestHandler = (req, res, next) => {
  const fields = [...nulFields(req.body, ''), ...nulFields(req.query, 'query')];
  if (fields.length === 0) return next();
  writeProblem(
    req,
    res,
    400,
    'VALIDATION_FAILED',
    fields.map((f) => `${f}: contains a NUL character`).join('; '),
    {
      errors: fields.map((field) => ({ field, message: 'contains a NUL character (U+0000)' })),
    },
  );
};
