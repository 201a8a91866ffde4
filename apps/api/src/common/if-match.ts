import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import { ValidationFailedError } from './domain-error.js';

/**
 * `If-Match: "3"` (or 3, or W/"3"): the plan version a write is based on; null when absent or
 * `*` (any version). Anything else is refused (400, field `If-Match`): a header the client meant
 * as a version check but that names no version must not let the write through unchecked.
 */
export function ifMatchVersion(header: string | string[] | undefined): number | null {
  if (header === undefined) return null;
  const text = Array.isArray(header) ? header.join(', ') : header.trim();
  if (text === '*') return null;
  const m = /^(?:W\/)?"?(\d{1,15})"?$/.exec(text);
  if (!m) {
    throw new ValidationFailedError([
      { field: 'If-Match', message: 'must be the plan version its ETag gave, e.g. "3"' },
    ]);
  }
  return Number(m[1]);
}

/** A route parameter: the version the client's If-Match names, for the command to carry. */
export const ExpectedVersion = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  ifMatchVersion(context.switchToHttp().getRequest<Request>().headers['if-match']),
);
