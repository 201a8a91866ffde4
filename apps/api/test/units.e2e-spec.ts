import { provinceUnitsCsv } from '../src/modules/units/infrastructure/unit-files.js';
import { expectInvalid, expectProblem, ok } from './support/expectations.js';
import { UNITS_2024, UNITS_2025, importProvince, planOf } from './support/fixtures.js';
import {
  SOC_TRANG_DISTRICTS,
  cascade,
  confirmAndIssue,
  issuePlan,
  socTrangPlan,
} from './support/soc-trang-plan.js';
import { type TestApp, startTestApp } from './support/test-app.js';

const HEADER = 'code,name,type,level,parent_code';
const SOC_TRANG = provinceUnitsCsv(UNITS_2024, '94');
/** Sóc Trăng: the province, 11 districts and 108 communes. */
const SOC_TRANG_UNITS = 120;
const NGA_NAM_COMMUNES = ['31732', '31735', '31738', '31741', '31744', '31747', '31750', '31753'];

const rowsOf = (csv: string) => csv.trim().split('\n').length - 1;

describe('units', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** What a user sees of the stored units of Sóc Trăng, to prove a refusal changed nothing. */
  async function socTrangAsSeen() {
    const provinces = ok(await t.request('GET', '/api/units'));
    const districts = ok(await t.request('GET', '/api/units?parent=94'));
    const communes = [];
    for (const d of districts) communes.push(...ok(await t.request('GET', `/api/units?parent=${d.code}`)));
    return { provinces, districts, communes };
  }

  describe('import', () => {
    beforeEach(() => t.reset());

    it('creates every unit of a file, and a second import of it changes nothing', async () => {
      expect(rowsOf(SOC_TRANG)).toBe(SOC_TRANG_UNITS);
      const first = await t.request('POST', '/api/units/import', SOC_TRANG);
      expect(ok(first)).toEqual({ total: 120, created: 120, updated: 0, unchanged: 0 });
      const seen = await socTrangAsSeen();
      expect(seen.provinces.map((u: { code: string }) => u.code)).toEqual(['94']);
      expect(seen.districts).toHaveLength(11);
      expect(seen.communes).toHaveLength(108);

      const second = await t.request('POST', '/api/units/import', SOC_TRANG);
      expect(ok(second)).toEqual({ total: 120, created: 0, updated: 0, unchanged: 120 });
      expect(await socTrangAsSeen()).toEqual(seen);
    });

    it('counts renamed and moved units as updated and new ones as created', async () => {
      await importProvince(t, '94');
      const changed = SOC_TRANG.replace(
        '948,Ngã Năm,Thị xã,district,94',
        '948,Ngã Năm Mới,Thị xã,district,94',
      )
        .replace('31741,Tân Long,Xã,commune,948', '31741,Tân Long,Xã,commune,949')
        .concat('\n99990,Thử Nghiệm,Xã,commune,948\n');
      expect(ok(await t.request('POST', '/api/units/import', changed))).toEqual({
        total: 121,
        created: 1,
        updated: 2,
        unchanged: 118,
      });
      const ngaNam = ok(await t.request('GET', '/api/units/948'));
      expect(ngaNam).toMatchObject({ name: 'Ngã Năm Mới', fullName: 'Thị xã Ngã Năm Mới', childCount: 8 });
      const moved = ok(await t.request('GET', '/api/units/31741'));
      expect(moved.parentCode).toBe('949');
      expect(moved.ancestors.map((a: { code: string }) => a.code)).toEqual(['94', '949']);
      const added = ok(await t.request('GET', '/api/units/99990'));
      expect(added).toMatchObject({ fullName: 'Xã Thử Nghiệm', level: 'commune', provinceCode: '94' });
    });

    it('reads Windows line ends and a byte-order mark alike', async () => {
      await importProvince(t, '94');
      const windows = `\uFEFF${SOC_TRANG.replace(/\n/g, '\r\n')}\r\n`;
      expect(ok(await t.request('POST', '/api/units/import', windows))).toEqual({
        total: 120,
        created: 0,
        updated: 0,
        unchanged: 120,
      });
    });

    it('reads a quoted name holding a comma or doubled quotes, in a file with a BOM and CRLF', async () => {
      await importProvince(t, '94');
      const file = `\uFEFF${[
        HEADER,
        '99990, "Thị trấn Châu Thành, huyện Châu Thành" ,Thị trấn,commune,948',
        '99991,"Xã ""Mới""",Xã,commune,948',
      ].join('\r\n')}\r\n`;
      expect(ok(await t.request('POST', '/api/units/import', file))).toEqual({
        total: 2,
        created: 2,
        updated: 0,
        unchanged: 0,
      });
      expect(ok(await t.request('GET', '/api/units/99990'))).toMatchObject({
        name: 'Thị trấn Châu Thành, huyện Châu Thành',
        type: 'Thị trấn',
        parentCode: '948',
      });
      expect(ok(await t.request('GET', '/api/units/99991')).name).toBe('Xã "Mới"');
    });

    it('keeps a name holding a comma quoted when it takes one province out of a unit file', async () => {
      const country = `${HEADER}\n94,Sóc Trăng,Tỉnh,province,\n948,"Ngã Năm, Mới",Thị xã,district,94\n93,Hậu Giang,Tỉnh,province,\n`;
      const extract = provinceUnitsCsv(country, '94');
      expect(extract).toBe(`${HEADER}\n94,Sóc Trăng,Tỉnh,province,\n948,"Ngã Năm, Mới",Thị xã,district,94\n`);
      ok(await t.request('POST', '/api/units/import', extract));
      expect(ok(await t.request('GET', '/api/units/948')).name).toBe('Ngã Năm, Mới');
    });

    it('refuses a file with a quote never closed, naming the line it opens on, and stores nothing', async () => {
      await importProvince(t, '94');
      const before = await socTrangAsSeen();
      const file = [
        HEADER,
        '99990,Mới,Xã,commune,948',
        '',
        '99991,"Xã Chưa Đóng,Xã,commune,948',
        '99992,Khác,Xã,commune,948',
      ].join('\n');
      const body = expectProblem(
        await t.request('POST', '/api/units/import', file),
        400,
        'UNITS_IMPORT_INVALID',
      );
      expect(body.errors).toEqual([{ field: 'line 4', message: expect.stringContaining('never closed') }]);
      const stray = expectProblem(
        await t.request('POST', '/api/units/import', `${HEADER}\n99990,"Mới"x,Xã,commune,948\n`),
        400,
        'UNITS_IMPORT_INVALID',
      );
      expect(stray.errors).toEqual([{ field: 'line 2', message: expect.stringContaining('not valid CSV') }]);
      expect(await socTrangAsSeen()).toEqual(before);
    });

    it('moves the whole subtree to the new province when a district changes province', async () => {
      await importProvince(t, '94');
      await importProvince(t, '93');
      const res = await t.request('POST', '/api/units/import', `${HEADER}\n948,Ngã Năm,Thị xã,district,93\n`);
      expect(ok(res)).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0 });
      expect(ok(await t.request('GET', '/api/units/948')).provinceCode).toBe('93');
      const commune = ok(await t.request('GET', '/api/units/31732'));
      expect(commune.ancestors.map((a: { code: string }) => a.code)).toEqual(['93', '948']);
      expect(commune.provinceCode).toBe('93');
    });

    it('rejects a file with bad lines whole, naming each line and why, and stores nothing of it', async () => {
      await importProvince(t, '94');
      const before = await socTrangAsSeen();
      const file = [
        HEADER,
        '99990,Mới,Xã,commune,948', // 2: valid, must not be stored
        '948,Ngã Năm Đổi Tên,Thị xã,district,94', // 3: valid rename, must not be applied
        '99991,Xã Lạ,Xã,commune,999', // 4: unknown parent
        '99992,Sai Cấp,Xã,hamlet,948', // 5: bad level
        '99990,Lặp Mã,Xã,commune,948', // 6: duplicate of line 2
        '99993,Thiếu Cột,Xã', // 7: wrong column count
        '99994,Tỉnh Có Cha,Tỉnh,province,94', // 8: a province with a parent
        '9999,Mã Sai,Xã,commune,948', // 9: not an official code
        '949,Huyện Dưới Xã,Huyện,district,31732', // 10: a district under a commune
        '99995,Không Cha,Xã,commune,', // 11: a commune without a parent
        '99996,Thừa,Cột,Xã,commune,948', // 12: wrong column count
      ].join('\n');
      const res = await t.request('POST', '/api/units/import', file);
      const body = expectProblem(res, 400, 'UNITS_IMPORT_INVALID');
      expect(body.errors).toEqual([
        { field: 'line 4', message: expect.stringContaining('unknown parent 999') },
        { field: 'line 5', message: expect.stringContaining('"hamlet"') },
        { field: 'line 6', message: expect.stringMatching(/duplicate code 99990 .*line 2/) },
        { field: 'line 7', message: expect.stringContaining('expected 5 columns, found 3') },
        { field: 'line 8', message: expect.stringContaining('province has no parent') },
        { field: 'line 9', message: expect.stringContaining('"9999"') },
        { field: 'line 10', message: expect.stringContaining('district cannot sit under a commune') },
        { field: 'line 11', message: expect.stringContaining('needs a parent_code') },
        { field: 'line 12', message: expect.stringContaining('expected 5 columns, found 6') },
      ]);
      expect(body.detail).toMatch(/9 bad line/);

      expect(await socTrangAsSeen()).toEqual(before);
      expect(ok(await t.request('GET', '/api/units/948')).name).toBe('Ngã Năm');
      expectProblem(await t.request('GET', '/api/units/99990'), 404, 'NOT_FOUND');
      expect(ok(await t.request('POST', '/api/units/import', SOC_TRANG)).unchanged).toBe(120);
    });

    /** The answer to an import, or a failure if it takes longer than `ms` (a hung request). */
    async function importWithin(ms: number, csv: string) {
      let timer: NodeJS.Timeout | undefined;
      const hung = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the import did not answer within ${ms} ms`)), ms);
      });
      try {
        return await Promise.race([t.request('POST', '/api/units/import', csv), hung]);
      } finally {
        clearTimeout(timer);
      }
    }

    it('refuses, fast, a file that makes a unit its own ancestor, and changes nothing', async () => {
      await importProvince(t, '94');
      const before = await socTrangAsSeen();
      const started = performance.now();
      const res = await importWithin(
        10_000,
        `${HEADER}\n31732,Một,Phường,commune,948\n94,Sóc Trăng,Tỉnh,commune,948\n`,
      );
      expect(performance.now() - started).toBeLessThan(5_000);
      const body = expectProblem(res, 400, 'UNITS_IMPORT_INVALID');
      expect(body.errors).toEqual([
        { field: 'line 3', message: expect.stringContaining('cycle: 94 → 948 → 94') },
      ]);
      expect(await socTrangAsSeen()).toEqual(before);
      expect(ok(await t.request('GET', '/api/units/94'))).toMatchObject({
        level: 'province',
        parentCode: null,
      });
      expect(ok(await t.request('GET', '/api/units/31732')).name).toBe('1');
    });

    it('refuses a file that would leave a unit under its own level, naming the line, and changes nothing', async () => {
      await importProvince(t, '94');
      await importProvince(t, '95');
      const before = await socTrangAsSeen();
      // Sóc Trăng as a district of Bạc Liêu: its districts would sit under a district, four levels deep.
      const fourLevels = expectProblem(
        await importWithin(10_000, `${HEADER}\n99990,Mới,Xã,commune,941\n94,Sóc Trăng,Tỉnh,district,95\n`),
        400,
        'UNITS_IMPORT_INVALID',
      );
      expect(fourLevels.errors).toEqual([
        {
          field: 'line 3',
          message: expect.stringMatching(
            /district 941, 942, 943, 944, 945 and 6 more .*district cannot sit under a district/,
          ),
        },
      ]);
      // Ngã Năm as a commune: its eight communes would sit under a commune.
      const communeOverCommunes = expectProblem(
        await importWithin(10_000, `${HEADER}\n948,Ngã Năm,Thị xã,commune,94\n`),
        400,
        'UNITS_IMPORT_INVALID',
      );
      expect(communeOverCommunes.errors).toEqual([
        { field: 'line 2', message: expect.stringContaining('commune cannot sit under a commune') },
      ]);
      expect(await socTrangAsSeen()).toEqual(before);
      expect(ok(await t.request('GET', '/api/units/95')).childCount).toBe(7);
      expectProblem(await t.request('GET', '/api/units/99990'), 404, 'NOT_FOUND');
    });

    /** province_code of every row the units own, by table and unit. */
    async function provincesOwned(units: string[]) {
      const rows: { what: string; unit: string; province: string }[] = await t.dataSource.query(
        `SELECT 'plan' AS what, p.unit_code AS unit, p.province_code AS province FROM plans p WHERE p.unit_code = ANY($1)
         UNION SELECT 'target', p.unit_code, x.province_code FROM targets x JOIN plans p ON p.id = x.plan_id WHERE p.unit_code = ANY($1)
         UNION SELECT 'task', p.unit_code, x.province_code FROM tasks x JOIN plans p ON p.id = x.plan_id WHERE p.unit_code = ANY($1)
         UNION SELECT 'user', x.unit_code, x.province_code FROM users x WHERE x.unit_code = ANY($1)
         ORDER BY 1, 2, 3`,
        [units],
      );
      return rows.map((r) => `${r.what} ${r.unit} ${r.province}`);
    }
    const owned = (units: string[], province: string) =>
      ['plan', 'target', 'task', 'user']
        .flatMap((what) => units.map((u) => `${what} ${u} ${province}`))
        .sort();

    it('moves the plans, targets, tasks and users of a district and all below it with the district to another province', async () => {
      await importProvince(t, '94');
      await importProvince(t, '93');
      const province = await issuePlan(t, (await socTrangPlan(t)).id);
      const districts = await cascade(t, province.id);
      for (const district of ['948', '949']) {
        await confirmAndIssue(t, planOf(districts.plans, district));
        await cascade(t, planOf(districts.plans, district));
      }
      for (const unit of ['94', '948', '949', ...NGA_NAM_COMMUNES]) await t.signIn('officer', unit);
      const ngaNam = ['948', ...NGA_NAM_COMMUNES].sort();
      expect(await provincesOwned(ngaNam)).toEqual(owned(ngaNam, '94'));
      const elsewhere = await provincesOwned(['94', '949', '31756']);

      const res = await t.request('POST', '/api/units/import', `${HEADER}\n948,Ngã Năm,Thị xã,district,93\n`);
      expect(ok(res)).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0 });
      expect(await provincesOwned(ngaNam)).toEqual(owned(ngaNam, '93'));
      expect(await provincesOwned(['94', '949', '31756'])).toEqual(elsewhere);
      expect(elsewhere.every((row) => row.endsWith(' 94'))).toBe(true);
    });

    it('takes a commune straight under a province, of another province too, with its plan', async () => {
      await importProvince(t, '94');
      await importProvince(t, '93');
      const province = await issuePlan(t, (await socTrangPlan(t)).id);
      const ngaNam = planOf((await cascade(t, province.id)).plans, '948');
      await confirmAndIssue(t, ngaNam);
      await cascade(t, ngaNam);
      const res = await t.request(
        'POST',
        '/api/units/import',
        `${HEADER}\n31732,1,Phường,commune,94\n31735,2,Phường,commune,93\n`,
      );
      expect(ok(res)).toEqual({ total: 2, created: 0, updated: 2, unchanged: 0 });
      const moved = ok(await t.request('GET', '/api/units/31735'));
      expect(moved).toMatchObject({ parentCode: '93', provinceCode: '93' });
      expect(moved.ancestors.map((a: { code: string }) => a.code)).toEqual(['93']);
      expect(
        ok(await t.request('GET', '/api/units/31732')).ancestors.map((a: { code: string }) => a.code),
      ).toEqual(['94']);
      expect(await provincesOwned(['31735'])).toEqual(
        owned(['31735'], '93').filter((row) => !row.startsWith('user')),
      );
      expect(await provincesOwned(['31732'])).toEqual(
        owned(['31732'], '94').filter((row) => !row.startsWith('user')),
      );
    });

    it('rejects a file whose header is not the unit file header, and an empty file', async () => {
      await importProvince(t, '94');
      const before = await socTrangAsSeen();
      const semicolons = SOC_TRANG.replace(HEADER, 'code;name;type;level;parent_code');
      const bad = expectProblem(
        await t.request('POST', '/api/units/import', semicolons),
        400,
        'UNITS_IMPORT_INVALID',
      );
      expect(bad.errors).toEqual([{ field: 'line 1', message: expect.stringContaining(HEADER) }]);
      const reordered = SOC_TRANG.replace(HEADER, 'name,code,type,level,parent_code');
      expectProblem(await t.request('POST', '/api/units/import', reordered), 400, 'UNITS_IMPORT_INVALID');
      const empty = expectProblem(
        await t.request('POST', '/api/units/import', `${HEADER}\n`),
        400,
        'UNITS_IMPORT_INVALID',
      );
      expect(empty.errors).toEqual([{ field: 'line 2', message: expect.stringContaining('no units') }]);
      expect(await socTrangAsSeen()).toEqual(before);
    });

    it('refuses a unit file not sent as text/csv', async () => {
      const asText = await t.request('POST', '/api/units/import', SOC_TRANG, {
        'content-type': 'text/plain',
      });
      expectProblem(asText, 415, 'UNSUPPORTED_MEDIA_TYPE');
      const asJson = await t.request('POST', '/api/units/import', { csv: SOC_TRANG });
      expect(expectInvalid(asJson)).toEqual(['body']);
      const asXml = await t.request('POST', '/api/units/import', SOC_TRANG, {
        'content-type': 'application/xml',
      });
      expectProblem(asXml, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(ok(await t.request('GET', '/api/units'))).toEqual([]);
    });

    it('refuses a unit file larger than the limit with 413', async () => {
      const padding = Array.from(
        { length: 60_000 },
        (_, i) => `99${String(i).padStart(3, '0')},${'x'.repeat(90)},Xã,commune,948`,
      );
      const huge = [SOC_TRANG, ...padding].join('\n');
      expect(huge.length).toBeGreaterThan(5 * 1024 * 1024);
      expectProblem(await t.request('POST', '/api/units/import', huge), 413, 'PAYLOAD_TOO_LARGE');
      expect(ok(await t.request('GET', '/api/units'))).toEqual([]);
    });

    it('imports the whole 2024 country (10,794 units, three tiers) in under 10 seconds', async () => {
      const started = performance.now();
      const res = await t.request('POST', '/api/units/import', UNITS_2024);
      const elapsed = performance.now() - started;
      expect(ok(res)).toEqual({ total: 10_794, created: 10_794, updated: 0, unchanged: 0 });
      expect(elapsed).toBeLessThan(10_000);

      const provinces = ok(await t.request('GET', '/api/units'));
      expect(provinces).toHaveLength(63);
      expect(provinces.every((p: { level: string }) => p.level === 'province')).toBe(true);
      expect(provinces.reduce((n: number, p: { childCount: number }) => n + p.childCount, 0)).toBe(696);
      const huongThuy = ok(await t.request('GET', '/api/units?parent=479'));
      expect(huongThuy).toHaveLength(10);

      const again = performance.now();
      expect(ok(await t.request('POST', '/api/units/import', UNITS_2024)).unchanged).toBe(10_794);
      expect(performance.now() - again).toBeLessThan(10_000);
    });

    it('imports the two-tier 2025 list: communes directly under their province', async () => {
      const res = await t.request('POST', '/api/units/import', UNITS_2025);
      expect(ok(res)).toEqual({ total: 3355, created: 3355, updated: 0, unchanged: 0 });
      const provinces = ok(await t.request('GET', '/api/units'));
      expect(provinces).toHaveLength(34);
      expect(provinces.find((p: { code: string }) => p.code === '92')).toMatchObject({
        fullName: 'Thành phố Cần Thơ',
        childCount: 103,
      });
      const canTho = ok(await t.request('GET', '/api/units?parent=92&limit=1000'));
      expect(canTho).toHaveLength(103);
      expect(new Set(canTho.map((u: { level: string }) => u.level))).toEqual(new Set(['commune']));
      const ngaNam = ok(await t.request('GET', '/api/units/31732'));
      expect(ngaNam).toMatchObject({
        fullName: 'Phường Ngã Năm',
        level: 'commune',
        parentCode: '92',
        provinceCode: '92',
      });
      expect(ngaNam.ancestors.map((a: { code: string }) => a.code)).toEqual(['92']);
      const conDao = ok(await t.request('GET', '/api/units?q=con dao'));
      expect(conDao.map((u: { fullName: string }) => u.fullName)).toContain('Đặc khu Côn Đảo');
    });
  });

  describe('queries', () => {
    beforeAll(async () => {
      await t.reset();
      await importProvince(t, '94');
    });

    it('lists the provinces', async () => {
      expect(ok(await t.request('GET', '/api/units'))).toEqual([
        {
          code: '94',
          name: 'Sóc Trăng',
          type: 'Tỉnh',
          fullName: 'Tỉnh Sóc Trăng',
          level: 'province',
          parentCode: null,
          provinceCode: '94',
          childCount: 11,
        },
      ]);
    });

    it('lists the children of a unit, in code order, with their child counts', async () => {
      const districts = ok(await t.request('GET', '/api/units?parent=94'));
      expect(districts.map((d: { code: string }) => d.code)).toEqual(SOC_TRANG_DISTRICTS);
      expect(districts.find((d: { code: string }) => d.code === '948')).toEqual({
        code: '948',
        name: 'Ngã Năm',
        type: 'Thị xã',
        fullName: 'Thị xã Ngã Năm',
        level: 'district',
        parentCode: '94',
        provinceCode: '94',
        childCount: 8,
      });
      const communes = ok(await t.request('GET', '/api/units?parent=948'));
      expect(communes.map((c: { code: string }) => c.code)).toEqual(NGA_NAM_COMMUNES);
      expect(communes[0]).toMatchObject({
        fullName: 'Phường 1',
        level: 'commune',
        childCount: 0,
        provinceCode: '94',
      });
      expect(ok(await t.request('GET', '/api/units?parent=31732'))).toEqual([]);
      expect(ok(await t.request('GET', '/api/units?parent=94&limit=3'))).toHaveLength(3);
    });

    it('answers 404 for the children of an unknown unit', async () => {
      expectProblem(await t.request('GET', '/api/units?parent=99'), 404, 'NOT_FOUND');
      expectProblem(await t.request('GET', '/api/units?parent=95123'), 404, 'NOT_FOUND');
    });

    it('finds units by name with or without diacritics', async () => {
      for (const q of ['nga nam', 'Ngã Năm', 'NGÃ NĂM', 'ngã  năm', 'thi xa nga nam']) {
        const found = ok(await t.request('GET', `/api/units?q=${encodeURIComponent(q)}`));
        expect(found.map((u: { fullName: string }) => u.fullName)).toEqual(['Thị xã Ngã Năm']);
      }
      const chau = ok(await t.request('GET', '/api/units?q=chau'));
      expect(chau.map((u: { code: string }) => u.code)).toEqual(['942', '950', '31569', '31663', '31780']);
      const inProvince = ok(await t.request('GET', '/api/units?parent=94&q=chau'));
      expect(inProvince.map((u: { fullName: string }) => u.fullName)).toEqual([
        'Huyện Châu Thành',
        'Thị xã Vĩnh Châu',
      ]);
      expect(ok(await t.request('GET', '/api/units?q=chau&limit=2'))).toHaveLength(2);
      expect(ok(await t.request('GET', '/api/units?q=khong%20co%20dau')).length).toBe(0);
      // LIKE wildcards typed by a user are literal characters.
      expect(ok(await t.request('GET', '/api/units?q=%25'))).toEqual([]);
      expect(ok(await t.request('GET', '/api/units?q=_'))).toEqual([]);
    });

    it('refuses bad query parameters, naming each', async () => {
      expect(expectInvalid(await t.request('GET', '/api/units?parent=abc'))).toEqual(['query.parent']);
      expect(expectInvalid(await t.request('GET', '/api/units?parent=9481'))).toEqual(['query.parent']);
      expect(expectInvalid(await t.request('GET', '/api/units?q='))).toEqual(['query.q']);
      expect(expectInvalid(await t.request('GET', `/api/units?q=${'a'.repeat(101)}`))).toEqual(['query.q']);
      expect(expectInvalid(await t.request('GET', '/api/units?limit=0'))).toEqual(['query.limit']);
      expect(expectInvalid(await t.request('GET', '/api/units?limit=1001'))).toEqual(['query.limit']);
      expect(expectInvalid(await t.request('GET', '/api/units?limit=ten'))).toEqual(['query.limit']);
      expect(expectInvalid(await t.request('GET', '/api/units?parent=94&parent=95'))).toEqual([
        'query.parent',
      ]);
      const unknown = await t.request('GET', '/api/units?province=94');
      expectInvalid(unknown);
      expect(unknown.body.detail).toContain('province');
      expect(expectInvalid(await t.request('GET', '/api/units?parent=x&limit=-1'))).toEqual([
        'query.limit',
        'query.parent',
      ]);
    });

    it('shows a unit with its ancestors from the province down and its child count', async () => {
      const commune = ok(await t.request('GET', '/api/units/31732'));
      expect(commune).toEqual({
        code: '31732',
        name: '1',
        type: 'Phường',
        fullName: 'Phường 1',
        level: 'commune',
        parentCode: '948',
        provinceCode: '94',
        childCount: 0,
        ancestors: [
          {
            code: '94',
            name: 'Sóc Trăng',
            type: 'Tỉnh',
            fullName: 'Tỉnh Sóc Trăng',
            level: 'province',
            parentCode: null,
            provinceCode: '94',
          },
          {
            code: '948',
            name: 'Ngã Năm',
            type: 'Thị xã',
            fullName: 'Thị xã Ngã Năm',
            level: 'district',
            parentCode: '94',
            provinceCode: '94',
          },
        ],
      });
      const district = ok(await t.request('GET', '/api/units/948'));
      expect(district.childCount).toBe(8);
      expect(district.ancestors.map((a: { code: string }) => a.code)).toEqual(['94']);
      const province = ok(await t.request('GET', '/api/units/94'));
      expect(province).toMatchObject({ childCount: 11, ancestors: [] });
    });

    it('answers 404 for an unknown unit and 400 for a malformed code', async () => {
      expectProblem(await t.request('GET', '/api/units/99'), 404, 'NOT_FOUND');
      expectProblem(await t.request('GET', '/api/units/99999'), 404, 'NOT_FOUND');
      for (const code of ['abc', '1234', '9', '948a', '%20948']) {
        expect(expectInvalid(await t.request('GET', `/api/units/${code}`))).toEqual(['code']);
      }
    });
  });
});
