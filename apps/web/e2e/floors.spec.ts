import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

/**
 * Changes below a plan are never silent (issue 9), on the demo data: Sóc Trăng's
 * 2024 plan 218/KH-UBND, cascaded to its 11 districts. Nothing here is saved:
 * the warnings come from the API's impact read and the cascade's dry run.
 * (Saving a tightened floor and the warning after it: plan-cascade.spec.ts.)
 */
test('a tighter floor says how many plans below it leaves under it; a cascade previews before it runs', async ({
  page,
}) => {
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

  await test.step('before saving: "11 kế hoạch cấp dưới sẽ thấp hơn mức sàn mới"', async () => {
    const value = page.getByLabel('Giá trị chỉ tiêu TTHC-01');
    await expect(value).toHaveValue('98 %');
    // As high as the districts already are: nothing to say.
    await value.fill('98');
    await expect(page.getByTestId('floor-impact-TTHC-01')).toHaveCount(0);
    await value.fill('99');
    const impact = page.getByTestId('floor-impact-TTHC-01');
    await expect(impact).toContainText('11 kế hoạch cấp dưới sẽ thấp hơn mức sàn mới');
    await shot(page, 'floors-01-before-saving');
    // Looser than now: nobody below falls under it.
    await value.fill('90');
    await expect(impact).toHaveCount(0);
    await value.press('Escape');
    await expect(value).toHaveValue('98 %');
  });

  await test.step('a commune floor asking more than the district floor is accepted, with a hint', async () => {
    await page.getByLabel('Mức sàn cấp huyện của chỉ tiêu TTHC-01').fill('90');
    await page.getByLabel('Mức sàn cấp xã của chỉ tiêu TTHC-01').fill('95');
    await expect(page.getByTestId('commune-hint-TTHC-01')).toContainText(
      'Mức sàn cấp xã (95 %) yêu cầu cao hơn mức sàn cấp huyện (90 %)',
    );
    // A hint, not a refusal: the row may still be saved.
    await expect(page.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' })).toBeEnabled();
    await page.getByLabel('Mức sàn cấp xã của chỉ tiêu TTHC-01').fill('85');
    await expect(page.getByTestId('commune-hint-TTHC-01')).toHaveCount(0);
    await page.getByRole('button', { name: 'Hoàn tác thay đổi của chỉ tiêu TTHC-01' }).click();
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
