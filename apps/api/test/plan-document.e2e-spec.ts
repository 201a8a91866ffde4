import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { DOCX_MEDIA_TYPE } from '@cchc/contracts';
import { DEMO_DISTRICT_CODE } from '../src/modules/demo/demo-plan.js';
import { loadDemoDataOnFirstStart } from '../src/modules/demo/demo-data.js';
import { readDocx, renderDocxLayout } from './support/docx-reading.js';
import { expectProblem, getPlan, ok, targetIn } from './support/expectations.js';
import { importProvince } from './support/fixtures.js';
import {
  NGA_NAM_ISSUE,
  amendPlan,
  cascade,
  confirmAndIssue,
  issuePlan,
  openAmendment,
  socTrangPlan,
} from './support/soc-trang-plan.js';
import { type TestApp, bearer, startTestApp } from './support/test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const GOLDEN = path.join(import.meta.dirname, 'golden/nga-nam-2024.document.txt');

function hasProgram(name: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && fs.existsSync(path.join(dir, name)));
}

describe("a plan's document: the .docx in the state format, and its PDF", () => {
  let t: TestApp;
  let province: Json;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    await importProvince(t, '94');
    province = await socTrangPlan(t);
  });

  /** The file as the browser downloads it, read as bytes (the plan's officer asks). */
  async function download(planId: string, file = 'document.docx', query = '') {
    const [plan] = await t.dataSource.query('SELECT unit_code FROM plans WHERE id = $1', [planId]);
    const token = await t.signIn('officer', plan.unit_code);
    const res = await fetch(`${t.url}/api/plans/${planId}/${file}${query}`, { headers: bearer(token) });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes };
  }
  const documentOf = async (planId: string, query = '') => {
    const res = await download(planId, 'document.docx', query);
    if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${Buffer.from(res.bytes)}`);
    return readDocx(res.bytes);
  };

  /** Ngã Năm's plan, derived from the issued province plan, confirmed and issued as 12/KH-UBND. */
  async function ngaNamPlan(): Promise<Json> {
    await issuePlan(t, province.id);
    const result = await cascade(t, province.id);
    const id = result.plans.find((p: Json) => p.unitCode === DEMO_DISTRICT_CODE).id;
    await confirmAndIssue(t, id, NGA_NAM_ISSUE);
    return getPlan(t, id);
  }

  it('answers a Word file on A4 portrait, Times New Roman, margins 20/20/30/15 mm, with the appendix on landscape A4', async () => {
    const res = await download(province.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX_MEDIA_TYPE);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="ke-hoach-soc-trang-2024.docx"; filename*=UTF-8''${encodeURIComponent('Kế hoạch Tỉnh Sóc Trăng 2024.docx')}`,
    );
    const { xml } = await readDocx(res.bytes);
    const sections = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/w:w="11906" w:h="16838" w:orient="portrait"/);
    expect(sections[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    for (const margin of xml.matchAll(/<w:pgMar ([^>]*)\/>/g)) {
      // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850.
      expect(margin[1]).toMatch(/w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    }
    const fonts = new Set([...xml.matchAll(/w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const sizes = new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2));
    // Body 14 pt, header 13, the appendix 12, "Nơi nhận" 12 and its list 11: nothing else.
    expect([...sizes].sort()).toEqual([11, 12, 13, 14]);
  });

  it("lays out an issued province plan: header, number, date, basis, sections I–IV, the targets' sentences, KT. signature", async () => {
    await issuePlan(t, province.id);
    const { lines, text } = await documentOf(province.id);
    expect(lines.slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH SÓC TRĂNG',
      'Số: 218/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Sóc Trăng, ngày 19 tháng 12 năm 2023',
      'KẾ HOẠCH',
    ]);
    expect(lines[7]).toBe('Thực hiện cải cách hành chính năm 2024');
    expect(text).not.toContain('DỰ THẢO');
    const headings = lines.filter((l) => /^(I|II|III|IV)\. /.test(l));
    expect(headings).toEqual([
      'I. MỤC TIÊU, YÊU CẦU',
      'II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    const section2 = lines.slice(lines.indexOf(headings[1] as string), lines.indexOf(headings[2] as string));
    expect(section2.filter((l) => /^\d+\. /.test(l))).toEqual([
      '1. Cải cách thủ tục hành chính',
      '2. Cải cách chế độ công vụ',
      '3. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
      '4. Công tác chỉ đạo, điều hành và tuyên truyền cải cách hành chính',
    ]);
    expect(section2).toEqual(
      expect.arrayContaining([
        '- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt tối thiểu 98%;',
        '- Tỷ lệ số hóa kết quả giải quyết TTHC: cấp tỉnh tối thiểu 80%, cấp huyện tối thiểu 70%, cấp xã tối thiểu 60%;',
        '- Không có cán bộ, công chức bị kỷ luật;',
        '- Ban hành kế hoạch CCHC của cấp dưới hoàn thành trước ngày 30 tháng 7 năm 2024;',
        '- Rà soát, đơn giản hóa thủ tục hành chính (cơ quan chủ trì: Văn phòng UBND tỉnh; thời gian hoàn thành: 30/06/2024);',
        '- Ban hành Kế hoạch CCHC năm 2024 (cơ quan chủ trì: Sở Nội vụ; thời gian hoàn thành: Quý I/2024);',
      ]),
    );
    // An own plan: nothing is marked as assigned from above.
    expect(text).not.toContain('(*)');
    expect(lines).toContain(
      'Tổng kinh phí thực hiện Kế hoạch: 170 triệu đồng (Bằng chữ: Một trăm bảy mươi triệu đồng), chi tiết tại Phụ lục kèm theo.',
    );
    expect(lines).toContain('- Cơ quan chủ trì: Sở Nội vụ.');
    expect(lines).toContain('- Cơ quan phối hợp: Các sở, ban, ngành.');
    expect(lines).toContain(
      'Trên đây là Kế hoạch thực hiện cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh Sóc Trăng./.',
    );
    // Nơi nhận (the province's usual list) beside the vice-chair's signature on the chair's behalf.
    const signature = lines.slice(lines.indexOf('Nơi nhận:'));
    expect(signature.slice(0, 3)).toEqual(['Nơi nhận:', '- Bộ Nội vụ;', '- TT. Tỉnh ủy;']);
    expect(signature).toEqual(
      expect.arrayContaining(['- Lưu: VT, SNV.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Minh']),
    );
  });

  it('writes each legal basis as "Căn cứ …;" and the appendix with its sections, rows, subtotals, total and words', async () => {
    ok(
      await t.request('PATCH', `/api/plans/${province.id}`, {
        legalBasis: ['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ', 'Căn cứ Chỉ thị số 27/CT-TTg.'],
      }),
    );
    ok(
      await t.request('POST', `/api/plans/${province.id}/tasks`, {
        title: 'Cập nhật cơ sở dữ liệu cán bộ, công chức',
        area: 'civil_service',
        leadAgency: 'Sở Nội vụ',
        budgetMillionVnd: 1035.5,
        due: '2024',
      }),
      201,
    );
    const { lines } = await documentOf(province.id);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;',
        'Căn cứ Chỉ thị số 27/CT-TTg;',
      ]),
    );
    const appendix = lines.slice(lines.indexOf('PHỤ LỤC'));
    expect(appendix.slice(0, 3)).toEqual([
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024',
      '(Kèm theo Kế hoạch số      /KH-UBND ngày      /      /2024 của Ủy ban nhân dân tỉnh Sóc Trăng)',
    ]);
    // mammoth reads a table cell by cell, one line each (empty cells dropped).
    expect(appendix.slice(3, 10)).toEqual([
      'STT',
      'Nhiệm vụ',
      'Sản phẩm',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Kinh phí (triệu đồng)',
      'Thời gian hoàn thành',
    ]);
    const rest = appendix.slice(10);
    expect(rest).toEqual([
      'I',
      'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
      '1',
      'Rà soát, đơn giản hóa thủ tục hành chính',
      'Quyết định phê duyệt phương án đơn giản hóa',
      'Văn phòng UBND tỉnh',
      '120',
      '30/06/2024',
      'Cộng',
      '120',
      'II',
      'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
      '1',
      'Cập nhật cơ sở dữ liệu cán bộ, công chức',
      'Sở Nội vụ',
      '1.035,5',
      'Năm 2024',
      'Cộng',
      '1.035,5',
      'III',
      'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH',
      '1',
      'Ban hành Kế hoạch CCHC năm 2024',
      'Kế hoạch',
      'Sở Nội vụ',
      'Các sở, ban, ngành',
      '50',
      'Quý I/2024',
      'Cộng',
      '50',
      'TỔNG CỘNG',
      '1.205,5',
      'Bằng chữ: Một nghìn hai trăm linh năm triệu năm trăm nghìn đồng.',
    ]);
  });

  it('marks a draft "DỰ THẢO", leaves its number and date blank and its signature unsigned', async () => {
    const { lines, xml } = await documentOf(province.id);
    expect(lines.slice(0, 8)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH SÓC TRĂNG',
      'Số:      /KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Sóc Trăng, ngày      tháng      năm 2024',
      'DỰ THẢO',
      'KẾ HOẠCH',
    ]);
    // Boxed and bold, above the title.
    expect(xml).toMatch(/<w:pBdr>[\s\S]*?<\/w:pBdr>[\s\S]*?<w:b\/>[\s\S]*?DỰ THẢO/);
    const signature = lines.slice(lines.indexOf('TM. ỦY BAN NHÂN DÂN'));
    expect(signature).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'PHỤ LỤC', ...signature.slice(3)]);
  });

  it('a derived plan cites its parent as issued and marks what the parent assigned with (*)', async () => {
    const ngaNam = await ngaNamPlan();
    const res = await download(ngaNam.id);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="ke-hoach-nga-nam-2024\.docx"/,
    );
    const { lines } = await readDocx(res.bytes);
    expect(lines.slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THỊ XÃ NGÃ NĂM',
      'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Ngã Năm, ngày 05 tháng 01 năm 2024',
    ]);
    expect(lines[8]).toBe(
      'Căn cứ Kế hoạch số 218/KH-UBND ngày 19 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính năm 2024;',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        '- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt tối thiểu 98% (*);',
        // The cascade gave Ngã Năm the province's district floor as its own value.
        '- Tỷ lệ số hóa kết quả giải quyết TTHC: cấp thị xã tối thiểu 70%, cấp xã tối thiểu 60% (*);',
        'Rà soát, đơn giản hóa thủ tục hành chính (*)',
        'Trên đây là Kế hoạch thực hiện cải cách hành chính năm 2024 của Ủy ban nhân dân thị xã Ngã Năm./.',
        '- Sở Nội vụ tỉnh;',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Kim Thái Phong',
      ]),
    );
    // The cascade leaves the province's agencies behind: section IV names no area, only the duty.
    const section4 = lines.slice(lines.indexOf('IV. TỔ CHỨC THỰC HIỆN'), lines.indexOf('Nơi nhận:'));
    expect(section4).toEqual([
      'IV. TỔ CHỨC THỰC HIỆN',
      'Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân thị xã Ngã Năm căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động triển khai thực hiện.',
      // The reporting calendar it inherits from the province: seed 000's four periods.
      'Chế độ báo cáo: các cơ quan, đơn vị báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân thị xã Ngã Năm theo các kỳ sau:',
      '- Báo cáo Quý I/2024: Thời gian chốt số liệu tính từ ngày 15/12/2023 đến ngày 14/3/2024; gửi chậm nhất vào sáng ngày 15/3/2024;',
      '- Báo cáo 6 tháng đầu năm 2024: Thời gian chốt số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024; gửi chậm nhất vào sáng ngày 15/6/2024;',
      '- Báo cáo Quý III/2024: Thời gian chốt số liệu tính từ ngày 15/6/2024 đến ngày 14/9/2024; gửi chậm nhất vào sáng ngày 15/9/2024;',
      '- Báo cáo tổng hợp năm 2024: Thời gian chốt số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024; gửi chậm nhất vào sáng ngày 15/12/2024.',
      'Trên đây là Kế hoạch thực hiện cải cách hành chính năm 2024 của Ủy ban nhân dân thị xã Ngã Năm./.',
    ]);
    const note =
      '(*) Chỉ tiêu, nhiệm vụ giao tại Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng.';
    // Once under section II, once under the appendix's table.
    expect(lines.filter((l) => l === note)).toHaveLength(2);
    expect(lines.indexOf(note)).toBeLessThan(lines.indexOf('III. KINH PHÍ THỰC HIỆN'));
    expect(lines.at(-1)).toBe(note);
    expect(lines).toContain(
      '(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân thị xã Ngã Năm)',
    );
  });

  it('after the province amends its plan, a draft below cites the amended plan; a signed one keeps what it cited', async () => {
    const ngaNam = await ngaNamPlan();
    await amendPlan(t, province.id, async () =>
      ok(await t.request('PATCH', `/api/plans/${province.id}`, { objectives: 'Mục tiêu điều chỉnh.' })),
    );
    const [{ id: other }] = await t.dataSource.query(
      `SELECT id FROM plans WHERE parent_plan_id = $1 AND unit_code = '941'`,
      [province.id],
    );
    const draft = await documentOf(other);
    expect(draft.lines).toContain(
      'Căn cứ Kế hoạch số 45/KH-UBND ngày 12 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính năm 2024;',
    );
    expect(draft.lines.at(-1)).toBe(
      '(*) Chỉ tiêu, nhiệm vụ giao tại Kế hoạch số 45/KH-UBND ngày 12/06/2024 của Ủy ban nhân dân tỉnh Sóc Trăng.',
    );
    expect((await getPlan(t, ngaNam.id)).status).toBe('issued');
    const signed = await documentOf(ngaNam.id);
    expect(signed.lines).toContain(
      'Căn cứ Kế hoạch số 218/KH-UBND ngày 19 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải cách hành chính năm 2024;',
    );
    expect(signed.lines.at(-1)).toBe(
      '(*) Chỉ tiêu, nhiệm vụ giao tại Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng.',
    );
  });

  it('?version=1 is the document as first issued, after an amendment changed the plan', async () => {
    await issuePlan(t, province.id);
    await amendPlan(t, province.id, async () =>
      ok(await t.request('PATCH', `/api/plans/${province.id}/targets/TTHC-01`, { value: 99 })),
    );
    expect(targetIn(await getPlan(t, province.id), 'TTHC-01').value).toBe(99);
    const now = await documentOf(province.id);
    expect(now.lines).toContain('Số: 45/KH-UBND');
    expect(now.lines).toContain('Sóc Trăng, ngày 12 tháng 6 năm 2024');
    expect(now.lines).toContain('- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt tối thiểu 99%;');
    const first = await documentOf(province.id, '?version=1');
    expect(first.lines).toContain('Số: 218/KH-UBND');
    expect(first.lines).toContain('Sóc Trăng, ngày 19 tháng 12 năm 2023');
    expect(first.lines).toContain('- Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt tối thiểu 98%;');
    expect(first.text).not.toContain('DỰ THẢO');
    // While a next amendment is drafted, the plan's document is a draft again; version 2 stays as signed.
    await openAmendment(t, province.id);
    const amending = await documentOf(province.id);
    expect(amending.lines).toEqual(expect.arrayContaining(['Số:      /KH-UBND', 'DỰ THẢO']));
    expect(amending.text).not.toContain('Nguyễn Văn Minh');
    expect((await documentOf(province.id, '?version=2')).lines).toContain('Số: 45/KH-UBND');
    const missing = await t.request('GET', `/api/plans/${province.id}/document.docx?version=9`);
    expectProblem(missing, 404, 'NOT_FOUND');
    expectProblem(
      await t.request('GET', `/api/plans/${province.id}/document.docx?version=0`),
      400,
      'VALIDATION_FAILED',
    );
  });

  it("refuses a plan outside the caller's reach, like the plan itself", async () => {
    const ngaNam = await ngaNamPlan();
    const other = bearer(await t.signIn('officer', '941'));
    const plan = await t.request('GET', `/api/plans/${ngaNam.id}`, undefined, other);
    const document = await t.request('GET', `/api/plans/${ngaNam.id}/document.docx`, undefined, other);
    expect(plan.status).toBeGreaterThanOrEqual(400);
    expect([document.status, document.body.code]).toEqual([plan.status, plan.body.code]);
  });

  it('converts the document to an A4 PDF with its Vietnamese text intact (LibreOffice)', async () => {
    if (!hasProgram('soffice') || !hasProgram('pdftotext') || !hasProgram('pdfinfo')) {
      console.warn('skipped: LibreOffice (soffice), pdftotext or pdfinfo is not installed on this machine');
      return;
    }
    await issuePlan(t, province.id);
    const res = await download(province.id, 'document.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="ke-hoach-soc-trang-2024\.pdf"/,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-pdf-test-'));
    try {
      const file = path.join(dir, 'plan.pdf');
      fs.writeFileSync(file, res.bytes);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const line of [
        'ỦY BAN NHÂN DÂN',
        'TỈNH SÓC TRĂNG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'KẾ HOẠCH',
        'Thực hiện cải cách hành chính năm 2024',
        'PHỤ LỤC',
      ])
        expect(text).toContain(line);
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1', file], { encoding: 'utf8' });
      expect(info).toMatch(
        /Page\s+1 size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page\s+1 size:\s+595\.\d+ x 842(\.\d+)? pts/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('converts two PDFs asked at once, each whole (one LibreOffice at a time, each with its own profile)', async () => {
    if (!hasProgram('soffice') || !hasProgram('pdfinfo')) {
      console.warn('skipped: LibreOffice (soffice) or pdfinfo is not installed on this machine');
      return;
    }
    await issuePlan(t, province.id);
    const [a, b] = await Promise.all([
      download(province.id, 'document.pdf'),
      download(province.id, 'document.pdf', '?version=1'),
    ]);
    for (const res of [a, b]) {
      expect(res.status).toBe(200);
      expect(Buffer.from(res.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    }
  }, 180_000);

  it('answers 503 DOCUMENT_CONVERTER_UNAVAILABLE for the PDF when the server has no LibreOffice', async () => {
    const bare = await startTestApp({ app: { documents: { sofficePath: '/nonexistent/soffice' } } });
    try {
      const res = await bare.request('GET', `/api/plans/${province.id}/document.pdf`);
      const problem = expectProblem(res, 503, 'DOCUMENT_CONVERTER_UNAVAILABLE');
      expect(problem.detail).toBe(
        'LibreOffice is not installed on the server: the PDF cannot be made; download the .docx',
      );
      // The Word file still comes.
      const docx = await bare.request('GET', `/api/plans/${province.id}/document.docx`);
      expect(docx.status).toBe(200);
    } finally {
      await bare.close();
    }
  });

  it("renders the demo's Ngã Năm plan as the golden layout (UPDATE_GOLDEN=1 rewrites it)", async () => {
    await t.reset();
    await loadDemoDataOnFirstStart(t.app, t.dataSource, new Logger('DemoTest'));
    const [{ id }] = await t.dataSource.query(`SELECT id FROM plans WHERE unit_code = $1 AND year = 2024`, [
      DEMO_DISTRICT_CODE,
    ]);
    const { xml } = await documentOf(id);
    const rendering = renderDocxLayout(xml);
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
      fs.writeFileSync(GOLDEN, rendering);
    }
    expect(rendering).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });
});
