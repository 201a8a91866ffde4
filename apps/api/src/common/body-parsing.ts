import { XLSX_MEDIA_TYPE } from '@cchc/contracts';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { writeProblem } from './problem-details.filter.js';

export const JSON_BODY_LIMIT = '1mb';
/** The 2024 country's unit file is about 500 KB. */
export const CSV_BODY_LIMIT = '5mb';
/** An appendix sheet of a few hundred tasks is well under 1 MB; pictures pasted in make it larger. */
export const XLSX_BODY_LIMIT = '10mb';

/**
 * Body parsers with size limits, and their failures (bad JSON, too large) as
 * problem+json like every other refusal.
 */
export function installBodyParsing(app: Express) {
  app.use('/api', refuseUnknownMediaTypes);
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(express.text({ type: 'text/csv', limit: CSV_BODY_LIMIT }));
  app.use(express.raw({ type: XLSX_MEDIA_TYPE, limit: XLSX_BODY_LIMIT }));
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
  app.use(refuseUnstorableText);
}

/** What a write's body may be: JSON, CSV for the unit import, an Excel sheet for an appendix. */
const BODY_TYPES = ['application/json', 'text/csv', XLSX_MEDIA_TYPE];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A write whose body is neither JSON nor CSV answers 415 before anything runs.
 * Without this a cross-site HTML form (text/plain, multipart/form-data,
 * urlencoded: types a browser sends without asking) would reach the route
 * with an empty body and could confirm or cascade a plan.
 */
const refuseUnknownMediaTypes: RequestHandler = (req, res, next) => {
  if (!WRITES.has(req.method)) return next();
  const type = req.headers['content-type'];
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'];
  if (type === undefined ? !hasBody : req.is(BODY_TYPES)) return next();
  writeProblem(
    req,
    res,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    `body: ${type ?? 'a body without Content-Type'} is not accepted; send application/json (text/csv for a unit file, .xlsx for an appendix)`,
    {
      errors: [
        {
          field: 'body',
          message: 'must be sent as application/json (text/csv for a unit file, .xlsx for an appendix)',
        },
      ],
    },
  );
};

/** U+0000, or half of a UTF-16 surrogate pair with no other half: text PostgreSQL cannot store. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is exactly what is looked for
const UNSTORABLE_TEXT = /\u0000|\p{Cs}/u;

/** Where a parsed body or query holds text PostgreSQL cannot store, as dotted field paths. */
function unstorableFields(root: unknown, prefix: string): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[root, prefix]];
  while (stack.length > 0) {
    const [value, at] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (UNSTORABLE_TEXT.test(value)) found.push(at || 'body');
    } else if (value instanceof Uint8Array) {
      // A file's bytes (an appendix sheet) are read by its parser, not stored as text.
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) stack.push([v, at ? `${at}.${key}` : key]);
    }
  }
  return found.sort();
}

/**
 * PostgreSQL text cannot hold U+0000 nor a lone surrogate (`"\\udc00"` in JSON):
 * such input is refused here (400, fields named) rather than failing in the
 * database, where it would also fail the audit entry of the change.
 */
const refuseUnstorableText: RequestHandler = (req, res, next) => {
  const fields = [...unstorableFields(req.body, ''), ...unstorableFields(req.query, 'query')];
  if (fields.length === 0) return next();
  writeProblem(
    req,
    res,
    400,
    'VALIDATION_FAILED',
    fields.map((f) => `${f}: contains a NUL character or an unpaired surrogate`).join('; '),
    {
      errors: fields.map((field) => ({
        field,
        message: 'contains a NUL character (U+0000) or an unpaired UTF-16 surrogate',
      })),
    },
  );
};
