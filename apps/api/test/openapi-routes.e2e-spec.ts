import { PLAN_TRANSITIONS, type PlanEvent } from '@cchc/domain';
import { buildOpenApiDocument, routeList } from '../src/modules/docs/openapi.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: the generated document is read field by field
type Json = any;

/** Routes that serve the documentation itself, not the API it documents. */
const UNDOCUMENTED = new Set(['get /api/docs', 'get /api/docs/openapi.json', 'get /api/docs/scalar.js']);

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** `get /api/plans/{id}` for every route Express serves (`:id` written as OpenAPI's `{id}`). */
function liveRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
  return express.router.stack
    .filter(
      (layer) =>
        layer.route &&
        typeof layer.route.path === 'string' &&
        layer.route.path.startsWith('/api') &&
        // Nest mounts module middleware (nestjs-pino's request logger) as a catch-all
        // route on every method: a middleware, not a route of the API.
        !layer.route.path.endsWith('{/*splat}'),
    )
    .flatMap((layer) =>
      Object.keys(layer.route?.methods ?? {})
        .filter((m) => m !== '_all')
        .map((m) => `${m} ${(layer.route?.path ?? '').replace(/:(\w+)/g, '{$1}')}`),
    )
    .filter((r) => !UNDOCUMENTED.has(r));
}

describe('the OpenAPI document and the live routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('name the same routes, in both directions', async () => {
    const live = liveRoutes(t).sort();
    const documented = routeList(await buildOpenApiDocument())
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(live.length).toBeGreaterThanOrEqual(25);
    expect({ missingFromDocument: live.filter((r) => !documented.includes(r)) }).toEqual({
      missingFromDocument: [],
    });
    expect({ notServed: documented.filter((r) => !live.includes(r)) }).toEqual({ notServed: [] });
  });
});

/** Each plan write and the lifecycle event it applies (PlanWriter: 'edit' unless said otherwise). */
const LIFECYCLE_EVENTS: Record<string, PlanEvent> = {
  'patch /api/plans/{id}': 'edit',
  'post /api/plans/{id}/targets': 'edit',
  'patch /api/plans/{id}/targets/{code}': 'edit',
  'delete /api/plans/{id}/targets/{code}': 'edit',
  'post /api/plans/{id}/tasks': 'edit',
  'post /api/plans/{id}/appendix': 'edit',
  'patch /api/plans/{id}/tasks/{taskId}': 'edit',
  'delete /api/plans/{id}/tasks/{taskId}': 'edit',
  'post /api/plans/{id}/cascade': 'cascade',
  'post /api/plans/{id}/confirm': 'confirm',
  'post /api/plans/{id}/issue': 'issue',
  'post /api/plans/{id}/amendments': 'amend',
};

describe('the OpenAPI document and the lifecycle table', () => {
  it('names, on every plan write, each refusal the table can answer for its event', async () => {
    const document = (await buildOpenApiDocument()) as unknown as {
      paths: Record<string, Record<string, { responses: Record<string, Json> }>>;
    };
    const documented = (route: string): string[] => {
      const [method, path] = route.split(' ') as [string, string];
      const op = document.paths[path]?.[method];
      if (!op) return [`(no route ${route})`];
      return Object.values(op.responses).flatMap(
        (r: Json) =>
          r.content?.['application/problem+json']?.schema?.allOf?.[1]?.properties?.code?.enum ?? [],
      );
    };
    const missing = Object.entries(LIFECYCLE_EVENTS).flatMap(([route, event]) => {
      const refusals = new Set(
        Object.values(PLAN_TRANSITIONS)
          .map((steps) => steps[event])
          .flatMap((step) => ('refused' in step ? [step.refused] : [])),
      );
      const codes = documented(route);
      return [...refusals].filter((code) => !codes.includes(code)).map((code) => `${route}: ${code}`);
    });
    expect(missing).toEqual([]);
  });
});
