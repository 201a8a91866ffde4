import type { TestApp, TestResponse } from './test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

/** The body of a successful answer; fails with the whole answer otherwise. */
export function ok(res: TestResponse, status = 200): Json {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`);
  return res.body;
}

/** A problem+json refusal with this status and code; returns its body. */
export function expectProblem(res: TestResponse, status: number, code: string): Json {
  if (res.status !== status || res.body?.code !== code) {
    throw new Error(`expected ${status} ${code}, got ${res.status}: ${res.text}`);
  }
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
  expect(res.body.requestId).toBeTruthy();
  return res.body;
}

/** A 400 VALIDATION_FAILED; returns the fields it names (each once), sorted. */
export function expectInvalid(res: TestResponse): string[] {
  const body = expectProblem(res, 400, 'VALIDATION_FAILED');
  expect(body.errors.length).toBeGreaterThan(0);
  for (const e of body.errors) expect(e.message).toEqual(expect.any(String));
  return [...new Set<string>(body.errors.map((e: { field: string }) => e.field))].sort();
}

export const getPlan = async (t: TestApp, id: string): Promise<Json> =>
  ok(await t.request('GET', `/api/plans/${id}`));

/** Every target of a plan response, whatever its area. */
export const targetsOf = (plan: Json): Json[] => plan.areas.flatMap((a: Json) => a.targets);
export const tasksOf = (plan: Json): Json[] => plan.areas.flatMap((a: Json) => a.tasks);

export function targetIn(plan: Json, code: string): Json {
  const found = targetsOf(plan).find((x) => x.code === code);
  if (!found) throw new Error(`plan ${plan.id} has no target ${code}`);
  return found;
}

/** Asserts that a refused request left the plan exactly as it was (version, values, tasks). */
export async function expectPlanUnchanged(t: TestApp, before: Json): Promise<void> {
  expect(await getPlan(t, before.id)).toEqual(before);
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A well-formed id no plan has. */
export const UNKNOWN_ID = '0190f3b4-0000-7000-8000-000000000000';
