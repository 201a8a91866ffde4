import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

/**
 * Two screens on one plan: a write based on the version a screen shows is
 * refused once someone else changed the plan (If-Match → 409 STALE_VERSION);
 * the screen says so in Vietnamese and reloads on request, keeping what was typed.
 */
test('a change saved elsewhere meanwhile is not overwritten: reload, then save', async ({
  page,
  context,
}) => {
  await signIn(page, 'canbo.949');
  await page.goto('/?unit=949');
  await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planUrl = new URL(page.url()).pathname;

  // The same officer, in a second tab, saves a document number first.
  const other = await context.newPage();
  await other.goto(planUrl);
  await other.getByLabel('Số hiệu văn bản').fill('12/KH-UBND');
  await other.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Đã lưu thông tin chung.' })).toBeVisible();
  await other.close();

  // This tab still shows the plan as it was.
  const objectives = 'Nâng cao chất lượng giải quyết thủ tục hành chính trên địa bàn thị xã.';
  await page.getByLabel('Mục tiêu, yêu cầu').fill(objectives);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  const stale = page.getByTestId('stale-version');
  await expect(stale).toContainText('Kế hoạch vừa được người khác thay đổi');
  await expect(stale).toContainText('thay đổi của bạn chưa được lưu');
  await shot(page, '20-stale-version');

  await stale.getByRole('button', { name: 'Tải lại kế hoạch' }).click();
  await expect(stale).toBeHidden();
  await expect(page.getByLabel('Số hiệu văn bản')).toHaveValue('12/KH-UBND');
  await expect(page.getByLabel('Mục tiêu, yêu cầu')).toHaveValue(objectives);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu thông tin chung.' })).toBeVisible();

  await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
  const changes = page.getByRole('row').filter({ hasText: 'Sửa thông tin chung' });
  await expect(changes).toHaveCount(2);
  await expect(changes.filter({ hasText: 'Số hiệu văn bản' })).toContainText('(trống) → 12/KH-UBND');
  await expect(changes.filter({ hasText: 'Mục tiêu, yêu cầu' })).toContainText('canbo.949');
});
