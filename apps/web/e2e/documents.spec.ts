import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Download, type Page, expect, test } from '@playwright/test';
import { shot, signIn } from './support';

/**
 * The plan as the files offices sign and keep (issue 11), on the demo data: Mỹ Xuyên (947)
 * received the province's plan 218/KH-UBND by the cascade and has not confirmed it; no other
 * spec uses it. Its officer downloads the plan as a Word document, a PDF (or is told the server
 * cannot make one) and the appendix in Excel; imports an appendix sheet (one with errors is
 * refused row by row, a good one adds its tasks); sets the document's "Nơi nhận". An issued
 * version's files are downloaded from "Các lần ban hành" of the province's plan (read only).
 * The sheets are e2e/fixtures/*.xlsx (made by e2e/fixtures/make-appendix-fixtures.mjs).
 */

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The first bytes of a downloaded file: "PK" for .docx and .xlsx (zip), "%PDF" for a PDF. */
async function head(download: Download, length: number): Promise<string> {
  const path = await download.path();
  return fs.readFileSync(path).subarray(0, length).toString('latin1');
}

async function downloadBy(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

/** Every task title the editor shows, from its boxes. */
const taskTitles = (page: Page) =>
  page
    .getByRole('textbox', { name: /^Nội dung nhiệm vụ / })
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));

test('an officer downloads the plan’s files, imports an appendix from Excel and sets the recipients', async ({
  page,
}) => {
  await signIn(page, 'canbo.947');
  const [plan] = (await (await page.request.get('/api/plans?unit=947&year=2024')).json()) as {
    id: string;
    status: string;
  }[];
  if (!plan) throw new Error('Mỹ Xuyên has no 2024 plan');
  expect(['derived', 'confirmed', 'draft']).toContain(plan.status);
  await page.goto(`/plans/${plan.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /năm 2024/ })).toBeVisible();
  const files = page.getByRole('group', { name: 'Tải về', exact: true });

  await test.step('the Word document and the appendix download as files', async () => {
    const docx = await downloadBy(page, () => files.getByRole('link', { name: 'Văn bản (.docx)' }).click());
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect(await head(docx, 2)).toBe('PK');
    const xlsx = await downloadBy(page, () => files.getByRole('link', { name: 'Phụ lục (.xlsx)' }).click());
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await head(xlsx, 2)).toBe('PK');
  });

  await test.step('the PDF downloads, or the screen says the server cannot make it', async () => {
    const answer = await page.request.get(`/api/plans/${plan.id}/document.pdf`);
    if (answer.status() === 503) {
      expect((await answer.json()).code).toBe('DOCUMENT_CONVERTER_UNAVAILABLE');
      await files.getByRole('button', { name: 'PDF' }).click();
      await expect(page.getByTestId('pdf-error')).toContainText(
        'Máy chủ chưa cài LibreOffice nên chưa tạo được bản PDF; hãy tải văn bản .docx.',
      );
      await shot(page, '50-documents-no-pdf', { fullPage: false });
    } else {
      expect(answer.status()).toBe(200);
      const pdf = await downloadBy(page, () => files.getByRole('button', { name: 'PDF' }).click());
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      expect(await head(pdf, 4)).toBe('%PDF');
    }
  });

  const dialog = page.getByRole('dialog', { name: 'Nhập phụ lục từ Excel' });
  const importButton = dialog.getByRole('button', { name: 'Nhập', exact: true });
  await test.step('a sheet with errors is refused row by row, nothing imported', async () => {
    await page.getByRole('button', { name: 'Nhập phụ lục từ Excel' }).click();
    await expect(dialog).toBeVisible();
    await dialog.locator('input[type="file"]').setInputFiles(fixture('appendix-bad.xlsx'));
    const errors = dialog.getByTestId('appendix-errors');
    await expect(errors).toBeVisible();
    await expect(errors).toContainText(/Dòng 7: Kinh phí/);
    await expect(errors).toContainText(/Dòng 8: Thời gian hoàn thành/);
    await expect(importButton).toBeDisabled();
    await shot(page, '51-documents-import-errors', { fullPage: false });
  });

  const before = await taskTitles(page);
  await test.step('a good sheet shows its tasks by section, then adds them', async () => {
    await dialog.locator('input[type="file"]').setInputFiles(fixture('appendix-good.xlsx'));
    const preview = dialog.getByTestId('appendix-preview');
    await expect(preview).toBeVisible();
    await expect(dialog.getByTestId('appendix-errors')).toBeHidden();
    await expect(preview).toContainText('I. Cải cách thể chế');
    await expect(preview).toContainText('II. Cải cách thủ tục hành chính');
    await expect(preview).toContainText('2 nhiệm vụ · 1.205,5 triệu đồng');
    await expect(dialog).toContainText('Đọc được 3 nhiệm vụ, tổng kinh phí 1.225,5 triệu đồng.');
    const first = dialog.getByTestId('appendix-row-7');
    await expect(first).toContainText('Rà soát văn bản quy phạm pháp luật của huyện (nhập từ Excel)');
    await expect(first).toContainText('Phòng Tư pháp');
    await expect(first).toContainText('1.200');
    await expect(first).toContainText('Quý II/2024');
    // Last year's completion time: allowed, but flagged.
    await expect(dialog.getByTestId('appendix-row-8')).toContainText('Quý I/2023');
    await expect(dialog.getByTestId('appendix-row-8')).toContainText('Thời hạn ngoài năm kế hoạch');
    await expect(first).not.toContainText('Thời hạn ngoài năm kế hoạch');
    await shot(page, '52-documents-import-preview', { fullPage: false });

    await expect(importButton).toBeEnabled();
    await importButton.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('appendix-imported')).toHaveText('Đã thêm 3 nhiệm vụ');
    await expect
      .poll(() => taskTitles(page))
      .toEqual(
        expect.arrayContaining([
          ...before,
          'Rà soát văn bản quy phạm pháp luật của huyện (nhập từ Excel)',
          'Tập huấn kỹ năng soạn thảo văn bản (nhập từ Excel)',
          'Số hóa hồ sơ thủ tục hành chính tại bộ phận một cửa (nhập từ Excel)',
        ]),
      );
    expect((await taskTitles(page)).length).toBe(before.length + 3);
    const area = page.getByRole('table', { name: 'Nhiệm vụ: Cải cách thủ tục hành chính' });
    await expect(area.getByRole('textbox', { name: /^Cơ quan chủ trì nhiệm vụ / }).last()).toHaveValue(
      'Phòng Nội vụ',
    );
  });

  await test.step('"Nơi nhận": the usual list until the unit sets its own', async () => {
    const recipients = page.getByLabel('Nơi nhận');
    await expect(recipients).toHaveAttribute('placeholder', /Sở Nội vụ tỉnh;\nTT\. Huyện ủy;/);
    await expect(page.getByText('Để trống: dùng danh sách thường dùng.')).toBeVisible();
    await recipients.fill('Sở Nội vụ tỉnh Sóc Trăng;\nTT. Huyện ủy Mỹ Xuyên;\nLưu: VT, VP.');
    const header = page.getByRole('region', { name: 'Thông tin chung' });
    await header.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(header.getByRole('status')).toHaveText('Đã lưu thông tin chung.');
    await page.reload();
    await expect(page.getByLabel('Nơi nhận')).toHaveValue(
      'Sở Nội vụ tỉnh Sóc Trăng;\nTT. Huyện ủy Mỹ Xuyên;\nLưu: VT, VP.',
    );
    const saved = (await (await page.request.get(`/api/plans/${plan.id}`)).json()) as {
      recipients: string[];
    };
    expect(saved.recipients).toEqual(['Sở Nội vụ tỉnh Sóc Trăng;', 'TT. Huyện ủy Mỹ Xuyên;', 'Lưu: VT, VP.']);
    await shot(page, '53-documents-plan');
  });
});

test('an issued plan reads its “Nơi nhận” and gives each issued version’s files', async ({ page }) => {
  await signIn(page, 'canbo.947');
  const [province] = (await (await page.request.get('/api/plans?unit=94&year=2024')).json()) as {
    id: string;
    recipients: string[];
  }[];
  if (!province) throw new Error('Sóc Trăng has no 2024 plan');

  await page.goto(`/plans/${province.id}`);
  await expect(page.getByTestId('plan-document')).toBeVisible();
  // Another unit's plan: read, downloaded, never imported into.
  await expect(page.getByRole('button', { name: 'Nhập phụ lục từ Excel' })).toHaveCount(0);
  const recipients = page.getByTestId('plan-recipients');
  await expect(recipients).toContainText('Nơi nhận');
  // The demo's province plan sets no list of its own: the province's usual one.
  if (province.recipients.length === 0) await expect(recipients).toContainText('- Bộ Nội vụ;');
  else await expect(recipients).toContainText(province.recipients[0] ?? '');

  await page.getByRole('link', { name: 'Các lần ban hành' }).click();
  const first = page.getByRole('group', { name: 'Tải về văn bản ban hành lần 1' });
  await expect(first.getByRole('link', { name: 'Văn bản (.docx)' })).toHaveAttribute(
    'href',
    `/api/plans/${province.id}/document.docx?version=1`,
  );
  await expect(first.getByRole('link', { name: 'Phụ lục (.xlsx)' })).toHaveAttribute(
    'href',
    `/api/plans/${province.id}/appendix.xlsx?version=1`,
  );
  const docx = await downloadBy(page, () => first.getByRole('link', { name: 'Văn bản (.docx)' }).click());
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  expect(await head(docx, 2)).toBe('PK');
  await shot(page, '54-documents-versions');
});
