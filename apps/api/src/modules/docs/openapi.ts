import * as c from '@cchc/contracts';
import { z } from 'zod';
import { OpenAPIGenerator } from '@orpc/openapi';
import { ZodToJsonSchemaConverter } from '@orpc/zod/zod4';

/** What each refusal status means; the codes a route may answer with follow it. */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad input: `errors` names each field',
  401: 'No valid session',
  403: 'Refused: outside your rights, or a cookie-carried write from another site',
  404: 'Unknown id or code, or not yours to see',
  409: 'Conflict: a duplicate, a stale If-Match version, or writes that kept colliding',
  413: 'Body too large',
  415: 'Body neither application/json nor, for a unit file, text/csv (an appendix: .xlsx)',
  503: 'A part of the server this needs is not there (LibreOffice for a PDF)',
  422: 'Refused by a rule',
  429: 'Too many failed attempts: wait Retry-After seconds',
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

type ProblemSchema = { allOf?: [unknown, { properties: { code: { enum: string[] } } }] };

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
      if (meta.responseType && op.responses?.['200']) {
        op.responses['200'] = {
          description: 'The file',
          content: { [meta.responseType]: { schema: { type: 'string', format: 'binary' } } },
        };
      }
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (Number(status) < 400 || !response.content) continue;
        // Refusals are RFC 9457 problem+json, whatever code they carry; the description names this route's codes.
        const body = response.content['application/json'] as { schema: ProblemSchema };
        const codes = body.schema.allOf?.[1]?.properties.code.enum ?? [];
        response.description = `${STATUS_TEXT[Number(status)] ?? response.description} (${codes.join(', ')})`;
        response.content = { 'application/problem+json': body };
      }
      // A plan write checks the version its client read (the plan's ETag).
      if (op.responses?.['409']?.description?.includes('STALE_VERSION')) {
        op.parameters = [
          ...((op.parameters as unknown[]) ?? []),
          {
            name: 'If-Match',
            in: 'header',
            required: false,
            description: 'The plan version the change is based on (the ETag of GET /api/plans/{id}): `"3"`',
            schema: { type: 'string' },
          },
        ];
      }
      if (meta.degradedStatus && op.responses?.['200']) {
        op.responses[meta.degradedStatus] = {
          description: 'The database is down: the same body, with `status: degraded`',
          content: op.responses['200'].content,
        };
      }
    }
  }
  return paths;
}

/** Every route of the document as `{method, path, summary, public}` (`get`, `/api/plans/{id}`). */
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
  const paths = await contractPaths();
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
