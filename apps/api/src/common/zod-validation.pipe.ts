import type { z } from 'zod';
import { ValidationFailedError } from './domain-error.js';

/** Parses a request part with its shared contract schema; a failure names every field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationFailedError(
    result.error.issues.map((issue) => ({
      field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || prefix || 'body',
      message: issue.message,
    })),
  );
}
