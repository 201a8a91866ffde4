import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

/**
 * An officer starts at what its unit must do ("Việc cần làm"), and the bell in
 * the header tells it what happened: Thạnh Trị (949) received the province's
 * plan 218/KH-UBND by the cascade of the demo data and has not confirmed it.
 */
test('a district officer sees its inbox and the bell, and opens a notification', async ({ page }) => {
  await signIn(page, 'canbo.949');
  const [plan] = (await (await page.request.get('/api/plans?unit=949&year=2024')).json()) as {
    id: string;
    status: string;
  }[];
  if (!plan) throw new Error('Thạnh Trị has no 2024 plan');
  const before = (await (await page.request.get('/api/notifications')).json()) as { unread: number };
  expect(before.unread).toBeGreaterThan(0);

  await test.step('the inbox is its first screen, the plan to confirm on it', async () => {
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Việc cần làm' })).toBeVisible();
    const item = page.getByTestId('inbox-item').first();
    await expect(item).toContainText(
      plan.status === 'derived' ? 'Xác nhận kế hoạch được giao' : 'Ban hành kế hoạch',
    );
    await expect(item).toContainText(/Từ ngày \d{2}\/\d{2}\/\d{4}/);
    await expect(
      item.getByRole('link', { name: /Kế hoạch Thực hiện cải cách hành chính năm 2024/ }),
    ).toHaveAttribute('href', plan.status === 'derived' ? `/plans/${plan.id}/confirm` : `/plans/${plan.id}`);
    await expect(page.getByRole('link', { name: 'Các kế hoạch của đơn vị' })).toHaveAttribute(
      'href',
      '/?unit=949',
    );
    await shot(page, '40-inbox-district');
  });

  const bell = page.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ });
  await test.step('the bell counts the unread notifications', async () => {
    await expect(bell).toHaveAccessibleName(`Thông báo, ${before.unread} chưa đọc`);
    await expect(page.getByTestId('notification-count')).toContainText(String(before.unread));
  });

  await test.step('opening the notification of the plan given to it opens the plan and marks it read', async () => {
    await bell.click();
    const dialog = page.getByRole('dialog', { name: 'Thông báo' });
    const derived = dialog
      .getByTestId('notification')
      .filter({ hasText: 'Kế hoạch số 218/KH-UBND của Tỉnh Sóc Trăng được giao cho đơn vị' });
    await expect(derived).toHaveCount(1);
    await expect(derived).toContainText('Chưa đọc');
    await shot(page, '41-notifications', { fullPage: false });
    await derived.click();
    await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}$`));
    await expect(bell).toHaveAccessibleName(`Thông báo, ${before.unread - 1} chưa đọc`);
    await bell.click();
    await expect(
      dialog.getByTestId('notification').filter({ hasText: 'được giao cho đơn vị' }),
    ).not.toContainText('Chưa đọc');
  });

  await test.step('the province is told its districts confirmed and issued; read all leaves nothing unread', async () => {
    await page.request.post('/api/auth/logout');
    await signIn(page, 'canbo.94');
    const { unread } = (await (await page.request.get('/api/notifications')).json()) as { unread: number };
    // Ngã Năm confirmed and issued its plan in the demo data.
    expect(unread).toBeGreaterThanOrEqual(2);
    await expect(bell).toHaveAccessibleName(`Thông báo, ${unread} chưa đọc`);
    await bell.click();
    const dialog = page.getByRole('dialog', { name: 'Thông báo' });
    await expect(
      dialog
        .getByTestId('notification')
        .filter({ hasText: 'Thị xã Ngã Năm đã ban hành Kế hoạch số 12/KH-UBND ngày 05/01/2024' }),
    ).toHaveCount(1);
    await expect(
      dialog.getByTestId('notification').filter({ hasText: 'Thị xã Ngã Năm đã xác nhận kế hoạch năm 2024' }),
    ).toHaveCount(1);
    await dialog.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await expect(bell).toHaveAccessibleName('Thông báo, 0 chưa đọc');
    await expect(dialog.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeDisabled();
  });
});
