import { Logger } from '@nestjs/common';
import { XLSX_MEDIA_TYPE } from '@cchc/contracts';
import { REFORM_AREA_NAMES_VI, formatDueVi, millionVndInWordsVi, parseDue } from '@cchc/domain';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadDemoDataOnFirstStart } from '../src/modules/demo/demo-data.js';
import { getAppendix, postAppendix, readSheet, sheetFile } from './support/appendix-sheets.js';
import { expectPlanUnchanged, expectProblem, getPlan, ok, tasksOf } from './support/expectations.js';
import { type TestApp, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const HEADER = [
  'STT',
  'Nhiệm vụ',
  'Sản phẩm',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Kinh phí (triệu đồng)',
  'Thời gian hoàn thành',
];

/** A cell's value as its reader sees it: a formula by its cached result. */
const cellValue = (cell: ExcelJS.Cell): unknown => {
  const v = cell.value as Json;
  return v && typeof v === 'object' && 'formula' in v ? v.result : v;
};
const rowValues = (sheet: ExcelJS.Worksheet, r: number) =>
  Array.from({ length: 7 }, (_, i) => cellValue(sheet.getRow(r).getCell(i + 1)) ?? '');

/** What a task is, whichever plan holds it. */
const content = (t: Json) => ({
  title: t.title,
  area: t.area,
  product: t.product,
  leadAgency: t.leadAgency,
  coordinatingAgencies: t.coordinatingAgencies,
  budgetMillionVnd: t.budgetMillionVnd,
  due: t.due,
});

describe('the appendix of tasks as an Excel sheet, and back', () => {
  let t: TestApp;
  let ngaNam: Json;
  let province: Json;
  let officer948: string;
  let officer94: string;
  /** A commune of another district, with no plan of its own from the demo: a plan is started for it per test. */
  let communeCode: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    await loadDemoDataOnFirstStart(t.app, t.dataSource, new Logger('AppendixTest'));
    const [{ id }] = await t.dataSource.query(`SELECT id FROM plans WHERE unit_code = '948' AND year = 2024`);
    ngaNam = await getPlan(t, id);
    province = await getPlan(t, ngaNam.parentPlanId);
    officer948 = await t.signIn('officer', '948');
    officer94 = await t.signIn('officer', '94');
    [{ code: communeCode }] = await t.dataSource.query(
      `SELECT code FROM units WHERE level = 'commune' AND code NOT IN (SELECT unit_code FROM plans) ORDER BY code LIMIT 1`,
    );
  });
  afterAll(() => t.close());

  /** A new draft 2024 plan of the commune (the one before it deleted), and its officer's token. */
  async function draftPlan(): Promise<{ plan: Json; token: string }> {
    await t.dataSource.query('DELETE FROM plans WHERE unit_code = $1', [communeCode]);
    const plan = ok(
      await t.request('POST', '/api/plans', {
        unitCode: communeCode,
        year: 2024,
        title: 'Kế hoạch cải cách hành chính năm 2024',
      }),
      201,
    );
    return { plan: await getPlan(t, plan.id), token: await t.signIn('officer', communeCode) };
  }

  const auditCount = async (planId: string) =>
    Number(
      (await t.dataSource.query('SELECT count(*) AS n FROM audit_log WHERE plan_id = $1', [planId]))[0].n,
    );

  describe('GET /api/plans/:id/appendix.xlsx', () => {
    /**
     * Checks the sheet's table against the plan, section by section in the standard order;
     * returns the row after the total in words.
     */
    function expectTable(sheet: ExcelJS.Worksheet, plan: Json, mark: string): number {
      expect(rowValues(sheet, 5)).toEqual(HEADER);
      expect(sheet.getRow(5).getCell(2).font).toMatchObject({ name: 'Times New Roman', bold: true });
      expect(sheet.getRow(5).getCell(2).border).toMatchObject({ top: { style: 'thin' } });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
      const areas = plan.areas.filter((a: Json) => a.tasks.length > 0);
      expect(areas.length).toBeGreaterThan(1);
      let r = 6;
      const subtotalCells: string[] = [];
      const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
      areas.forEach((area: Json, i: number) => {
        expect(rowValues(sheet, r).slice(0, 2)).toEqual([
          numerals[i],
          REFORM_AREA_NAMES_VI[area.area as keyof typeof REFORM_AREA_NAMES_VI].toLocaleUpperCase('vi'),
        ]);
        expect(sheet.getRow(r).getCell(2).font?.bold).toBe(true);
        r++;
        area.tasks.forEach((task: Json, j: number) => {
          const due = task.due ? formatDueVi(parseDue(task.due) as never) : '';
          expect(rowValues(sheet, r)).toEqual([
            j + 1,
            `${task.title}${mark}`,
            task.product ?? '',
            task.leadAgency ?? '',
            task.coordinatingAgencies.join('\n'),
            task.budgetMillionVnd,
            due,
          ]);
          expect(sheet.getRow(r).getCell(6).numFmt).toBe('#,##0.###');
          expect(sheet.getRow(r).getCell(5).alignment?.wrapText).toBe(true);
          r++;
        });
        expect(rowValues(sheet, r)[1]).toBe(`Cộng mục ${numerals[i]}`);
        const subtotal = sheet.getRow(r).getCell(6).value as Json;
        expect(subtotal.formula).toBe(`SUM(F${r - area.tasks.length}:F${r - 1})`);
        // exceljs leaves out a cached result of 0 (Excel recalculates on opening: fullCalcOnLoad).
        expect(subtotal.result ?? 0).toBeCloseTo(area.budgetMillionVnd, 6);
        subtotalCells.push(`F${r}`);
        r++;
      });
      expect(rowValues(sheet, r)[1]).toBe('TỔNG CỘNG');
      const total = sheet.getRow(r).getCell(6).value as Json;
      expect(total.formula).toBe(`SUM(${subtotalCells.join(',')})`);
      expect(total.result ?? 0).toBeCloseTo(plan.budgetMillionVnd, 6);
      expect(rowValues(sheet, r + 1)[0]).toBe(`Bằng chữ: ${millionVndInWordsVi(plan.budgetMillionVnd)}`);
      expect(sheet.getCell(`A${r + 1}`).isMerged).toBe(true);
      return r + 2;
    }

    it("lays out the province's issued plan as offices print it: title, header, sections, rows, subtotals, total in words", async () => {
      const res = await getAppendix(t, province.id, officer94);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(XLSX_MEDIA_TYPE);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="phu-luc-tinh-soc-trang-2024.xlsx"; filename*=UTF-8''${encodeURIComponent('Phụ lục Tỉnh Sóc Trăng 2024.xlsx')}`,
      );
      const sheet = await readSheet(res.bytes);
      expect(sheet.name).toBe('Phụ lục');
      expect(rowValues(sheet, 1)[0]).toBe('PHỤ LỤC');
      expect(rowValues(sheet, 2)[0]).toBe('NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH SÓC TRĂNG');
      expect(rowValues(sheet, 3)[0]).toBe(
        '(Kèm theo Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng)',
      );
      expect(province.budgetMillionVnd).toBeGreaterThan(0);
      const after = expectTable(sheet, province, '');
      // No task came from above: no mark, no note.
      expect(sheet.rowCount).toBe(after - 1);
    });

    it("marks Ngã Năm's tasks as the province's, and cites the province's plan under the table", async () => {
      const res = await getAppendix(t, ngaNam.id, officer948);
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="phu-luc-thi-xa-nga-nam-2024.xlsx"/,
      );
      const sheet = await readSheet(res.bytes);
      expect(rowValues(sheet, 2)[0]).toBe('NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA THỊ XÃ NGÃ NĂM');
      expect(rowValues(sheet, 3)[0]).toBe(
        '(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân thị xã Ngã Năm)',
      );
      const after = expectTable(sheet, ngaNam, ' (*)');
      expect(rowValues(sheet, after + 1)[0]).toBe(
        '(*) Nhiệm vụ giao tại Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng',
      );
    });

    it('marks a draft "(Dự thảo)"; an issued version by its number; an unknown version is 404', async () => {
      const { plan, token } = await draftPlan();
      ok(
        await t.request('POST', `/api/plans/${plan.id}/tasks`, {
          title: 'Rà soát văn bản quy phạm pháp luật',
          area: 'institutions',
          budgetMillionVnd: 12.5,
          due: '2024-Q2',
        }),
        201,
      );
      const draft = await readSheet((await getAppendix(t, plan.id, token)).bytes);
      expect(rowValues(draft, 3)[0]).toBe('(Dự thảo)');
      expect(rowValues(draft, 7)).toEqual([
        1,
        'Rà soát văn bản quy phạm pháp luật',
        '',
        '',
        '',
        12.5,
        'Quý II/2024',
      ]);
      expect(rowValues(draft, 10)[0]).toBe('Bằng chữ: Mười hai triệu năm trăm nghìn đồng');
      expect(draft.rowCount).toBe(10);

      const v1 = await getAppendix(t, ngaNam.id, officer948, '?version=1');
      expect(v1.status).toBe(200);
      expect(rowValues(await readSheet(v1.bytes), 3)[0]).toMatch(/^\(Kèm theo Kế hoạch số 12\/KH-UBND/);
      expect((await getAppendix(t, ngaNam.id, officer948, '?version=7')).status).toBe(404);
    });

    it('is read as the plan is: a unit elsewhere gets 404', async () => {
      const other = await t.signIn('officer', '941');
      expect((await getAppendix(t, ngaNam.id, other)).status).toBe(404);
    });
  });

  describe('POST /api/plans/:id/appendix', () => {
    it.each([
      ['the province', () => province, () => officer94],
      ['Ngã Năm (tasks marked (*))', () => ngaNam, () => officer948],
    ])(
      "takes %s's exported sheet into another plan as the same tasks, the plan's own, one history entry each",
      async (_, source, sourceToken) => {
        const from = source();
        const { plan, token } = await draftPlan();
        const file = (await getAppendix(t, from.id, sourceToken())).bytes;
        const before = await auditCount(plan.id);
        const res = ok(await postAppendix(t, plan.id, token, file));
        const expected = tasksOf(from);
        expect(res).toMatchObject({ dryRun: false, errors: [], tasksAdded: expected.length });
        expect(res.budgetMillionVnd).toBeCloseTo(from.budgetMillionVnd, 6);
        expect(res.sections).toEqual(
          from.areas
            .filter((a: Json) => a.tasks.length > 0)
            .map((a: Json) => ({
              area: a.area,
              tasksAdded: a.tasks.length,
              budgetMillionVnd: a.budgetMillionVnd,
            })),
        );

        const after = await getPlan(t, plan.id);
        expect(after.version).toBe(plan.version + 1);
        expect(tasksOf(after).map(content)).toEqual(expected.map(content));
        for (const task of tasksOf(after))
          expect(task).toMatchObject({ parentTaskId: null, cascade: true, mandated: false });
        const history = await t.dataSource.query(
          `SELECT action, after->>'title' AS title FROM audit_log WHERE plan_id = $1 ORDER BY id`,
          [plan.id],
        );
        expect(history.length - before).toBe(expected.length);
        expect(history.slice(before).map((h: Json) => h.action)).toEqual(expected.map(() => 'task_added'));
      },
    );

    /** What offices really send: title rows, a two-row merged header, blank rows, totals they typed. */
    const officeSheet = () =>
      sheetFile(
        [
          ['ỦY BAN NHÂN DÂN', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
          ['XÃ VĨNH QUỚI', '', '', 'Độc lập - Tự do - Hạnh phúc'],
          [],
          ['PHỤ LỤC'],
          ['Nhiệm vụ cải cách hành chính năm 2024'],
          [],
          [
            'TT',
            'Nội dung nhiệm vụ',
            'Sản phẩm',
            'Cơ quan thực hiện',
            '',
            'Kinh phí (triệu đồng)',
            'Thời hạn hoàn thành',
          ],
          ['', '', '', 'Chủ trì', 'Phối hợp'],
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
          ['I', 'Cải cách thể chế'],
          [
            1,
            { richText: [{ text: 'Rà soát ' }, { font: { bold: true }, text: 'văn bản QPPL' }] },
            'Báo cáo',
            'Phòng Tư pháp',
            '- Phòng Nội vụ\n- Văn phòng HĐND và UBND; Các sở, ban, ngành',
            1500,
            'Quý I/2023',
          ],
          [],
          [2, 'Tự kiểm tra văn bản', '', 'Phòng Tư pháp', '', '', 'Năm 2023'],
          ['', 'Cộng mục I', '', '', '', { formula: 'SUM(F11:F13)', result: 1500 }],
          ['II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
          [
            1,
            'Công khai thủ tục hành chính',
            'Quyết định',
            'Bộ phận Một cửa',
            '+ Các phòng chuyên môn',
            '1.500',
            'Trước ngày 31/12/2023',
          ],
          ['2', 'Công tác số hóa hồ sơ', '', '', '', '1.500,5', 'Tháng 6/2023'],
          [
            3,
            'Niêm yết thủ tục',
            '',
            '',
            '',
            { formula: '2*10', result: 20 },
            new Date(Date.UTC(2024, 2, 15)),
          ],
          [4, 'Cập nhật cơ sở dữ liệu', '', '', '', 0, 45292],
          ['', 'Cộng mục II', '', '', '', 3020.5],
          ['III.', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
          [1, 'Ban hành kế hoạch kiểm tra', '', 'Văn phòng UBND', '', '', 'Thường xuyên'],
          // "1,500" is read as a Vietnamese office writes it: one and a half.
          [2, 'Tập huấn nghiệp vụ', '', '', 'Phòng Nội vụ;\n• Các xã, thị trấn', '1,500', 'Quý IV/2024'],
          ['', 'Tổng cộng', '', '', '', { formula: 'F14+F20', result: 4520.5 }],
          ['Bằng chữ: Bốn nghìn năm trăm hai mươi triệu năm trăm nghìn đồng'],
          [],
          ['(*) Nhiệm vụ do cấp trên giao'],
        ],
        (sheet) => {
          for (const col of ['A', 'B', 'C', 'F', 'G']) sheet.mergeCells(`${col}7:${col}8`);
          sheet.mergeCells('D7:E7');
          sheet.mergeCells('A15:G15');
          sheet.mergeCells('A25:G25');
          sheet.getCell('G19').numFmt = 'dd/mm/yyyy';
        },
      );

    const officeRows = [
      {
        row: 11,
        area: 'institutions',
        title: 'Rà soát văn bản QPPL',
        product: 'Báo cáo',
        leadAgency: 'Phòng Tư pháp',
        coordinatingAgencies: ['Phòng Nội vụ', 'Văn phòng HĐND và UBND', 'Các sở, ban, ngành'],
        budgetMillionVnd: 1500,
        due: '2023-Q1',
        dueText: 'Quý I/2023',
        dueOutsidePlanYear: true,
      },
      {
        row: 13,
        area: 'institutions',
        title: 'Tự kiểm tra văn bản',
        product: null,
        leadAgency: 'Phòng Tư pháp',
        coordinatingAgencies: [],
        budgetMillionVnd: 0,
        due: '2023',
        dueText: 'Năm 2023',
        dueOutsidePlanYear: true,
      },
      {
        row: 16,
        area: 'administrative_procedures',
        title: 'Công khai thủ tục hành chính',
        product: 'Quyết định',
        leadAgency: 'Bộ phận Một cửa',
        coordinatingAgencies: ['Các phòng chuyên môn'],
        budgetMillionVnd: 1500,
        due: '2023-12-31',
        dueText: 'Trước ngày 31/12/2023',
        dueOutsidePlanYear: true,
      },
      {
        row: 17,
        area: 'administrative_procedures',
        title: 'Công tác số hóa hồ sơ',
        product: null,
        leadAgency: null,
        coordinatingAgencies: [],
        budgetMillionVnd: 1500.5,
        due: '2023-06-30',
        dueText: 'Tháng 6/2023',
        dueOutsidePlanYear: true,
      },
      {
        row: 18,
        area: 'administrative_procedures',
        title: 'Niêm yết thủ tục',
        product: null,
        leadAgency: null,
        coordinatingAgencies: [],
        budgetMillionVnd: 20,
        due: '2024-03-15',
        dueText: '15/03/2024',
        dueOutsidePlanYear: false,
      },
      {
        row: 19,
        area: 'administrative_procedures',
        title: 'Cập nhật cơ sở dữ liệu',
        product: null,
        leadAgency: null,
        coordinatingAgencies: [],
        budgetMillionVnd: 0,
        due: '2024-01-01',
        dueText: '01/01/2024',
        dueOutsidePlanYear: false,
      },
      {
        row: 22,
        area: 'direction',
        title: 'Ban hành kế hoạch kiểm tra',
        product: null,
        leadAgency: 'Văn phòng UBND',
        coordinatingAgencies: [],
        budgetMillionVnd: 0,
        due: '2024',
        dueText: 'Thường xuyên',
        dueOutsidePlanYear: false,
      },
      {
        row: 23,
        area: 'direction',
        title: 'Tập huấn nghiệp vụ',
        product: null,
        leadAgency: null,
        coordinatingAgencies: ['Phòng Nội vụ', 'Các xã, thị trấn'],
        budgetMillionVnd: 1.5,
        due: '2024-Q4',
        dueText: 'Quý IV/2024',
        dueOutsidePlanYear: false,
      },
    ];

    it("reads an office's own sheet in every form it comes in; a dry run writes nothing, the import adds it all", async () => {
      const { plan, token } = await draftPlan();
      const file = await officeSheet();
      const audit = await auditCount(plan.id);

      const dry = ok(await postAppendix(t, plan.id, token, file, { dryRun: true }));
      expect(dry.errors).toEqual([]);
      expect(dry.rows).toEqual(officeRows);
      expect(dry).toMatchObject({
        dryRun: true,
        tasksAdded: 8,
        budgetMillionVnd: 4522,
        sections: [
          { area: 'institutions', tasksAdded: 2, budgetMillionVnd: 1500 },
          { area: 'administrative_procedures', tasksAdded: 4, budgetMillionVnd: 3020.5 },
          { area: 'direction', tasksAdded: 2, budgetMillionVnd: 1.5 },
        ],
      });
      await expectPlanUnchanged(t, plan);
      expect(await auditCount(plan.id)).toBe(audit);

      const done = ok(
        await postAppendix(t, plan.id, token, file, { headers: { 'if-match': `"${plan.version}"` } }),
      );
      expect(done).toMatchObject({ dryRun: false, errors: [], tasksAdded: 8 });
      const after = await getPlan(t, plan.id);
      expect(after.version).toBe(plan.version + 1);
      expect(tasksOf(after).map(content)).toEqual(
        officeRows.map(({ row, dueText, dueOutsidePlanYear, ...task }) => task),
      );
      expect(await auditCount(plan.id)).toBe(audit + 8);
    });

    it('adds the tasks with their history or not at all', async () => {
      const { plan, token } = await draftPlan();
      await t.dataSource.query(`
        CREATE FUNCTION refuse_task_added() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.action = 'task_added' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_task_added BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_task_added();`);
      try {
        expect((await postAppendix(t, plan.id, token, await officeSheet())).status).toBe(500);
        await expectPlanUnchanged(t, plan);
      } finally {
        await t.dataSource.query(
          'DROP TRIGGER refuse_task_added ON audit_log; DROP FUNCTION refuse_task_added();',
        );
      }
    });

    it('refuses a file with any bad row, naming each row and column, and changes nothing', async () => {
      const { plan, token } = await draftPlan();
      const file = await sheetFile([
        HEADER,
        [1, 'Nhiệm vụ trước mọi mục', '', '', '', 1, 'Năm 2024'],
        ['I', 'CẢI CÁCH THỂ CHẾ'],
        [1, 'Kinh phí âm', '', '', '', -5, 'Năm 2024'],
        [2, 'Ngày không có', '', '', '', 10, '31/02/2024'],
        [3, 'Thời hạn không đọc được', '', '', '', 0, 'sớm nhất có thể'],
        [4, 'Kinh phí bằng chữ', '', '', '', 'nhiều', 'Năm 2024'],
        [5, '', 'Báo cáo', 'Phòng Nội vụ'],
        ['II', 'CÔNG TÁC KHÁC'],
        [1, 'Dưới một mục không rõ', '', '', '', 1, 'Năm 2024'],
        ['III', 'Cải cách tài chính công'],
        [1, 'Sản phẩm quá dài', 'x'.repeat(501), '', '', 0, ''],
        [2, 'Hợp lệ', '', '', '', 3, 'Quý II/2024'],
        [3, 'z'.repeat(2001)],
        [4, 'Cơ quan quá dài', '', 'y'.repeat(301)],
        [5, 'Lỗi công thức', '', '', '', { formula: '1/0', result: { error: '#DIV/0!' } }, ''],
      ]);
      // Each refusal names its row, its column and the rule it breaks (the stable name a screen words).
      const expected = [
        { row: 2, column: null, rule: 'outsideSection' },
        { row: 4, column: 'budgetMillionVnd', rule: 'negative' },
        { row: 5, column: 'due', rule: 'impossibleDate' },
        { row: 6, column: 'due', rule: 'unreadable' },
        { row: 7, column: 'budgetMillionVnd', rule: 'notNumber' },
        { row: 8, column: 'title', rule: 'empty' },
        { row: 9, column: 'title', rule: 'unknownSection' },
        { row: 12, column: 'product', rule: 'tooLong' },
        { row: 14, column: 'title', rule: 'tooLong' },
        { row: 15, column: 'leadAgency', rule: 'tooLong' },
        { row: 16, column: 'budgetMillionVnd', rule: 'formulaError' },
      ];
      const audit = await auditCount(plan.id);

      const dry = ok(await postAppendix(t, plan.id, token, file, { dryRun: true }));
      expect(dry.errors.map((e: Json) => ({ row: e.row, column: e.column, rule: e.rule }))).toEqual(expected);
      for (const e of dry.errors) {
        expect(e.field).toBe(e.column ? `row ${e.row}.${e.column}` : `row ${e.row}`);
        expect(e.message).toEqual(expect.any(String));
      }
      expect(dry.errors[2].message).toMatch(/31\/02\/2024.*not a date that exists/);
      expect(dry.errors[6].message).toMatch(/CÔNG TÁC KHÁC.*names no reform area/);
      expect(dry.rows.map((r: Json) => [r.row, r.area, r.due])).toEqual([[13, 'public_finance', '2024-Q2']]);

      const refused = expectProblem(await postAppendix(t, plan.id, token, file), 400, 'APPENDIX_INVALID');
      expect(refused.errors).toEqual(dry.errors);
      await expectPlanUnchanged(t, plan);
      expect(await auditCount(plan.id)).toBe(audit);
    });

    it('refuses a sheet with no header (row 0, field "file"), a body that is no workbook, and another media type', async () => {
      const { plan, token } = await draftPlan();
      const noHeader = await sheetFile([['Danh sách'], [1, 'Một việc gì đó', 'Năm 2024']]);
      const dry = ok(await postAppendix(t, plan.id, token, noHeader, { dryRun: true }));
      expect(dry.errors).toEqual([
        { field: 'file', row: 0, column: null, rule: 'noHeader', message: expect.stringMatching(/header/) },
      ]);
      expect(dry.rows).toEqual([]);
      expectProblem(await postAppendix(t, plan.id, token, noHeader), 400, 'APPENDIX_INVALID');

      const notXlsx = expectProblem(
        await postAppendix(t, plan.id, token, 'STT;Nhiệm vụ\n1;Rà soát'),
        400,
        'VALIDATION_FAILED',
      );
      expect(notXlsx.errors.map((e: Json) => e.field)).toEqual(['body']);
      const json = expectProblem(
        await postAppendix(t, plan.id, token, JSON.stringify({ tasks: [] }), {
          contentType: 'application/json',
        }),
        400,
        'VALIDATION_FAILED',
      );
      expect(json.errors.map((e: Json) => e.field)).toEqual(['body']);
      expectProblem(
        await postAppendix(t, plan.id, token, await officeSheet(), { contentType: 'text/plain' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      await expectPlanUnchanged(t, plan);
    });

    it('refuses more than 2000 tasks in one file', async () => {
      const { plan, token } = await draftPlan();
      const rows = Array.from({ length: 2001 }, (_, i) => [
        i + 1,
        `Nhiệm vụ số ${i + 1}`,
        '',
        '',
        '',
        1,
        'Năm 2024',
      ]);
      const file = await sheetFile([
        HEADER,
        ['I', 'Cải cách hành chính: công tác chỉ đạo, điều hành'],
        ...rows,
      ]);
      const dry = ok(await postAppendix(t, plan.id, token, file, { dryRun: true }));
      expect(dry.rows).toHaveLength(2001);
      expect(dry.errors).toEqual([
        {
          field: 'file',
          row: 0,
          column: null,
          rule: 'tooMany',
          message: expect.stringMatching(/2001 tasks.*at most 2000/),
        },
      ]);
      expectProblem(await postAppendix(t, plan.id, token, file), 400, 'APPENDIX_INVALID');
      await expectPlanUnchanged(t, plan);
    });

    it('refuses a sheet reaching far beyond an appendix before reading it, and reads a date no calendar has as a bad date', async () => {
      const { plan, token } = await draftPlan();
      const base = await sheetFile([
        HEADER,
        ['I', 'Cải cách thể chế'],
        [1, 'Rà soát văn bản', '', '', '', 1, 'Năm 2024'],
      ]);
      /** The same file with its sheet's XML edited: a row far down, a merge over the whole sheet. */
      const edited = async (edit: (xml: string) => string) => {
        const zip = await JSZip.loadAsync(base);
        const name = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)) as string;
        zip.file(name, edit(await (zip.file(name) as JSZip.JSZipObject).async('string')));
        return zip.generateAsync({ type: 'nodebuffer' });
      };
      const farRow = await edited((xml) =>
        xml.replace('</sheetData>', '<row r="99999999"><c r="A99999999"><v>1</v></c></row></sheetData>'),
      );
      const wholeSheet = await edited((xml) =>
        xml.replace(
          '</sheetData>',
          '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ),
      );
      for (const file of [farRow, wholeSheet]) {
        const refused = expectProblem(
          await postAppendix(t, plan.id, token, file, { dryRun: true }),
          400,
          'VALIDATION_FAILED',
        );
        expect(refused.errors).toEqual([
          { field: 'body', message: expect.stringMatching(/at most 20000 rows/) },
        ]);
      }
      // A date cell holding 1e15 days: a row error for the completion time, and read as no text
      // elsewhere; never a failure of the server.
      const farDate = await sheetFile(
        [HEADER, ['I', 'Cải cách thể chế'], [1, 'Rà soát văn bản', 1e15, '', '', 1, 1e15]],
        (sheet) => {
          sheet.getCell('C3').numFmt = 'dd/mm/yyyy';
          sheet.getCell('G3').numFmt = 'dd/mm/yyyy';
        },
      );
      const dry = ok(await postAppendix(t, plan.id, token, farDate, { dryRun: true }));
      expect(dry.errors).toEqual([
        expect.objectContaining({ row: 3, column: 'due', rule: 'impossibleDate' }),
      ]);
      await expectPlanUnchanged(t, plan);
    });

    it('is a plan write: an issued plan answers 409 PLAN_ISSUED (dry run too), a stale If-Match 409, others 403/404', async () => {
      const file = await officeSheet();
      const before = await getPlan(t, ngaNam.id);
      for (const dryRun of [true, false])
        expectProblem(await postAppendix(t, ngaNam.id, officer948, file, { dryRun }), 409, 'PLAN_ISSUED');
      await expectPlanUnchanged(t, before);

      const { plan, token } = await draftPlan();
      expectProblem(
        await postAppendix(t, plan.id, token, file, { headers: { 'if-match': `"${plan.version + 5}"` } }),
        409,
        'STALE_VERSION',
      );
      const viewer = await t.signIn('viewer', communeCode);
      expectProblem(await postAppendix(t, plan.id, viewer, file), 403, 'FORBIDDEN');
      expectProblem(await postAppendix(t, plan.id, officer948, file), 404, 'NOT_FOUND');
      await expectPlanUnchanged(t, plan);
    });
  });
});
