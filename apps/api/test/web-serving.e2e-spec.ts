import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type TestApp, startTestApp } from './support/test-app.js';

/**
 * The built web app as a district's slow link gets it: compressed, and its
 * hashed files kept by the browser for good while the page itself is asked
 * for again (a new build then reaches everyone at once).
 */
describe('serving the web app', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-web-'));
  const script = `console.log(${JSON.stringify('Kế hoạch cải cách hành chính '.repeat(200))});`;
  let t: TestApp;
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><title>cchc</title><div id="root"></div>',
    );
    fs.writeFileSync(path.join(dist, 'assets', 'index-3f9a1c2b.js'), script);
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestApp({ app: { webDist: dist } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  /** fetch decompresses by itself; the headers say what went over the wire. */
  const get = (url: string, encoding = 'gzip') =>
    fetch(`${t.url}${url}`, { headers: { 'accept-encoding': encoding } });

  it('sends the JavaScript gzip-compressed, and keeps hashed assets immutable', async () => {
    const res = await get('/assets/index-3f9a1c2b.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe(script);
    // Without Accept-Encoding it goes as it is.
    const plain = await get('/assets/index-3f9a1c2b.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('asks for the page and other files again each time, so a new build is seen at once', async () => {
    for (const url of ['/', '/plans/0190f3b4-0000-7000-8000-000000000000', '/favicon.svg']) {
      const res = await get(url);
      expect({ url, status: res.status, cache: res.headers.get('cache-control') }).toEqual({
        url,
        status: 200,
        cache: 'no-cache',
      });
    }
  });

  it('compresses large API answers too, and never lets them be cached', async () => {
    const res = await get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(((await res.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });
});
