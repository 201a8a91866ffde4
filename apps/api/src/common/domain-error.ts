import type { ErrorCode, FieldError } from '@cchc/contracts';

/**
 * A refusal the user can act on. Handlers throw these with a stable code; the
 * problem-details filter alone turns them into HTTP answers.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[] } & Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found`);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[]) {
    super('VALIDATION_FAILED', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
  }
}

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNITS_IMPORT_INVALID: 400,
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
  NOT_A_CHILD_UNIT: 422,
  PLAN_NOT_DERIVED: 422,
  PLAN_STATUS_CONFLICT: 409,
  CONCURRENT_WRITE: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  CROSS_SITE: 403,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};
