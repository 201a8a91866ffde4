import { z } from 'zod';
import { TEXT_FORMATS } from './rules';

/** Official statistics code of an administrative unit: 2 digits for a
 * province, 3 for a district, 5 for a commune. Leading zeros matter. */
export const unitCode = z
  .string()
  .regex(TEXT_FORMATS.unitCode, 'must be an official unit code of 2, 3 or 5 digits');

export const uuid = z.uuid();
export const idParam = z.object({ id: uuid });

/** A list a request may page through. */
export const limitParam = z.coerce.number().int().min(1).max(1000).default(100);

/** Codes a refusal answers with; clients branch on these, never on text. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'ACCOUNT_LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'STALE_VERSION',
  'USERNAME_TAKEN',
  'TOO_MANY_ATTEMPTS',
  'PLAN_ALREADY_EXISTS',
  'TARGET_CODE_TAKEN',
  'TARGET_WEAKER_THAN_PARENT',
  'INHERITED_TARGET_LOCKED',
  'TASK_MANDATED',
  'TASK_DUE_LATER_THAN_PARENT',
  'NOT_A_CHILD_UNIT',
  'PLAN_NOT_DERIVED',
  'PLAN_STATUS_CONFLICT',
  'PLAN_ISSUED',
  'PLAN_NOT_CONFIRMED',
  'PLAN_NOT_ISSUED',
  'UNITS_IMPORT_INVALID',
  'APPENDIX_INVALID',
  'DOCUMENT_CONVERTER_UNAVAILABLE',
  'PERIOD_NOT_OPEN',
  'PERIOD_LOCKED',
  'REPORT_SUBMITTED',
  'REPORT_NOT_SUBMITTED',
  'PAYLOAD_TOO_LARGE',
  'CONCURRENT_WRITE',
  'UNSUPPORTED_MEDIA_TYPE',
  'CROSS_SITE',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldError = z.object({
  /** Dotted path of the field, e.g. `targets.0.value`, or `line 12` for an import. */
  field: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldError>;

/** RFC 9457 problem details: the one error body the API writes. */
export const problemResponse = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(ERROR_CODES),
    errors: z.array(fieldError).optional(),
    requestId: z.string(),
    /** TARGET_WEAKER_THAN_PARENT: which target, the floor and what was tried. */
    targetCode: z.string().optional(),
    field: z.string().optional(),
    parentValue: z.union([z.number(), z.string()]).optional(),
    triedValue: z.union([z.number(), z.string(), z.null()]).optional(),
    /** TASK_MANDATED, TASK_DUE_LATER_THAN_PARENT: which task; for the latter the parent's deadline and the one tried. */
    taskId: z.string().optional(),
    parentDue: z.string().optional(),
    triedDue: z.string().nullable().optional(),
    /** TARGET_WEAKER_THAN_PARENT when confirming: every target that is too weak, the first one also above. */
    violations: z
      .array(
        z.object({
          targetCode: z.string(),
          field: z.string(),
          parentValue: z.union([z.number(), z.string()]).optional(),
          triedValue: z.union([z.number(), z.string(), z.null()]),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });
export type ProblemResponse = z.infer<typeof problemResponse>;

export const healthResponse = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({ up: z.boolean(), embedded: z.boolean(), latencyMs: z.number() }),
  })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof healthResponse>;
