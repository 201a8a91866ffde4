import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';

/** `If-Match: "3"` (or 3, or W/"3"): the plan version a write is based on; null when absent. */
export function ifMatchVersion(header: string | string[] | undefined): number | null {
  if (typeof header !== 'string') return null;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  return m ? Number(m[1]) : null;
}

/** A route parameter: the version the client's If-Match names, for the command to carry. */
export const ExpectedVersion = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  ifMatchVersion(context.switchToHttp().getRequest<Request>().headers['if-match']),
);
