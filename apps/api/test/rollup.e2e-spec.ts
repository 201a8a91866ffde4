import {
  type Direction,
  type Measure,
  epochDayToIsoDate,
  fromComparable,
  isoDateToEpochDay,
  targetMeets,
} from '@cchc/domain';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { expectInvalid, expectProblem, ok } from './support/expectations.js';
import { fileReport } from './support/file-report.js';
import { UNITS_2025, createPlanWithTargets, importProvince, planOf } from './support/fixtures.js';
import {
  NGA_NAM_ISSUE,
  PROVINCE_TARGETS,
  cascade,
  confirmAndIssue,
  issuePlan,
  socTrangPlan,
} from './support/soc-trang-plan.js';
import { type TestApp, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

/**
 * Sóc Trăng → Thị xã Ngã Năm (948): Phường 1, Phường 2, Xã Vĩnh Quới; Huyện Thạnh Trị (949):
 * Thị trấn Phú Lộc, Xã Lâm Tân. Answers the province's plan and each unit's plan id.
 */
async function threeLevelTree(t: TestApp) {
  await t.reset();
  await importProvince(t, '94');
  const province: string = (await issuePlan(t, (await socTrangPlan(t)).id)).id;
  const districts = (await cascade(t, province, { unitCodes: ['948', '949'] })).plans;
  const ngaNam = planOf(districts, '948');
  const thanhTri = planOf(districts, '949');
  await confirmAndIssue(t, ngaNam, NGA_NAM_ISSUE);
  await confirmAndIssue(t, thanhTri, { ...NGA_NAM_ISSUE, documentNumber: '20/KH-UBND', place: 'Thạnh Trị' });
  const a = (await cascade(t, ngaNam, { unitCodes: ['31732', '31735', '31738'] })).plans;
  const b = (await cascade(t, thanhTri, { unitCodes: ['31756', '31759'] })).plans;
  const ids: Record<string, string> = {
    '948': ngaNam,
    '949': thanhTri,
    ...Object.fromEntries([...a, ...b].map((p: Json) => [p.unitCode, p.id])),
  };
  return { province, ids };
}

/**
 * The roll-up, against figures counted by hand. The province's four targets (PROVINCE_TARGETS):
 * TTHC-01 at least 98 %; DVC-02 at least 80 % (districts 70, communes 60); KL-03 at most 0
 * disciplined officials; KH-04 plans issued by 30/07/2024 at the latest.
 */
describe('roll-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const rollup = async (planId: string, query: string, headers?: Record<string, string>) =>
    t.request('GET', `/api/plans/${planId}/rollup?${query}`, undefined, headers);
  const byCode = (body: Json) => Object.fromEntries(body.targets.map((x: Json) => [x.code, x]));
  const byUnit = (body: Json) => Object.fromEntries(body.units.map((x: Json) => [x.unitCode, x]));
  const counts = (x: Json) => ({
    met: x.met,
    missed: x.missed,
    notReported: x.notReported,
    min: x.min,
    median: x.median,
    max: x.max,
  });

  describe('a three-level tree: province → 2 districts → communes (the 2024 shape)', () => {
    let province: string;
    let ids: Record<string, string>;
    beforeAll(async () => {
      ({ province, ids } = await threeLevelTree(t));
      // Quý I/2024 (q1, seed 000's default: no plan set a calendar).
      // Ngã Năm, on time: 99 met, 65 below its 70 missed, 0 met, 15/07 met.
      await fileReport(t, ids['948'] as string, 'q1', {
        status: 'submitted',
        values: { 'TTHC-01': 99, 'DVC-02': 65, 'KL-03': 0, 'KH-04': '2024-07-15' },
      });
      // Thạnh Trị is still writing: a draft counts as not reported.
      await fileReport(t, ids['949'] as string, 'q1', {
        status: 'draft',
        values: { 'TTHC-01': 50, 'DVC-02': 10, 'KL-03': 9, 'KH-04': '2024-12-31' },
      });
      // Phường 1, late: 97 missed, 60 met (communes' floor), 2 missed, KH-04 left out.
      await fileReport(t, ids['31732'] as string, 'q1', {
        status: 'submitted',
        late: true,
        values: { 'TTHC-01': 97, 'DVC-02': 60, 'KL-03': 2, 'KH-04': null },
      });
      // Phường 2: 98 met, 75 met, 0 met, 01/08 missed.
      await fileReport(t, ids['31735'] as string, 'q1', {
        status: 'submitted',
        values: { 'TTHC-01': 98, 'DVC-02': 75, 'KL-03': 0, 'KH-04': '2024-08-01' },
      });
      // Xã Vĩnh Quới has not filed. Thị trấn Phú Lộc: 100 met, 55 missed, 1 missed, 30/06 met.
      await fileReport(t, ids['31756'] as string, 'q1', {
        status: 'submitted',
        values: { 'TTHC-01': 100, 'DVC-02': 55, 'KL-03': 1, 'KH-04': '2024-06-30' },
      });
      // Xã Lâm Tân: a draft only.
      await fileReport(t, ids['31759'] as string, 'q1', { status: 'draft', values: { 'TTHC-01': 100 } });
      // Another period's report is not counted in Q1.
      await fileReport(t, ids['31738'] as string, 'h1', { status: 'submitted', values: { 'TTHC-01': 10 } });
    });

    it("counts the province's whole subtree per target: met, missed, not reported and the spread", async () => {
      const body = ok(await rollup(province, 'period=q1'));
      expect(body.period).toMatchObject({
        key: 'q1',
        label: 'Quý I/2024',
        from: '2023-12-15',
        to: '2024-03-14',
        dueOn: '2024-03-15',
        inherited: false,
        locksOn: '2024-03-30',
      });
      expect(body.plan).toEqual({
        id: province,
        unitCode: '94',
        unitName: 'Sóc Trăng',
        unitFullName: 'Tỉnh Sóc Trăng',
      });
      // In the plan's order: by reform area (procedures, civil service, digital government, direction).
      expect(body.targets.map((x: Json) => x.code)).toEqual(['TTHC-01', 'KL-03', 'DVC-02', 'KH-04']);
      const targets = byCode(body);
      // 7 plans below, each with the four targets: submitted values from Ngã Năm, Phường 1, Phường 2, Phú Lộc.
      expect(counts(targets['TTHC-01'])).toEqual({
        met: 3,
        missed: 1,
        notReported: 3,
        min: 97,
        median: 98.5,
        max: 100,
      });
      expect(counts(targets['DVC-02'])).toEqual({
        met: 2,
        missed: 2,
        notReported: 3,
        min: 55,
        median: 62.5,
        max: 75,
      });
      expect(counts(targets['KL-03'])).toEqual({
        met: 2,
        missed: 2,
        notReported: 3,
        min: 0,
        median: 0.5,
        max: 2,
      });
      expect(counts(targets['KH-04'])).toEqual({
        met: 2,
        missed: 1,
        notReported: 4,
        min: '2024-06-30',
        median: '2024-07-15',
        max: '2024-08-01',
      });
      expect(targets['KH-04']).toMatchObject({
        name: 'Ban hành kế hoạch CCHC của cấp dưới',
        area: 'direction',
        measure: 'date',
        direction: 'at_most',
      });
    });

    it('lists each district with its own report status and the targets met and missed below it', async () => {
      const body = ok(await rollup(province, 'period=q1'));
      expect(body.units).toEqual([
        // Ngã Năm 3 met 1 missed, Phường 1 1 and 2, Phường 2 3 and 1, Vĩnh Quới nothing.
        {
          unitCode: '948',
          unitName: 'Ngã Năm',
          unitFullName: 'Thị xã Ngã Năm',
          planId: ids['948'],
          status: 'on_time',
          met: 7,
          missed: 4,
          hasPlansBelow: true,
        },
        // Its own draft does not count; Phú Lộc 2 and 2; Lâm Tân's draft not.
        {
          unitCode: '949',
          unitName: 'Thạnh Trị',
          unitFullName: 'Huyện Thạnh Trị',
          planId: ids['949'],
          status: 'draft',
          met: 2,
          missed: 2,
          hasPlansBelow: true,
        },
      ]);
    });

    it("drills into a district with &unit: its communes' figures, each commune's status", async () => {
      const body = ok(await rollup(province, 'period=q1&unit=948'));
      expect(body.plan).toMatchObject({ id: ids['948'], unitCode: '948', unitFullName: 'Thị xã Ngã Năm' });
      // The district's plan inherits the province's periods.
      expect(body.period).toMatchObject({ key: 'q1', inherited: true });
      const targets = byCode(body);
      expect(counts(targets['TTHC-01'])).toEqual({
        met: 1,
        missed: 1,
        notReported: 1,
        min: 97,
        median: 97.5,
        max: 98,
      });
      expect(counts(targets['DVC-02'])).toEqual({
        met: 2,
        missed: 0,
        notReported: 1,
        min: 60,
        median: 67.5,
        max: 75,
      });
      expect(counts(targets['KL-03'])).toEqual({
        met: 1,
        missed: 1,
        notReported: 1,
        min: 0,
        median: 1,
        max: 2,
      });
      expect(counts(targets['KH-04'])).toEqual({
        met: 0,
        missed: 1,
        notReported: 2,
        min: '2024-08-01',
        median: '2024-08-01',
        max: '2024-08-01',
      });
      expect(body.units.map((u: Json) => [u.unitFullName, u.status, u.met, u.missed])).toEqual([
        ['Phường 1, Thị xã Ngã Năm', 'late', 1, 2],
        ['Phường 2, Thị xã Ngã Năm', 'on_time', 3, 1],
        ['Xã Vĩnh Quới, Thị xã Ngã Năm', 'missing', 0, 0],
      ]);
      // Communes have no plans below: nothing to drill into.
      expect(body.units.map((u: Json) => u.hasPlansBelow)).toEqual([false, false, false]);
      // The district's own roll-up answers the same.
      expect(ok(await rollup(ids['948'] as string, 'period=q1'))).toEqual(body);
    });

    it('drills into a commune: nothing below it', async () => {
      const body = ok(await rollup(province, 'period=q1&unit=31735'));
      expect(body.plan).toMatchObject({ id: ids['31735'], unitFullName: 'Phường 2, Thị xã Ngã Năm' });
      expect(body.units).toEqual([]);
      expect(body.targets.map(counts)).toEqual(
        [1, 2, 3, 4].map(() => ({ met: 0, missed: 0, notReported: 0, min: null, median: null, max: null })),
      );
    });

    it('counts the h1 reports apart from q1', async () => {
      const h1 = byCode(ok(await rollup(province, 'period=h1')));
      expect(counts(h1['TTHC-01'])).toEqual({
        met: 0,
        missed: 1,
        notReported: 6,
        min: 10,
        median: 10,
        max: 10,
      });
      expect(byUnit(ok(await rollup(province, 'period=h1')))['948']).toMatchObject({
        status: 'missing',
        met: 0,
        missed: 1,
      });
    });

    it('refuses a unit with no plan below, a period not in the calendar, and bad input', async () => {
      // Thạnh Trị's commune is not below Ngã Năm; Châu Thành (942) has no plan at all.
      for (const [plan, unit] of [
        [ids['948'], '31756'],
        [province, '942'],
        [province, '99999'],
      ]) {
        expect(
          expectProblem(await rollup(plan as string, `period=q1&unit=${unit}`), 404, 'NOT_FOUND').field,
        ).toBe('query.unit');
      }
      expect(expectProblem(await rollup(province, 'period=m01'), 404, 'NOT_FOUND').field).toBe(
        'query.period',
      );
      expect(expectInvalid(await rollup(province, 'period=Q%201'))).toEqual(['query.period']);
      expect(expectInvalid(await rollup(province, ''))).toEqual(['query.period']);
      expect(expectInvalid(await rollup(province, 'period=q1&unit=abc'))).toEqual(['query.unit']);
      expect(expectInvalid(await rollup(province, 'period=q1&extra=1'))).toEqual(expect.any(Array));
    });

    it('answers the plan’s unit and those above; a unit below is refused, another province told nothing', async () => {
      await importProvince(t, '92');
      const provinceViewer = await t.signIn('viewer', '94');
      expect(ok(await rollup(province, 'period=q1', bearer(provinceViewer))).plan.id).toBe(province);
      const ngaNamOfficer = await t.signIn('officer', '948');
      expectProblem(await rollup(province, 'period=q1', bearer(ngaNamOfficer)), 403, 'FORBIDDEN');
      expect(ok(await rollup(ids['948'] as string, 'period=q1', bearer(ngaNamOfficer))).units).toHaveLength(
        3,
      );
      const canTho = await t.signIn('officer', '92');
      expectProblem(await rollup(province, 'period=q1', bearer(canTho)), 404, 'NOT_FOUND');
      expectProblem(
        await t.request('GET', `/api/plans/${province}/rollup.xlsx?period=q1`, undefined, bearer(canTho)),
        404,
        'NOT_FOUND',
      );
    });

    it('exports the same two tables as a workbook', async () => {
      const res = await fetch(`${t.url}/api/plans/${province}/rollup.xlsx?period=q1`, {
        headers: bearer(await t.signIn('officer', '94')),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers.get('content-disposition')).toContain(
        'attachment; filename="tong-hop-tinh-soc-trang-q1.xlsx"',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Chỉ tiêu', 'Đơn vị']);
      const rowsOf = (name: string) => {
        const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
        const rows: unknown[][] = [];
        sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
        return { sheet, rows };
      };
      const targets = rowsOf('Chỉ tiêu');
      // The title lines are merged across the table: each cell reads the same.
      expect(targets.rows[0]?.[0]).toBe('TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU QUÝ I/2024');
      expect(String(targets.rows[1]?.[0])).toContain('Kế hoạch số 218/KH-UBND của Tỉnh Sóc Trăng');
      expect(String(targets.rows[1]?.[0])).toContain('từ 15/12/2023 đến 14/03/2024');
      expect(targets.rows[2]).toEqual([
        'Mã',
        'Chỉ tiêu',
        'Số đơn vị đạt',
        'Số đơn vị không đạt',
        'Số đơn vị chưa báo cáo',
        'Thấp nhất',
        'Trung vị',
        'Cao nhất',
      ]);
      const byFirst = Object.fromEntries(targets.rows.slice(3).map((r) => [r[0], r.slice(2)]));
      expect(byFirst).toEqual({
        'TTHC-01': [3, 1, 3, 97, 98.5, 100],
        'DVC-02': [2, 2, 3, 55, 62.5, 75],
        'KL-03': [2, 2, 3, 0, 0.5, 2],
        'KH-04': [2, 1, 4, '30/06/2024', '15/07/2024', '01/08/2024'],
      });
      expect(targets.sheet.getCell('B4').font?.name).toBe('Times New Roman');
      const units = rowsOf('Đơn vị');
      expect(units.rows[0]?.[0]).toBe('TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ QUÝ I/2024');
      expect(units.rows.slice(2)).toEqual([
        ['STT', 'Đơn vị', 'Tình trạng báo cáo', 'Chỉ tiêu đạt', 'Chỉ tiêu không đạt'],
        [1, 'Thị xã Ngã Năm', 'Đúng hạn', 7, 4],
        [2, 'Huyện Thạnh Trị', 'Đang soạn', 2, 2],
      ]);
      // Drilled into Ngã Năm: its communes, and the statuses in words.
      const drilled = await fetch(`${t.url}/api/plans/${province}/rollup.xlsx?period=q1&unit=948`, {
        headers: bearer(await t.signIn('officer', '94')),
      });
      expect(drilled.headers.get('content-disposition')).toContain(
        'filename="tong-hop-thi-xa-nga-nam-q1.xlsx"',
      );
      const again = new ExcelJS.Workbook();
      await again.xlsx.load(await drilled.arrayBuffer());
      const statuses: unknown[] = [];
      again.getWorksheet('Đơn vị')?.eachRow((row, n) => n > 4 && statuses.push(row.getCell(3).value));
      expect(statuses).toEqual(['Trễ hạn', 'Đúng hạn', 'Chưa báo cáo']);
    });
  });

  describe('a two-level tree: province → communes directly (the 2025 shape)', () => {
    let canTho: string;
    let ids: Record<string, string>;
    beforeAll(async () => {
      await t.reset();
      await importProvince(t, '92', UNITS_2025);
      canTho = (await createPlanWithTargets(t, '92', PROVINCE_TARGETS)).id;
      await issuePlan(t, canTho);
      // Communes have no district above: DVC-02 comes down at the communes' 60.
      const communes = (await cascade(t, canTho, { unitCodes: ['31120', '31135', '31147', '31150'] })).plans;
      ids = Object.fromEntries(communes.map((p: Json) => [p.unitCode, p.id]));
      await fileReport(t, ids['31120'] as string, 'q1', {
        status: 'submitted',
        values: { 'TTHC-01': 98.5, 'DVC-02': 59.5, 'KL-03': 0, 'KH-04': '2024-07-30' },
      });
      await fileReport(t, ids['31135'] as string, 'q1', {
        status: 'submitted',
        late: true,
        values: { 'TTHC-01': 90, 'DVC-02': 61 },
      });
      await fileReport(t, ids['31147'] as string, 'q1', {
        status: 'submitted',
        values: { 'TTHC-01': 100, 'DVC-02': 80, 'KL-03': 3, 'KH-04': '2024-07-31' },
      });
      await fileReport(t, ids['31150'] as string, 'q1', { status: 'draft', values: { 'TTHC-01': 100 } });
    });

    it('counts the communes per target and lists each with its status', async () => {
      const body = ok(await rollup(canTho, 'period=q1'));
      expect(body.plan).toMatchObject({ unitCode: '92', unitFullName: 'Thành phố Cần Thơ' });
      const targets = byCode(body);
      expect(counts(targets['TTHC-01'])).toEqual({
        met: 2,
        missed: 1,
        notReported: 1,
        min: 90,
        median: 98.5,
        max: 100,
      });
      expect(counts(targets['DVC-02'])).toEqual({
        met: 2,
        missed: 1,
        notReported: 1,
        min: 59.5,
        median: 61,
        max: 80,
      });
      expect(counts(targets['KL-03'])).toEqual({
        met: 1,
        missed: 1,
        notReported: 2,
        min: 0,
        median: 1.5,
        max: 3,
      });
      // Two days' median is the earlier.
      expect(counts(targets['KH-04'])).toEqual({
        met: 1,
        missed: 1,
        notReported: 2,
        min: '2024-07-30',
        median: '2024-07-30',
        max: '2024-07-31',
      });
      expect(body.units.map((u: Json) => [u.unitCode, u.unitFullName, u.status, u.met, u.missed])).toEqual([
        ['31120', 'Phường Cái Khế', 'on_time', 3, 1],
        ['31135', 'Phường Ninh Kiều', 'late', 1, 1],
        ['31147', 'Phường Tân An', 'on_time', 2, 2],
        ['31150', 'Phường An Bình', 'draft', 0, 0],
      ]);
    });

    it("uses the plans' own calendar when they set one: the province's periods, a commune's added one", async () => {
      await t.dataSource.query(
        `INSERT INTO reporting_periods (plan_id, province_code, key, position, label, from_on, to_on, due_on)
         VALUES ($1, '92', 'q1', 0, 'Quý I năm 2024', '2024-01-01', '2024-03-31', '2024-04-05'),
                ($2, '92', 'thang3', 0, 'Tháng 3/2024', '2024-03-01', '2024-03-31', '2024-04-02')`,
        [canTho, ids['31120']],
      );
      await t.dataSource.query('UPDATE plans SET report_lock_days = 5 WHERE id = $1', [canTho]);
      try {
        const body = ok(await rollup(canTho, 'period=q1'));
        expect(body.period).toEqual({
          key: 'q1',
          label: 'Quý I năm 2024',
          from: '2024-01-01',
          to: '2024-03-31',
          dueOn: '2024-04-05',
          inherited: false,
          locksOn: '2024-04-10',
        });
        expect(byCode(body)['TTHC-01'].met).toBe(2);
        // h1 is seed 000's: no longer in a calendar the province set itself.
        expect(expectProblem(await rollup(canTho, 'period=h1'), 404, 'NOT_FOUND').field).toBe('query.period');
        // The commune's own period is in its calendar, not in the province's.
        expect(expectProblem(await rollup(canTho, 'period=thang3'), 404, 'NOT_FOUND').field).toBe(
          'query.period',
        );
        const commune = ok(await rollup(canTho, 'period=thang3&unit=31120'));
        expect(commune.period).toMatchObject({ key: 'thang3', inherited: false, locksOn: '2024-04-07' });
        expect(ok(await rollup(canTho, 'period=q1&unit=31120')).period).toMatchObject({ inherited: true });
      } finally {
        await t.dataSource.query('DELETE FROM reporting_periods');
        await t.dataSource.query('UPDATE plans SET report_lock_days = NULL');
      }
    });

    it("keeps seed 000's periods, as the top plan's, when only a plan below sets its own", async () => {
      await t.dataSource.query(
        `INSERT INTO reporting_periods (plan_id, province_code, key, position, label, from_on, to_on, due_on)
         VALUES ($1, '92', 'thang3', 0, 'Tháng 3/2024', '2024-03-01', '2024-03-31', '2024-04-02')`,
        [ids['31120']],
      );
      try {
        expect(ok(await rollup(canTho, 'period=q1&unit=31120')).period).toMatchObject({
          key: 'q1',
          label: 'Quý I/2024',
          inherited: true,
        });
        expect(ok(await rollup(canTho, 'period=thang3&unit=31120')).period).toMatchObject({
          key: 'thang3',
          inherited: false,
          locksOn: '2024-04-17',
        });
        expect(expectProblem(await rollup(canTho, 'period=thang3'), 404, 'NOT_FOUND').field).toBe(
          'query.period',
        );
      } finally {
        await t.dataSource.query('DELETE FROM reporting_periods');
        await t.dataSource.query('UPDATE plans SET report_lock_days = NULL');
      }
    });
  });

  describe('any reports at all (fast-check)', () => {
    let province: string;
    let ids: Record<string, string>;
    /** Each plan's parent within the tree, and its targets as users write them. */
    let parents: Record<string, string>;
    let targets: Record<
      string,
      { code: string; measure: Measure; direction: Direction; value: number | string }[]
    >;
    beforeAll(async () => {
      ({ province, ids } = await threeLevelTree(t));
      const rows: { id: string; parent_plan_id: string }[] = await t.dataSource.query(
        'SELECT id, parent_plan_id FROM plans WHERE parent_plan_id IS NOT NULL',
      );
      parents = Object.fromEntries(rows.map((r) => [r.id, r.parent_plan_id]));
      const all: { plan_id: string; code: string; measure: Measure; direction: Direction; value: string }[] =
        await t.dataSource.query('SELECT plan_id, code, measure, direction, value FROM targets');
      targets = {};
      for (const r of all) {
        const list = targets[r.plan_id] ?? [];
        list.push({ ...r, value: fromComparable(r.measure, Number(r.value)) });
        targets[r.plan_id] = list;
      }
    });

    // Values close to the targets (98 %, 70/60 %, 0 officials, 30/07/2024), so they meet or miss by a hair.
    const nearTarget: Record<string, fc.Arbitrary<number | string>> = {
      'TTHC-01': fc.constantFrom(97.9, 98, 98.1, 100, 50),
      'DVC-02': fc.constantFrom(59.9, 60, 65, 70, 80),
      'KL-03': fc.integer({ min: 0, max: 2 }),
      'KH-04': fc
        .integer({ min: -2, max: 2 })
        .map((d) => epochDayToIsoDate((isoDateToEpochDay('2024-07-30') as number) + d)),
    };
    const report = fc.option(
      fc.record({
        status: fc.constantFrom<'draft' | 'submitted'>('draft', 'submitted', 'submitted'),
        late: fc.boolean(),
        values: fc.record(
          Object.fromEntries(
            Object.entries(nearTarget).map(([code, v]) => [code, fc.option(v, { nil: null })]),
          ),
        ),
      }),
      { nil: null },
    );
    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const lo = sorted[Math.floor((sorted.length - 1) / 2)] as number;
      const hi = sorted[Math.ceil((sorted.length - 1) / 2)] as number;
      return lo + (hi - lo) * 0.5;
    };

    it('counts as the domain does, plan by plan, for the province and each district', async () => {
      const units = ['948', '949', '31732', '31735', '31738', '31756', '31759'];
      await fc.assert(
        fc.asyncProperty(fc.tuple(...units.map(() => report)), async (reports) => {
          await t.dataSource.query('DELETE FROM progress_reports');
          const filed = new Map<string, NonNullable<(typeof reports)[number]>>();
          for (const [i, r] of reports.entries()) {
            const planId = ids[units[i] as string] as string;
            if (r) {
              await fileReport(t, planId, 'q1', r);
              filed.set(planId, r);
            }
          }
          const below = (root: string): string[] =>
            Object.keys(parents).filter((id) => {
              for (let p = parents[id]; p; p = parents[p]) if (p === root) return true;
              return false;
            });
          /** What the roll-up of `root` must answer, from the reports as generated. */
          const expected = (root: string) => {
            const submitted = (planId: string, code: string) => {
              const r = filed.get(planId);
              const value = r?.status === 'submitted' ? r.values[code] : null;
              if (value === null || value === undefined) return null;
              const target = targets[planId]?.find((x) => x.code === code);
              if (!target) throw new Error(`no ${code} in ${planId}`);
              return { value, meets: targetMeets(target, value) };
            };
            const sub = below(root);
            return {
              targets: (targets[root] ?? []).map(({ code, measure }) => {
                const values = sub.map((id) => submitted(id, code));
                const given = values.filter((v) => v !== null);
                const comparable = given.map((v) =>
                  measure === 'date' ? (isoDateToEpochDay(v.value as string) as number) : Number(v.value),
                );
                const show = (x: number | undefined) =>
                  x === undefined ? null : measure === 'date' ? epochDayToIsoDate(Math.floor(x)) : x;
                return {
                  code,
                  met: given.filter((v) => v.meets).length,
                  missed: given.filter((v) => !v.meets).length,
                  notReported: values.length - given.length,
                  min: show(comparable.length ? Math.min(...comparable) : undefined),
                  median: show(comparable.length ? median(comparable) : undefined),
                  max: show(comparable.length ? Math.max(...comparable) : undefined),
                };
              }),
              units: Object.keys(parents)
                .filter((id) => parents[id] === root)
                .map((child) => {
                  const r = filed.get(child);
                  const all = [child, ...below(child)].flatMap((id) =>
                    Object.keys(nearTarget).map((code) => submitted(id, code)),
                  );
                  return {
                    planId: child,
                    status: !r ? 'missing' : r.status === 'draft' ? 'draft' : r.late ? 'late' : 'on_time',
                    met: all.filter((v) => v?.meets === true).length,
                    missed: all.filter((v) => v?.meets === false).length,
                  };
                })
                .sort((x, y) => x.planId.localeCompare(y.planId)),
            };
          };
          for (const root of [province, ids['948'] as string, ids['949'] as string]) {
            const body = ok(await rollup(root, 'period=q1'));
            const want = expected(root);
            expect(
              [...body.targets]
                .sort((x: Json, y: Json) => x.code.localeCompare(y.code))
                .map((x: Json) => ({ code: x.code, ...counts(x) })),
            ).toEqual([...want.targets].sort((x, y) => x.code.localeCompare(y.code)));
            expect(
              body.units
                .map((u: Json) => ({ planId: u.planId, status: u.status, met: u.met, missed: u.missed }))
                .sort((x: Json, y: Json) => x.planId.localeCompare(y.planId)),
            ).toEqual(want.units);
          }
        }),
        { numRuns: 25 },
      );
    });
  });
});
