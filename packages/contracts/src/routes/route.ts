import { oc } from '@orpc/contract';
import { z } from 'zod';
import type { ErrorCode } from '../common';

/** The HTTP status each refusal code answers with: the API's filter and the OpenAPI document read it here. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNITS_IMPORT_INVALID: 400,
  APPENDIX_INVALID: 400,
  DOCUMENT_CONVERTER_UNAVAILABLE: 503,
  PERIOD_NOT_OPEN: 409,
  PERIOD_LOCKED: 409,
  REPORT_SUBMITTED: 409,
  REPORT_NOT_SUBMITTED: 409,
  UNAUTHENTICATED: 401,
  ACCOUNT_LOCKED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  USERNAME_TAKEN: 409,
  TOO_MANY_ATTEMPTS: 429,
  PLAN_ALREADY_EXISTS: 409,
  TARGET_CODE_TAKEN: 409,
  PAYLOAD_TOO_LARGE: 413,
  TARGET_WEAKER_THAN_PARENT: 422,
  INHERITED_TARGET_LOCKED: 422,
  TASK_MANDATED: 422,
  TASK_DUE_LATER_THAN_PARENT: 422,
  NOT_A_CHILD_UNIT: 422,
  PLAN_NOT_DERIVED: 422,
  PLAN_STATUS_CONFLICT: 409,
  PLAN_ISSUED: 409,
  PLAN_NOT_CONFIRMED: 409,
  PLAN_NOT_ISSUED: 409,
  CONCURRENT_WRITE: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  CROSS_SITE: 403,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

/** What a route says beyond oRPC's own fields. */
export interface RouteMeta {
  /** Open without a session (health, docs, sign-in); every other route may answer 401. */
  public?: boolean;
  /** The request body's media type when it is not JSON (the unit file is text/csv). */
  bodyType?: string;
  /** The media type of a success that is a file (a .docx, .xlsx or .pdf), not JSON. */
  responseType?: string;
  /** The status it answers, with the same body, when the database is down (health: 503). */
  degradedStatus?: number;
}

interface RouteSpec<P, Q, B> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The full path, `{name}` for a parameter: `/api/plans/{id}/targets`. */
  path: `/api/${string}`;
  summary: string;
  /** 200 unless told. */
  status?: 200 | 201 | 204;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * The refusals this route's guards and handler may answer with. Added here:
   * 401 for a route that needs a session, and `WRITE_ERRORS` for a write.
   */
  errors: readonly ErrorCode[];
  public?: boolean;
  bodyType?: string;
  responseType?: string;
  degradedStatus?: number;
}

/**
 * What every write may answer before its route runs, body or not
 * (`apps/api/src/common/body-parsing.ts`, `cross-site.ts`): a body that is not
 * JSON (CSV for a unit file), is malformed or too large, or a cookie-carried
 * write from another site's page.
 */
export const WRITE_ERRORS: readonly ErrorCode[] = [
  'VALIDATION_FAILED',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'CROSS_SITE',
];

const base = oc.$meta<RouteMeta>({});

/**
 * One route of the API: method, path, the params, query and body it reads,
 * and the refusal codes it may answer. `.output(schema)` adds the success body.
 * The input is oRPC's "detailed" structure: `{ params, query, body }`.
 */
export function route<
  P extends z.ZodObject = z.ZodObject<Record<never, never>>,
  Q extends z.ZodObject = z.ZodObject<Record<never, never>>,
  B extends z.ZodType = z.ZodUndefined,
>(spec: RouteSpec<P, Q, B>) {
  const codes = new Set<ErrorCode>([
    ...(spec.public ? [] : (['UNAUTHENTICATED'] as const)),
    ...spec.errors,
    ...(spec.method === 'GET' ? [] : WRITE_ERRORS),
  ]);
  const errors = Object.fromEntries([...codes].map((code) => [code, { status: ERROR_STATUS[code] }])) as {
    [K in ErrorCode]?: { status: number };
  };
  const input = z.object({
    params: (spec.params ?? z.object({})) as P,
    query: (spec.query ?? z.object({})) as Q,
    body: (spec.body ?? z.undefined()) as B,
  });
  return base
    .meta({
      public: spec.public,
      bodyType: spec.bodyType,
      responseType: spec.responseType,
      degradedStatus: spec.degradedStatus,
    })
    .route({
      method: spec.method,
      path: spec.path,
      summary: spec.summary,
      successStatus: spec.status ?? 200,
      inputStructure: 'detailed',
      ...(spec.public && { spec: (op) => ({ ...op, security: [] }) }),
    })
    .errors(errors)
    .input(input);
}
