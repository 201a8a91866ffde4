import { ERROR_STATUS, type ErrorCode, type FieldError } from '@cchc/contracts';

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

/** One table, in the contracts: the OpenAPI document states the same statuses. */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = ERROR_STATUS;
