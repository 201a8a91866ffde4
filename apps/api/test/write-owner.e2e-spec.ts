import { bearer } from './support/test-app.js';
import { getPlan, ok } from './support/expectations.js';
import { importProvince, planOf } from './support/fixtures.js';
import {
  NGA_NAM_COMMUNES,
  NGA_NAM_ISSUE,
  PROVINCE_ISSUE,
  cascade,
  compliance,
  confirmAndIssue,
  issuePlan,
  socTrangPlan,
} from './support/soc-trang-plan.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

/** Every plan write goes through one owner: history in the same transaction, locks in one order. */
describe('the plan write owner', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await importProvince(t, '94');
  });

  it('a change whose history cannot be written does not happen', async () => {
    const province = await socTrangPlan(t);
    // Make the audit log refuse this one entry, as a full disk or a bad row would.
    await t.dataSource.query(`
      CREATE FUNCTION refuse_plan_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'plan_updated' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_plan_updated BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_plan_updated();`);
    try {
      const before = await getPlan(t, province.id);
      const res = await t.request('PATCH', `/api/plans/${province.id}`, { objectives: 'Không được ghi' });
      expect(res.status).toBe(500);
      expect(await getPlan(t, province.id)).toEqual(before);
    } finally {
      await t.dataSource.query(
        'DROP TRIGGER refuse_plan_updated ON audit_log; DROP FUNCTION refuse_plan_updated();',
      );
    }
  });

  it('a cascade commits its children with their history and its outbox entry, or nothing', async () => {
    const province = await issuePlan(t, (await socTrangPlan(t)).id);
    const { plans } = await cascade(t, province.id);
    expect(plans).toHaveLength(11);
    // Whatever happens after the commit (kill -9 included), no child plan is without its entry.
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM plans p
       WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.plan_id = p.id)`,
    );
    expect(n).toBe(0);
    const outbox = await t.dataSource.query(
      `SELECT payload->>'action' AS action FROM outbox WHERE plan_id = $1 ORDER BY id`,
      [province.id],
    );
    expect(outbox.map((r: Json) => r.action)).toContain('plan_cascaded');
  });

  it('the outbox relay publishes every committed change once', async () => {
    const province = await issuePlan(t, (await socTrangPlan(t)).id);
    await cascade(t, province.id);
    // The relay runs right after each commit; give it a moment.
    for (let i = 0; i < 50; i++) {
      const [{ waiting }] = await t.dataSource.query(
        'SELECT count(*)::int AS waiting FROM outbox WHERE published_at IS NULL',
      );
      if (waiting === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const [{ waiting, total }] = await t.dataSource.query(
      'SELECT count(*) FILTER (WHERE published_at IS NULL)::int AS waiting, count(*)::int AS total FROM outbox',
    );
    expect(total).toBeGreaterThan(0);
    expect(waiting).toBe(0);
  });

  it('50 parallel cascades, confirmations, patches, amendments and issues: no 5xx, and the result complies', async () => {
    const province = await issuePlan(t, (await socTrangPlan(t)).id);
    const ngaNam = planOf((await cascade(t, province.id)).plans, '948');
    await confirmAndIssue(t, ngaNam, NGA_NAM_ISSUE);
    const communes = (await cascade(t, ngaNam)).plans as { id: string; unitCode: string }[];
    expect(communes).toHaveLength(NGA_NAM_COMMUNES.length);
    const provinceOfficer = bearer(await t.signIn('officer', '94'));
    const districtOfficer = bearer(await t.signIn('officer', '948'));
    const communeOfficers = await Promise.all(
      communes.map(async (c) => bearer(await t.signIn('officer', c.unitCode))),
    );
    const province98 = ok(await t.request('GET', `/api/plans/${province.id}`));
    const code = province98.areas
      .flatMap((a: Json) => a.targets)
      .find((x: Json) => x.measure === 'percent').code;

    const writes: Promise<{ status: number; text: string; what: string }>[] = [];
    const send = (
      what: string,
      method: string,
      path: string,
      body: unknown,
      headers: Record<string, string>,
    ) =>
      writes.push(
        t.request(method, path, body, headers).then((r) => ({ status: r.status, text: r.text, what })),
      );
    const amend = { reason: 'Điều chỉnh' };
    const reissue = (n: number) => ({ ...PROVINCE_ISSUE, documentNumber: `${n}/KH-UBND` });
    for (let i = 0; i < 50; i++) {
      const commune = communes[i % communes.length] as { id: string };
      const communeOfficer = communeOfficers[i % communes.length] as Record<string, string>;
      // Each plan above is at whatever step the writes before left it: most refusals are the lifecycle's.
      switch (i % 9) {
        case 5:
          send('amend province', 'POST', `/api/plans/${province.id}/amendments`, amend, provinceOfficer);
          break;
        case 6:
          send('issue province', 'POST', `/api/plans/${province.id}/issue`, reissue(i), provinceOfficer);
          break;
        case 7:
          send('amend district', 'POST', `/api/plans/${ngaNam}/amendments`, amend, districtOfficer);
          break;
        case 8:
          send('issue district', 'POST', `/api/plans/${ngaNam}/issue`, reissue(i), districtOfficer);
          break;
        case 0:
          send('cascade province', 'POST', `/api/plans/${province.id}/cascade`, {}, provinceOfficer);
          break;
        case 1:
          send('cascade district', 'POST', `/api/plans/${ngaNam}/cascade`, {}, districtOfficer);
          break;
        case 2:
          send('confirm commune', 'POST', `/api/plans/${commune.id}/confirm`, {}, communeOfficer);
          break;
        case 3:
          send(
            'raise district',
            'PATCH',
            `/api/plans/${ngaNam}/targets/${code}`,
            { value: 99 },
            districtOfficer,
          );
          break;
        default:
          send(
            'raise province',
            'PATCH',
            `/api/plans/${province.id}/targets/${code}`,
            { value: 98.5 },
            provinceOfficer,
          );
      }
    }
    const results = await Promise.all(writes);
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    // Every answer is a success or a clean refusal (a commune below a floor raised meanwhile, a retry that gave up).
    for (const r of results) expect([200, 201, 204, 409, 422]).toContain(r.status);
    // Once the dust settles, each level issues what it has and cascades once more: all in line.
    const settle = async (planId: string) => {
      const { status } = await getPlan(t, planId);
      if (status === 'derived') ok(await t.request('POST', `/api/plans/${planId}/confirm`, {}));
      if (status !== 'issued') await issuePlan(t, planId, reissue(99));
      await cascade(t, planId);
    };
    await settle(province.id);
    await settle(ngaNam);
    expect(await compliance(t, province.id)).toEqual([]);
  }, 120_000);
});
