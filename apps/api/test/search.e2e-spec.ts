import { expectInvalid, ok } from './support/expectations.js';
import { importProvince, createPlanWithTargets, percentTarget, planOf } from './support/fixtures.js';
import {
  NGA_NAM_ISSUE,
  cascade,
  confirmAndIssue,
  issuePlan,
  socTrangPlan,
} from './support/soc-trang-plan.js';
import { type TestApp, type TestRole, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

/**
 * GET /api/search over Sóc Trăng's 2024 plan (218/KH-UBND) issued and cascaded to its 11
 * districts and from Ngã Năm (948) to its 8 communes, and Trà Vinh's (84) own
 * plan: found with or without diacritics, only among the plans the reader may see.
 */
describe('search', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  const search = async (role: TestRole, unit: string | null, q: string, extra = '') => {
    const key = `${role}@${unit}`;
    if (!tokens.has(key)) tokens.set(key, await t.signIn(role, unit));
    return t.request(
      'GET',
      `/api/search?q=${encodeURIComponent(q)}${extra}`,
      undefined,
      bearer(tokens.get(key) as string),
    );
  };
  const found = async (role: TestRole, unit: string | null, q: string, extra = ''): Promise<Json[]> =>
    ok(await search(role, unit, q, extra));
  const units = (results: Json[]) => [...new Set(results.map((r) => r.unitCode))].sort();
  let province: Json;
  let ngaNam: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    await importProvince(t, '94');
    await importProvince(t, '84');
    province = await issuePlan(t, (await socTrangPlan(t)).id);
    ngaNam = planOf((await cascade(t, province.id)).plans, '948');
    await confirmAndIssue(t, ngaNam, NGA_NAM_ISSUE);
    await cascade(t, ngaNam);
    await createPlanWithTargets(t, '84', [
      percentTarget('TTHC-01', 95, { name: 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn' }),
    ]);
  });
  afterAll(() => t.close());

  it('finds Ngã Năm’s plan by its unit’s name, with or without diacritics, in any case', async () => {
    for (const q of ['ngã năm', 'nga nam', 'NGÃ NĂM', 'Ngã Năm'.normalize('NFD'), '  nga   nam ']) {
      const plans = (await found('officer', '94', q)).filter((r) => r.kind === 'plan');
      expect({ q, plans }).toEqual({
        q,
        plans: [
          {
            kind: 'plan',
            planId: ngaNam,
            planTitle: 'Kế hoạch Thực hiện cải cách hành chính năm 2024',
            year: 2024,
            unitCode: '948',
            unitName: 'Thị xã Ngã Năm',
            title: 'Kế hoạch Thực hiện cải cách hành chính năm 2024',
            // A derived plan has no number until the district issues it.
            code: '12/KH-UBND',
          },
        ],
      });
    }
  });

  it('finds a target by its name or its code, in every plan the reader sees, its own unit’s first', async () => {
    const results = await found('officer', '948', 'ty le ho so tthc giai quyet dung han', '&limit=100');
    expect(results.every((r) => r.kind === 'target' && r.code === 'TTHC-01')).toBe(true);
    expect(results.map((r) => r.title)).toEqual(results.map(() => 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn'));
    // Its own plan first, then the province's it derives from, then its communes'.
    expect(results.map((r) => r.unitCode)).toEqual([
      '948',
      '94',
      '31732',
      '31735',
      '31738',
      '31741',
      '31744',
      '31747',
      '31750',
      '31753',
    ]);
    expect(results[0].planId).toBe(ngaNam);
    const byCode = await found('officer', '948', 'dvc-02');
    expect(byCode[0]).toMatchObject({
      kind: 'target',
      code: 'DVC-02',
      title: 'Tỷ lệ số hóa kết quả giải quyết TTHC',
    });
  });

  it('finds a task by its title', async () => {
    const results = await found('officer', '94', 'don gian hoa thu tuc', '&limit=100');
    expect(results.length).toBe(1 + 11 + 8);
    expect(new Set(results.map((r) => `${r.kind} ${r.title} ${r.code}`))).toEqual(
      new Set(['task Rà soát, đơn giản hóa thủ tục hành chính null']),
    );
    expect(results[0]).toMatchObject({ unitCode: '94', planId: province.id });
  });

  it('finds a plan by its document number', async () => {
    const results = await found('officer', '941', '218/kh-ubnd');
    expect(results.map((r) => `${r.kind} ${r.unitCode} ${r.code}`)).toEqual(['plan 94 218/KH-UBND']);
  });

  it('shows a commune officer only its own plan and those its plan derives from', async () => {
    const results = await found('officer', '31732', 'tỷ lệ hồ sơ', '&limit=100');
    expect(units(results)).toEqual(['31732', '94', '948']);
    expect(results[0].unitCode).toBe('31732');
    // Another district's plan, and another province's, are not found at all.
    expect(await found('officer', '31732', 'ke sach')).toEqual([]);
    expect(await found('officer', '31732', 'tra vinh')).toEqual([]);
    expect((await found('officer', '943', 'ke sach')).map((r) => r.unitCode)).toEqual(['943']);
    // A province sees its own plans and never another province's.
    expect(units(await found('viewer', '94', 'tthc-01', '&limit=100'))).not.toContain('84');
    expect(units(await found('officer', '84', 'tthc-01', '&limit=100'))).toEqual(['84']);
    expect(units(await found('system_admin', null, 'tthc-01', '&limit=100'))).toContain('84');
  });

  it('takes LIKE wildcards literally and stops at the limit', async () => {
    expect(await found('officer', '94', '%%')).toEqual([]);
    expect(await found('officer', '94', '__')).toEqual([]);
    expect(await found('officer', '94', 'tthc', '&limit=3')).toHaveLength(3);
    expect(await found('officer', '94', 'tthc')).toHaveLength(20);
  });

  it('refuses a query too short, too long or of marks alone, naming the field', async () => {
    for (const q of ['', 'a', ' n ', 'x'.repeat(101), '\u0300\u0301']) {
      expect({ q, fields: expectInvalid(await search('officer', '94', q)) }).toEqual({
        q,
        fields: ['query.q'],
      });
    }
    expect(expectInvalid(await search('officer', '94', 'nga nam', '&limit=0'))).toEqual(['query.limit']);
    expect(expectInvalid(await search('officer', '94', 'nga nam', '&unit=948'))).toEqual(['query']);
    expect(
      (await t.request('GET', '/api/search?q=nga', undefined, { authorization: 'Bearer x' })).status,
    ).toBe(401);
  });

  it('has trigram indexes on the folded text (pg_trgm is there on the embedded PostgreSQL)', async () => {
    const indexes: { indexname: string }[] = await t.dataSource.query(
      `SELECT indexname FROM pg_indexes WHERE indexname LIKE '%search%' ORDER BY indexname`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual([
      'plans_search_idx',
      'targets_search_idx',
      'tasks_search_idx',
      'units_search_name_idx',
    ]);
    // The query's expression is the index's: PostgreSQL can use it (with scans made dear).
    const plan = await t.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await m.query(
        `EXPLAIN SELECT 1 FROM targets t WHERE cchc_fold_vi(t.code || ' ' || t.name) LIKE '%ho so%'`,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('targets_search_idx');
  });
});
