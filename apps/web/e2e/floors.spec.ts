import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

/**
 * Changes below a plan are never silent (issue 9), on the demo data: Sóc Trăng's
 * issued 2024 plan 218/KH-UBND, cascaded to its 11 districts. Nothing here is
 * saved: the preview is the cascade's dry run. (The warning before saving a
 * tighter floor: plan-lifecycle.spec.ts, in an amendment; after saving it:
 * plan-cascade.spec.ts.)
 */
test('a cascade previews what it will do before it runs', async ({ page }) => {
  let planUrl = '';
  await test.step('the province’s officer opens the 2024 plan', async () => {
    await signIn(page, 'canbo.94');
    // An officer starts at its inbox; the tree opens at its unit.
    await page.goto('/?unit=94');
    await page.getByLabel('Tìm đơn vị').fill('soc trang');
    await page.getByRole('button', { name: 'Tỉnh Sóc Trăng', exact: true }).click();
    await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).click();
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
    planUrl = new URL(page.url()).pathname;
  });

  await test.step('the cascade says what it will do and asks before doing it', async () => {
    await page.goto(`${planUrl}/cascade`);
    await page.getByRole('radio', { name: 'Một số đơn vị' }).check();
    await page.getByRole('checkbox', { name: 'Chọn Thị xã Ngã Năm' }).check();
    await page.getByRole('button', { name: 'Giao kế hoạch' }).click();
    const preview = page.getByTestId('cascade-preview');
    await expect(preview).toContainText('Sẽ tạo 0 kế hoạch, cập nhật 0 kế hoạch');
    await expect(preview).toContainText('Kế hoạch cấp dưới đã đầy đủ');
    await shot(page, 'floors-02-cascade-preview');
    await preview.getByRole('button', { name: 'Hủy' }).click();
    await expect(preview).toHaveCount(0);
    await expect(page.getByTestId('cascade-result')).toHaveCount(0);
  });
});
