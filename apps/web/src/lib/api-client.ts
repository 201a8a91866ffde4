import type { ProblemResponse } from '@cchc/contracts';

/** A refusal the API explained (problem+json), or a request that never got an answer. */
export type Problem = ProblemResponse & {
  /** PLAN_ALREADY_EXISTS: the plan the unit already holds for that year. */
  existingPlanId?: string;
  /** TOO_MANY_ATTEMPTS: seconds before signing in may be tried again. */
  retryAfterSeconds?: number;
  /** STALE_VERSION: the plan's version now. */
  currentVersion?: number;
};

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The API's problem details, when it sent them. */
    readonly problem: Problem | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get code(): Problem['code'] | null {
    return this.problem?.code ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Someone else changed the plan after the screen read it (409 STALE_VERSION). */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error) && error.code === 'STALE_VERSION';
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** The plan version the write is based on: sent as `If-Match`, so the API refuses it (409
   * STALE_VERSION) if someone else changed the plan meanwhile. */
  ifMatch?: number;
}

/**
 * Calls the API on the same origin (in development, through Vite's /api proxy).
 * The session travels in the httpOnly cookie the API set at sign-in: the app
 * never holds the token itself.
 */
export async function apiRequest<T>(
  path: string,
  { method = 'GET', body, signal, ifMatch }: RequestOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      signal,
      credentials: 'same-origin',
      // react-query is the cache. The browser's would answer a plan's conditional GET with 304 and
      // a stale body: its ETag is the plan's version, which floors moved above it do not change.
      cache: 'no-store',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, null, `${method} /api${path}: network error`);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text ? JSON.parse(text) : null;
  } catch {
    payload = null;
  }
  if (!response.ok) {
    const problem = isProblem(payload) ? payload : null;
    throw new ApiError(
      response.status,
      problem,
      `${method} /api${path}: ${response.status} ${problem?.detail ?? response.statusText}`,
    );
  }
  return payload as T;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

/** Query string from the defined values only. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** Worth trying again: the server was not reached, or failed (5xx). A refusal (4xx) will not change. */
export function isRetryable(error: unknown): boolean {
  return !isApiError(error) || error.status === 0 || error.status >= 500;
}
