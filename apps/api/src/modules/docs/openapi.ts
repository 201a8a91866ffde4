import * as c from '@cchc/contracts';
import { z } from 'zod';

interface Route {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  bodyType?: string;
  ok: number;
  response?: z.ZodType;
  errors: number[];
  /** Open without a session (health, docs, sign-in). */
  public?: boolean;
}

const plan = '/api/plans/{id}';
/** Every route of the API, with the contract schemas it reads and answers. */
export const ROUTES: Route[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Whether the API and its database are up',
    ok: 200,
    response: c.healthResponse,
    errors: [],
    public: true,
  },
  {
    method: 'get',
    path: '/api/units',
    summary:
      'Provinces; the children of ?parent=CODE; or units whose name matches ?q= (with or without diacritics)',
    query: c.listUnitsQuery,
    ok: 200,
    response: z.array(c.unitResponse),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/units/{code}',
    summary: 'A unit with its ancestor chain and child count',
    ok: 200,
    response: c.unitDetailResponse,
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/units/import',
    summary:
      'Upsert units by code from a unit file (text/csv: code,name,type,level,parent_code); a file with any bad line is rejected whole',
    body: z.string(),
    bodyType: 'text/csv',
    ok: 200,
    response: c.importUnitsResponse,
    errors: [400, 413],
  },
  {
    method: 'get',
    path: '/api/plans',
    summary: 'Plans of a unit and/or year, a page at a time (Link: <…>; rel="next" names the next page)',
    query: c.listPlansQuery,
    ok: 200,
    response: z.array(c.planSummaryResponse),
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/plans',
    summary: 'Create a plan (one annual plan per unit and year)',
    body: c.createPlanRequest,
    ok: 201,
    response: c.planResponse,
    errors: [400, 409],
  },
  {
    method: 'get',
    path: plan,
    summary: 'A plan with its targets and tasks by reform area in the standard order',
    ok: 200,
    response: c.planResponse,
    errors: [400, 404],
  },
  {
    method: 'patch',
    path: plan,
    summary: 'Change the plan header',
    body: c.updatePlanRequest,
    ok: 200,
    response: c.planResponse,
    errors: [400, 404],
  },
  {
    method: 'post',
    path: `${plan}/targets`,
    summary: "Add a target of the plan's own",
    body: c.createTargetRequest,
    ok: 201,
    response: c.targetResponse,
    errors: [400, 404, 409],
  },
  {
    method: 'patch',
    path: `${plan}/targets/{code}`,
    summary: 'Change a target; an inherited one may not become weaker than its floor',
    body: c.updateTargetRequest,
    ok: 200,
    response: c.targetResponse,
    errors: [400, 404, 422],
  },
  {
    method: 'delete',
    path: `${plan}/targets/{code}`,
    summary: "Delete a target of the plan's own (inherited ones cannot be deleted)",
    ok: 204,
    errors: [400, 404, 422],
  },
  {
    method: 'post',
    path: `${plan}/tasks`,
    summary: 'Add a task',
    body: c.createTaskRequest,
    ok: 201,
    response: c.taskResponse,
    errors: [400, 404],
  },
  {
    method: 'patch',
    path: `${plan}/tasks/{taskId}`,
    summary: 'Change a task',
    body: c.updateTaskRequest,
    ok: 200,
    response: c.taskResponse,
    errors: [400, 404],
  },
  { method: 'delete', path: `${plan}/tasks/{taskId}`, summary: 'Delete a task', ok: 204, errors: [400, 404] },
  {
    method: 'post',
    path: `${plan}/cascade`,
    summary: 'Derive the plans of all (or the listed) direct child units; idempotent',
    body: c.cascadePlanRequest,
    ok: 200,
    response: c.cascadePlanResponse,
    errors: [400, 404, 422],
  },
  {
    method: 'post',
    path: `${plan}/confirm`,
    summary: 'Confirm a derived plan, optionally raising targets',
    body: c.confirmPlanRequest,
    ok: 200,
    response: c.planResponse,
    errors: [400, 404, 422],
  },
  {
    method: 'get',
    path: `${plan}/children`,
    summary: 'The plans derived directly from this one, with status and compliance',
    ok: 200,
    response: z.array(c.childPlanResponse),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: `${plan}/compliance`,
    summary: "Every target in the plan's subtree weaker than its floor, or missing",
    ok: 200,
    response: z.array(c.complianceItem),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: `${plan}/history`,
    summary: 'The audit trail of the plan: who changed what, when, before and after (read-only)',
    ok: 200,
    response: z.array(c.planHistoryEntry),
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/auth/login',
    summary:
      'Sign in: {accessToken, user}, and an httpOnly session cookie for the web app; repeated failures slow down (429, Retry-After)',
    body: c.loginRequest,
    ok: 200,
    response: c.loginResponse,
    errors: [400, 401, 429],
    public: true,
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'End the session (token or cookie)',
    ok: 204,
    errors: [],
    public: true,
  },
  {
    method: 'post',
    path: '/api/auth/password',
    summary: 'Change one’s own password with the current one; the other sessions end',
    body: c.changePasswordRequest,
    ok: 204,
    errors: [400, 401, 429],
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in user and its unit',
    ok: 200,
    response: c.userResponse,
    errors: [],
  },
  {
    method: 'get',
    path: '/api/users',
    summary: 'The users an administrator manages',
    ok: 200,
    response: z.array(c.userResponse),
    errors: [403],
  },
  {
    method: 'post',
    path: '/api/users',
    summary: "Create a user within the administrator's scope",
    body: c.createUserRequest,
    ok: 201,
    response: c.userResponse,
    errors: [400, 403, 409],
  },
  {
    method: 'patch',
    path: '/api/users/{id}',
    summary: "Change a user's role, lock or password (a lock or a new password ends its sessions)",
    body: c.updateUserRequest,
    ok: 200,
    response: c.userResponse,
    errors: [400, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/users/{id}',
    summary: 'Delete a user (kept for the audit trail; never signs in again)',
    ok: 204,
    errors: [400, 403, 404],
  },
];

const ERROR_TEXT: Record<number, string> = {
  400: 'Bad input (VALIDATION_FAILED, UNITS_IMPORT_INVALID): `errors` names each field',
  401: 'No valid session (UNAUTHENTICATED)',
  403: 'Signed in, but outside your rights on something you may see (FORBIDDEN)',
  429: 'Too many failed sign-ins (TOO_MANY_ATTEMPTS)',
  404: 'Unknown id or code (NOT_FOUND)',
  409: 'Duplicate or stale (PLAN_ALREADY_EXISTS, TARGET_CODE_TAKEN, USERNAME_TAKEN; STALE_VERSION: the plan changed since the If-Match version)',
  413: 'Body too large (PAYLOAD_TOO_LARGE)',
  422: 'Refused by a rule (TARGET_WEAKER_THAN_PARENT, INHERITED_TARGET_LOCKED, NOT_A_CHILD_UNIT, PLAN_NOT_DERIVED)',
};

const ref = (id: string) => `#/components/schemas/${id}`;

/** Named contract schemas (those with `.meta({ id })`) become components. */
function components() {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { io: 'input', uri: ref, unrepresentable: 'any' });
  for (const s of Object.values(schemas)) {
    delete (s as Record<string, unknown>).$schema;
    delete (s as Record<string, unknown>).$id;
  }
  return schemas;
}

/** A reference to a named schema, an array of one, or the schema inline. */
function schema(s: z.ZodType): unknown {
  const id = z.globalRegistry.get(s)?.id;
  if (id) return { $ref: ref(id) };
  if (s instanceof z.ZodArray) return { type: 'array', items: schema(s.element as z.ZodType) };
  const { $schema: _, ...inline } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
  return inline;
}

/** The OpenAPI 3.1 document, generated from the zod contracts. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = r.query
      ? Object.entries(r.query.shape).map(([name, s]) => ({
          name,
          in: 'query',
          required: false,
          schema: schema(s as z.ZodType),
        }))
      : [];
    const responses: Record<string, unknown> = {
      [r.ok]: r.response
        ? { description: 'OK', content: { 'application/json': { schema: schema(r.response) } } }
        : { description: 'Done' },
    };
    // Every route but the public ones needs a session, and may answer 401.
    const errors = r.public ? r.errors : [...new Set([401, ...r.errors])].sort();
    for (const status of errors) {
      responses[status] = {
        description: ERROR_TEXT[status],
        content: { 'application/problem+json': { schema: schema(c.problemResponse) } },
      };
    }
    paths[r.path] = {
      ...paths[r.path],
      [r.method]: {
        summary: r.summary,
        parameters: [...params, ...query],
        ...(r.public && { security: [] }),
        ...(r.body && {
          requestBody: {
            required: true,
            content: { [r.bodyType ?? 'application/json']: { schema: schema(r.body) } },
          },
        }),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'cchc API',
      version: '0.1.0',
      description:
        "Administrative-reform plans (kế hoạch cải cách hành chính) cascaded from province to commune. A derived plan's targets are never weaker than its parent's.",
    },
    paths,
    security: [{ bearer: [] }, { sessionCookie: [] }],
    components: {
      schemas: components(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'accessToken from POST /api/auth/login' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'cchc_session' },
      },
    },
  };
}
