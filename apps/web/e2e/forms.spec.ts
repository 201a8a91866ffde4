import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

/**
 * The forms as a district clerk types in them: numbers the Vietnamese way ("1.500" is one
 * thousand five hundred), a percentage over 100 refused where it is typed, a deadline outside
 * the plan's year asked about, and unsaved edits kept from a careless click elsewhere.
 */
test('a district clerk types numbers the Vietnamese way and loses nothing by accident', async ({ page }) => {
  await signIn(page, 'canbo.944');
  await page.goto('/?unit=944');
  await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  // Tasks are numbered inside their reform area: the first of "Cải cách thủ tục hành chính".
  const procedures = page.getByRole('region', { name: 'Cải cách thủ tục hành chính' });

  await test.step('"1.500" as a budget is one thousand five hundred million đồng', async () => {
    const budget = procedures.getByLabel('Kinh phí nhiệm vụ 1 (triệu đồng)');
    await budget.fill('1.500');
    await procedures.getByRole('button', { name: 'Lưu nhiệm vụ 1' }).click();
    // Saved: nothing is left to save on the row.
    await expect(procedures.getByRole('button', { name: 'Lưu nhiệm vụ 1' })).toHaveCount(0);
    await page.reload();
    await expect(procedures.getByLabel('Kinh phí nhiệm vụ 1 (triệu đồng)')).toHaveValue('1.500');
  });

  await test.step('"955" in a percentage is refused as typed, not turned into 100 %', async () => {
    const value = page.getByLabel('Giá trị chỉ tiêu TTHC-01');
    await value.fill('955');
    await expect(value).toHaveValue('955');
    await expect(page.getByText('Phải là tỷ lệ từ 0 đến 100')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' })).toBeDisabled();
    await value.fill('98,5');
    await expect(page.getByText('Phải là tỷ lệ từ 0 đến 100')).toHaveCount(0);
    await page.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' }).click();
    await expect(page.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Giá trị chỉ tiêu TTHC-01')).toHaveValue('98,5 %');
  });

  await test.step('a deadline outside the plan year is asked about before it is saved', async () => {
    // The task is the province's (due Quý III/2024): it may move earlier, here into last year.
    const due = procedures.getByLabel('Thời hạn nhiệm vụ 1');
    await due.fill('15/12/2023');
    await procedures.getByRole('button', { name: 'Lưu nhiệm vụ 1' }).click();
    const ask = page.getByRole('dialog', { name: 'Thời hạn ngoài năm kế hoạch' });
    await expect(ask).toContainText('15/12/2023');
    await expect(ask).toContainText('2024');
    await shot(page, '30-due-outside-year', { fullPage: false });
    await ask.getByRole('button', { name: 'Sửa lại thời hạn' }).click();
    await expect(ask).toBeHidden();
    await due.fill('30/09/2024');
    await procedures.getByRole('button', { name: 'Lưu nhiệm vụ 1' }).click();
    await expect(ask).toBeHidden();
    await expect(procedures.getByRole('button', { name: 'Lưu nhiệm vụ 1' })).toHaveCount(0);
    await page.reload();
    await expect(procedures.getByLabel('Thời hạn nhiệm vụ 1')).toHaveValue('30/09/2024');
  });

  await test.step('required fields are marked and an empty one says "Bắt buộc nhập"', async () => {
    await page.getByRole('button', { name: 'Thêm chỉ tiêu: Cải cách thủ tục hành chính' }).click();
    const add = page.getByRole('dialog', { name: 'Thêm chỉ tiêu: Cải cách thủ tục hành chính' });
    for (const label of ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Giá trị']) {
      // Mantine writes the asterisk of a required field into its label.
      await expect(add.locator('label').filter({ hasText: new RegExp(`^${label}\\s*\\*$`) })).toBeVisible();
    }
    await add.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await expect(add.getByText('Bắt buộc nhập')).toHaveCount(3);
    await add.getByRole('button', { name: 'Hủy' }).click();
    await expect(add).toBeHidden();
  });

  await test.step('leaving with unsaved edits asks first', async () => {
    const planUrl = page.url();
    const objectives = page.getByLabel('Mục tiêu, yêu cầu');
    await objectives.fill('Nội dung chưa lưu');
    await page.getByRole('link', { name: 'Đơn vị hành chính' }).first().click();
    const ask = page.getByRole('dialog', { name: 'Thay đổi chưa được lưu' });
    await expect(ask).toBeVisible();
    await shot(page, '31-unsaved-changes', { fullPage: false });
    await ask.getByRole('button', { name: 'Ở lại trang' }).click();
    await expect(page).toHaveURL(planUrl);
    await expect(objectives).toHaveValue('Nội dung chưa lưu');

    await page.getByRole('link', { name: 'Đơn vị hành chính' }).first().click();
    await ask.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await expect(page).not.toHaveURL(planUrl);
    await page.goto(planUrl);
    await expect(page.getByLabel('Mục tiêu, yêu cầu')).not.toHaveValue('Nội dung chưa lưu');
  });
});
