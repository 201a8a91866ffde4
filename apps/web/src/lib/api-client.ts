import type { ProblemResponse } from '@cchc/contracts';
import type { z } from 'zod';

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

/**
 * One route of `apiRoutes` (`@cchc/contracts`), as far as the client reads it: oRPC's method and
 * path, the `{ params, query, body }` schema of its input and the schema of its answer.
 */
export interface ApiRoute {
  '~orpc': {
    route: { method?: string; path?: `/${string}` };
    meta: { bodyType?: string };
    inputSchema?: z.ZodType;
    outputSchema?: z.ZodType;
  };
}

/** Nothing at all: what an empty `params` or `query` object accepts. */
type Empty = Record<never, never>;

/** Keys a caller may leave out: an empty `params`/`query` object (or one of optional keys only), an absent body. */
type OptionalKeys<T> = {
  [K in keyof T]-?: undefined extends T[K] ? K : Empty extends T[K] ? K : never;
}[keyof T];
type Loosen<T> = Omit<T, OptionalKeys<T>> & { [K in OptionalKeys<T>]?: T[K] };

/** What a route reads, `{ params, query, body }`, typed from its contract; empty parts may be left out. */
export type ApiInput<R extends ApiRoute> = Loosen<z.input<NonNullable<R['~orpc']['inputSchema']>>>;

/** What a route answers, typed from its contract (`undefined` for a 204). */
export type ApiOutput<R extends ApiRoute> = z.output<NonNullable<R['~orpc']['outputSchema']>>;

export interface CallOptions {
  signal?: AbortSignal;
  /** The plan version the write is based on: sent as `If-Match`, so the API refuses it (409
   * STALE_VERSION) if someone else changed the plan meanwhile. */
  ifMatch?: number;
}

/** The input may be left out altogether when the route reads nothing. */
type CallArgs<R extends ApiRoute> =
  Empty extends ApiInput<R>
    ? [input?: ApiInput<R>, options?: CallOptions]
    : [input: ApiInput<R>, options?: CallOptions];

/**
 * Calls one route of `apiRoutes` on the same origin (in development, through Vite's /api proxy),
 * typed from its contract: `callApi(apiRoutes.plans.get, { params: { id } }, { signal })`. Fills
 * the path's `{name}` parameters, adds the query's defined values, sends the body as JSON (or as
 * the route's `bodyType`). The session travels in the httpOnly cookie the API set at sign-in: the
 * app never holds the token itself.
 */
export function callApi<R extends ApiRoute>(
  route: R,
  ...[input, options]: CallArgs<R>
): Promise<ApiOutput<R>> {
  const { method = 'GET' } = route['~orpc'].route;
  const { params, query, body } = (input ?? {}) as {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
  };
  return request(routeUrl(route, { params, query }), {
    method,
    body,
    bodyType: route['~orpc'].meta.bodyType,
    ...options,
  }) as Promise<ApiOutput<R>>;
}

/**
 * The same-origin address of one route for `params` and `query`: what `callApi` requests, and what
 * a download link points at (`<a href download>`, the session cookie goes along).
 */
export function routeUrl(
  route: ApiRoute,
  { params, query }: { params?: Record<string, unknown>; query?: Record<string, unknown> } = {},
): string {
  const { method = 'GET', path = '/' } = route['~orpc'].route;
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${method} ${path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  return `${filled}${queryString(query ?? {})}`;
}

/** A file the API produced (a route answering bytes), with the name its Content-Disposition gives. */
export interface ApiFile {
  blob: Blob;
  /** From `filename*` (UTF-8) or `filename`; null when the answer names none. */
  fileName: string | null;
}

/** GETs a route that answers a file; a refusal throws ApiError with its problem details, as callApi does. */
export async function fetchApiFile<R extends ApiRoute>(
  route: R,
  input: ApiInput<R>,
  options: Pick<CallOptions, 'signal'> = {},
): Promise<ApiFile> {
  const url = routeUrl(route, input as { params?: Record<string, unknown>; query?: Record<string, unknown> });
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', cache: 'no-store', signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, null, `GET ${url}: network error`);
  }
  if (!response.ok) {
    let payload: unknown = null;
    try {
      payload = JSON.parse(await response.text());
    } catch {
      payload = null;
    }
    const problem = isProblem(payload) ? payload : null;
    throw new ApiError(
      response.status,
      problem,
      `GET ${url}: ${response.status} ${problem?.detail ?? response.statusText}`,
    );
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) };
}

/** The file name a Content-Disposition header gives: `filename*=UTF-8''…` first, then `filename="…"`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : null;
}

interface RequestOptions extends CallOptions {
  method: string;
  body?: unknown;
  /** The body's media type when it is not JSON (sent as it is). */
  bodyType?: string;
}

async function request(
  path: string,
  { method, body, bodyType, signal, ifMatch }: RequestOptions,
): Promise<unknown> {
  const contentType = body === undefined ? undefined : (bodyType ?? 'application/json');
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: 'same-origin',
      // react-query is the cache. The browser's would answer a plan's conditional GET with 304 and
      // a stale body: its ETag is the plan's version, which floors moved above it do not change.
      cache: 'no-store',
      headers: {
        Accept: 'application/json',
        ...(contentType === undefined ? {} : { 'Content-Type': contentType }),
        ...(ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` }),
      },
      body: body === undefined ? undefined : bodyType ? rawBody(body) : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, null, `${method} ${path}: network error`);
  }
  if (response.status === 204) return undefined;
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
      `${method} ${path}: ${response.status} ${problem?.detail ?? response.statusText}`,
    );
  }
  return payload;
}

/** A body sent as its route's media type: a file (Blob, File, bytes) as it is, anything else as text. */
function rawBody(body: unknown): BodyInit {
  if (body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body))
    return body as BodyInit;
  return String(body);
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

/** Query string from the defined values only. */
function queryString(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** Worth trying again: the server was not reached, or failed (5xx). A refusal (4xx) will not change. */
export function isRetryable(error: unknown): boolean {
  return !isApiError(error) || error.status === 0 || error.status >= 500;
}
