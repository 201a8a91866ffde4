import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

/**
 * Printing a plan gives the plan, not the app: the document's heading (unit, number, national
 * title, the plan's title, legal basis, objectives) and the reform areas with their targets and
 * tasks as text; no header, tabs, buttons or input boxes. Checked as Chromium lays the page out
 * for print, and printed to a PDF (Chromium's own print path) kept beside the screenshots.
 */
test('a district’s plan prints as a document, with no buttons or input boxes', async ({ page }) => {
  await signIn(page, 'canbo.949');
  await page.goto('/?unit=949');
  await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /năm 2024/ })).toBeVisible();
  const firstTarget = page.getByRole('table', { name: /^Chỉ tiêu: / }).first();
  await expect(firstTarget).toBeVisible();
  // On screen the plan is edited in place: boxes and buttons, and no printed heading.
  await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toBeVisible();
  await expect(page.getByTestId('plan-print-header')).toBeHidden();
  const name = await firstTarget.getByRole('textbox').first().inputValue();

  // The width an A4 landscape page leaves inside its 12 mm margins, at 96 px to the inch.
  await page.setViewportSize({ width: 1032, height: 730 });
  await page.emulateMedia({ media: 'print' });
  const heading = page.getByTestId('plan-print-header');
  await expect(heading).toBeVisible();
  await expect(heading).toContainText('Huyện Thạnh Trị');
  await expect(heading).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(heading).toContainText('Độc lập - Tự do - Hạnh phúc');
  await expect(heading).toContainText(/Phiên bản \d+, cập nhật ngày \d{2}\/\d{2}\/\d{4}/);
  await expect(heading).toContainText('KẾ HOẠCH');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kế hoạch Thực hiện cải cách hành chính năm 2024',
  );
  await expect(heading).toContainText('Căn cứ');
  // It ends as the document does: "Nơi nhận" (the district's usual list) and the signature block.
  const footer = page.getByTestId('plan-print-footer');
  await expect(footer).toBeVisible();
  await expect(footer).toContainText('Nơi nhận:');
  await expect(footer).toContainText('- Sở Nội vụ tỉnh;');
  await expect(footer).toContainText('TM. ỦY BAN NHÂN DÂN');

  // The reform areas with their targets and tasks, as text.
  await expect(page.getByRole('heading', { level: 3, name: /^I\. / })).toBeVisible();
  await expect(firstTarget).toBeVisible();
  await expect(firstTarget).toContainText(name);
  await expect(page.getByRole('table', { name: /^Nhiệm vụ: / }).first()).toBeVisible();

  // Nothing of the app: no header, tabs, buttons, boxes, language switch.
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Các màn hình của kế hoạch' })).toBeHidden();
  const shown = await page.evaluate(() =>
    Array.from(document.querySelectorAll('button, input, textarea, select, [role="radiogroup"]'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(shown).toEqual([]);
  // Every table fits the page: none is cut at a scrolling box's edge.
  const clipped = await page.evaluate(() =>
    Array.from(document.querySelectorAll('table'))
      .filter((t) => t.getClientRects().length > 0)
      .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((t) => t.getAttribute('aria-label')),
  );
  expect(clipped).toEqual([]);
  await shot(page, 'print-plan');

  // Chromium's print path, as "Save as PDF" would give it (A4 landscape, from the page's CSS).
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  fs.writeFileSync(fileURLToPath(new URL('./screenshots/print-plan.pdf', import.meta.url)), pdf);
});

test('an issued plan prints with its number, its place and date, and its signer', async ({ page }) => {
  await signIn(page, 'canbo.94');
  const [plan] = (await (await page.request.get('/api/plans?unit=94&year=2024')).json()) as {
    id: string;
  }[];
  const full = (await (await page.request.get(`/api/plans/${plan?.id}`)).json()) as {
    status: string;
    issued: { documentNumber: string; issuedOn: string; place: string; signer: { name: string } };
  };
  // The province's plan is issued in the demo, and every spec that amends it issues it again.
  expect(full.status).toBe('issued');
  const [year, month, day] = full.issued.issuedOn.split('-');
  await page.goto(`/plans/${plan?.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /năm 2024/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const heading = page.getByTestId('plan-print-header');
  await expect(heading).toContainText(`Số: ${full.issued.documentNumber}`);
  // "Sóc Trăng, ngày 19 tháng 12 năm 2023": dated as signed, not by its version.
  await expect(heading).toContainText(
    `${full.issued.place}, ngày ${day} tháng ${Number(month) <= 2 ? month : Number(month)} năm ${year}`,
  );
  await expect(heading).not.toContainText('Phiên bản');
  const footer = page.getByTestId('plan-print-footer');
  await expect(footer).toContainText('Nơi nhận:');
  await expect(footer).toContainText('- Bộ Nội vụ;');
  await expect(footer).toContainText(full.issued.signer.name);
});
