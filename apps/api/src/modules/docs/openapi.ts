import * as c from '@cchc/contracts';
import { z } from 'zod';
import { OpenAPIGenerator } from '@orpc/openapi';
import { ZodToJsonSchemaConverter } from '@orpc/zod/zod4';

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
/**
 * The routes not yet defined in `@cchc/contracts` (`apiRoutes`), described by hand.
 * Move a module into `packages/contracts/src/routes/` and delete its lines here.
 */
export const LEGACY_ROUTES: Route[] = [
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
    path: `${plan}/history`,
    summary: 'The audit trail of the plan: who changed what, when, before and after (read-only)',
    ok: 200,
    response: z.array(c.planHistoryEntry),
    errors: [400, 404],
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

/** The hand-described part of the document (LEGACY_ROUTES). */
function legacyPaths() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of LEGACY_ROUTES) {
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
  return paths;
}

type Operation = {
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
} & Record<string, unknown>;

/** The routes defined in `@cchc/contracts`, as oRPC's generator writes them, in the house's error shape. */
async function contractPaths() {
  // Named contract schemas (`.meta({ id })`) become components and are referred to by $ref.
  const commonSchemas = Object.fromEntries(
    [...z.globalRegistry._idmap].map(([id, s]) => [id, { schema: s as z.ZodType }]),
  );
  const generated = await new OpenAPIGenerator({
    schemaConverters: [new ZodToJsonSchemaConverter()],
  }).generate(c.apiRoutes, {
    info: { title: 'cchc API', version: '0.1.0' },
    commonSchemas,
    customErrorResponseBodySchema: (defined) => ({
      allOf: [{ $ref: ref('Problem') }, { properties: { code: { enum: defined.map(([code]) => code) } } }],
    }),
  });
  const paths = (generated.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const operations of Object.values(paths)) {
    for (const op of Object.values(operations)) {
      const [module, name] = String(op.operationId).split('.') as [keyof typeof c.apiRoutes, string];
      const meta =
        (c.apiRoutes[module] as Record<string, { '~orpc': { meta: c.RouteMeta } }>)[name]?.['~orpc'].meta ??
        {};
      const requestBody = op.requestBody as { content: Record<string, unknown> } | undefined;
      if (requestBody && Object.keys(requestBody.content).length === 0) delete op.requestBody;
      else if (requestBody && meta.bodyType) {
        requestBody.content = { [meta.bodyType]: requestBody.content['application/json'] };
      }
      if (op.responses?.['204']) op.responses['204'] = { description: 'Done' };
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (Number(status) < 400 || !response.content) continue;
        // Refusals are RFC 9457 problem+json, whatever code they carry.
        response.description = ERROR_TEXT[Number(status)] ?? response.description;
        response.content = { 'application/problem+json': response.content['application/json'] };
      }
    }
  }
  return paths;
}

/** Every route as `[method, path]` (`get`, `/api/plans/{id}`): the contract's and the hand-described ones. */
export function routeList(document: { paths: Record<string, Record<string, Operation>> }) {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => ({
      method,
      path,
      summary: String(op.summary ?? ''),
      public: Array.isArray(op.security) && op.security.length === 0,
    })),
  );
}

/** The OpenAPI 3.1 document, generated from the route contracts in `@cchc/contracts`. */
export async function buildOpenApiDocument() {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const part of [await contractPaths(), legacyPaths() as Record<string, Record<string, Operation>>]) {
    for (const [path, operations] of Object.entries(part)) paths[path] = { ...paths[path], ...operations };
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
