import { buildOpenApiDocument, routeList } from '../src/modules/docs/openapi.js';
import { type TestApp, startTestApp } from './support/test-app.js';

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
