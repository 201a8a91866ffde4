import { type TestApp, startTestApp } from './support/test-app.js';

describe('health and docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database as up', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database.up).toBe(true);
  });

  it('serves OpenAPI generated from the contracts, naming every route', async () => {
    const res = await t.request('GET', '/api/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/plans/{id}/cascade', '/api/units/import', '/api/plans/{id}/compliance']),
    );
    const create = res.body.paths['/api/plans'].post.requestBody.content['application/json'].schema;
    expect(create).toEqual({ $ref: '#/components/schemas/CreatePlanRequest' });
    expect(res.body.components.schemas.CreatePlanRequest.required).toEqual(
      expect.arrayContaining(['unitCode', 'year', 'title']),
    );
    const page = await t.request('GET', '/api/docs');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.text).toContain('/api/plans/{id}/confirm');
  });

  it('answers an unknown route with problem+json', async () => {
    const res = await t.request('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('NOT_FOUND');
    expect(res.body.requestId).toBeTruthy();
  });
});
