import { apiRoutes } from '@cchc/contracts';
import { ApiError, callApi, fetchApiFile, fileNameOf, routeUrl } from './api-client';

const PLAN_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

/** The request the stubbed fetch saw, and what it answers. */
let seen: { url: string; init: RequestInit } | null;
let answer: () => Response;
const realFetch = globalThis.fetch;

beforeEach(() => {
  seen = null;
  answer = () => new Response(null, { status: 204 });
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    seen = { url, init };
    return answer();
  }) as typeof fetch;
});

afterAll(() => {
  globalThis.fetch = realFetch;
});

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

const headers = () => (seen?.init.headers ?? {}) as Record<string, string>;

describe('callApi', () => {
  it('fills and encodes the path parameters, without doubling /api', async () => {
    await callApi(apiRoutes.plans.deleteTarget, { params: { id: PLAN_ID, code: 'A/1 b' } }, { ifMatch: 3 });
    expect(seen?.url).toBe(`/api/plans/${PLAN_ID}/targets/A%2F1%20b`);
    expect(seen?.init.method).toBe('DELETE');
    expect(seen?.init.body).toBeUndefined();
  });

  it('adds the query string from the defined values only', async () => {
    answer = () => json(200, []);
    await callApi(apiRoutes.units.list, { query: { parent: '79', q: undefined, limit: 50 } });
    expect(seen?.url).toBe('/api/units?parent=79&limit=50');
    await callApi(apiRoutes.units.list);
    expect(seen?.url).toBe('/api/units');
  });

  it('sends the body as JSON and the plan version as If-Match, never cached, with the cookie', async () => {
    answer = () => json(200, { code: '1.1' });
    const target = await callApi(
      apiRoutes.plans.updateTarget,
      { params: { id: PLAN_ID, code: '1.1' }, body: { value: 90 } },
      { ifMatch: 7 },
    );
    expect(target).toEqual({ code: '1.1' });
    expect(seen?.init.method).toBe('PATCH');
    expect(seen?.init.body).toBe('{"value":90}');
    expect(headers()).toEqual({
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'If-Match': '"7"',
    });
    expect(seen?.init.cache).toBe('no-store');
    expect(seen?.init.credentials).toBe('same-origin');
  });

  it('sends no Content-Type nor If-Match when there is neither a body nor a version', async () => {
    answer = () => json(200, {});
    await callApi(apiRoutes.plans.get, { params: { id: PLAN_ID } });
    expect(headers()).toEqual({ Accept: 'application/json' });
  });

  it('answers undefined for a 204', async () => {
    await expect(callApi(apiRoutes.auth.logout)).resolves.toBeUndefined();
    expect(seen?.url).toBe('/api/auth/logout');
    expect(seen?.init.method).toBe('POST');
  });

  it('turns a problem+json refusal into an ApiError with its code', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'the plan changed',
      code: 'STALE_VERSION',
      currentVersion: 8,
    };
    answer = () => json(409, problem, 'application/problem+json');
    const error = await callApi(
      apiRoutes.plans.update,
      { params: { id: PLAN_ID }, body: { title: 'x' } },
      { ifMatch: 7 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'STALE_VERSION', problem });
    expect((error as ApiError).message).toBe(`PATCH /api/plans/${PLAN_ID}: 409 the plan changed`);
  });

  it('gives a refusal without problem details status and no problem', async () => {
    answer = () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    const error = await callApi(apiRoutes.auth.me).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, problem: null, code: null });
  });

  it('reports an unreachable server as status 0, and rethrows an abort as it is', async () => {
    globalThis.fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expect(callApi(apiRoutes.users.list)).rejects.toMatchObject({
      status: 0,
      problem: null,
      message: 'GET /api/users: network error',
    });

    const controller = new AbortController();
    const abort = new DOMException('aborted', 'AbortError');
    globalThis.fetch = (async () => {
      controller.abort();
      throw abort;
    }) as typeof fetch;
    await expect(callApi(apiRoutes.users.list, {}, { signal: controller.signal })).rejects.toBe(abort);
  });

  it('is typed from the contract (checked by tsc, not run)', () => {
    const typed = () => {
      // @ts-expect-error: the plan's id goes in params, not in the body
      void callApi(apiRoutes.plans.get, { body: { id: PLAN_ID } });
      void callApi(apiRoutes.plans.updateTarget, {
        params: { id: PLAN_ID, code: '1' },
        // @ts-expect-error: a target's value is a number or a string, not a boolean
        body: { value: true },
      });
      // The answer is the contract's: a plan has a version; a 204 answers nothing.
      const version: Promise<number> = callApi(apiRoutes.plans.get, { params: { id: PLAN_ID } }).then(
        (plan) => plan.version,
      );
      const nothing: Promise<void> = callApi(apiRoutes.users.remove, { params: { id: PLAN_ID } });
      return [version, nothing];
    };
    expect(typeof typed).toBe('function');
  });
});

describe('files', () => {
  it("sends a file as it is, with the route's media type", async () => {
    answer = () => json(200, { dryRun: true });
    const file = new Blob([new Uint8Array([0x50, 0x4b, 3, 4])]);
    await callApi(
      apiRoutes.documents.importAppendix,
      { params: { id: PLAN_ID }, query: { dryRun: 'true' }, body: file },
      { ifMatch: 4 },
    );
    expect(seen?.url).toBe(`/api/plans/${PLAN_ID}/appendix?dryRun=true`);
    expect(seen?.init.body).toBe(file);
    expect(headers()['Content-Type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(headers()['If-Match']).toBe('"4"');
  });

  it('gives the address a download link points at, with the issued version', () => {
    expect(routeUrl(apiRoutes.documents.document, { params: { id: PLAN_ID }, query: { version: 2 } })).toBe(
      `/api/plans/${PLAN_ID}/document.docx?version=2`,
    );
    expect(routeUrl(apiRoutes.documents.appendix, { params: { id: PLAN_ID } })).toBe(
      `/api/plans/${PLAN_ID}/appendix.xlsx`,
    );
  });

  it('fetches a produced file with its name, and turns a 503 into an ApiError with its code', async () => {
    answer = () =>
      new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
        status: 200,
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="ke-hoach.pdf"; filename*=UTF-8''k%E1%BA%BF-ho%E1%BA%A1ch.pdf`,
        },
      });
    const file = await fetchApiFile(apiRoutes.documents.documentPdf, { params: { id: PLAN_ID } });
    expect(file.fileName).toBe('kế-hoạch.pdf');
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));

    answer = () =>
      json(
        503,
        {
          type: 'about:blank',
          title: 'x',
          status: 503,
          detail: 'no soffice',
          code: 'DOCUMENT_CONVERTER_UNAVAILABLE',
        },
        'application/problem+json',
      );
    await expect(
      fetchApiFile(apiRoutes.documents.documentPdf, { params: { id: PLAN_ID } }),
    ).rejects.toMatchObject({ status: 503, code: 'DOCUMENT_CONVERTER_UNAVAILABLE' });
  });

  it('reads the file name of a Content-Disposition header', () => {
    expect(fileNameOf('attachment; filename="phu-luc-947-2024.xlsx"')).toBe('phu-luc-947-2024.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''ph%E1%BB%A5%20l%E1%BB%A5c.xlsx")).toBe('phụ lục.xlsx');
    expect(fileNameOf('attachment; filename=plain.docx')).toBe('plain.docx');
    expect(fileNameOf('attachment')).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});
