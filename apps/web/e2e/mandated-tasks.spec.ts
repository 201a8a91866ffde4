import { expect, test } from '@playwright/test';
import { shot, signIn } from './support';

/**
 * A task the province's plan assigned (218/KH-UBND) in a district's derived
 * plan: the district's officer sees it marked "Nhiệm vụ được giao", cannot
 * delete or retitle it, fills in who leads it, and may bring its deadline
 * forward but not push it back. The province's own step ("Ban hành Kế hoạch
 * … của tỉnh") never reached the district.
 */
test('a district fills in a task the province assigned, and cannot delete or retitle it', async ({
  page,
}) => {
  await signIn(page, 'canbo.941');
  await page.goto('/?unit=941');
  await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planId = new URL(page.url()).pathname.split('/').pop();

  // Which row holds the province's "Tuyên truyền …" task: the plan as the screen reads it.
  const plan = await (await page.request.get(`/api/plans/${planId}`)).json();
  const tasks = plan.areas.flatMap((a: { tasks: { id: string; title: string }[] }) => a.tasks);
  const titles = tasks.map((x: { title: string }) => x.title);
  expect(titles).toContain('Tuyên truyền cải cách hành chính trên các phương tiện thông tin đại chúng');
  expect(titles).not.toContain('Ban hành Kế hoạch cải cách hành chính năm 2024 của tỉnh');
  const task = tasks.find((x: { title: string }) => x.title.startsWith('Tuyên truyền'));
  const row = page.getByTestId(`task-row-${task.id}`);
  const no = ((await row.getByRole('cell').first().textContent()) ?? '').trim();

  await test.step('the task is marked as assigned, with the deadline above it and no delete', async () => {
    await expect(row.getByText('Nhiệm vụ được giao')).toBeVisible();
    await expect(row.getByText('Hạn của cấp trên: Năm 2024')).toBeVisible();
    await expect(row.getByRole('button', { name: `Xóa nhiệm vụ ${no}` })).toHaveCount(0);
    const title = row.getByRole('textbox', { name: `Nội dung nhiệm vụ ${no}` });
    await expect(title).toHaveValue(
      'Tuyên truyền cải cách hành chính trên các phương tiện thông tin đại chúng',
    );
    await expect(title).not.toBeEditable();
    // Nor can it be kept from the communes: the checkbox is for the district's own tasks.
    await expect(row.getByText('Chỉ thực hiện ở cấp này (không giao xuống cấp dưới)')).toHaveCount(0);
    await row.scrollIntoViewIfNeeded();
    await shot(page, '30-mandated-task', { fullPage: false });
  });

  await test.step('a later deadline is refused before it is sent', async () => {
    const due = row.getByRole('textbox', { name: `Thời hạn nhiệm vụ ${no}` });
    await due.fill('Quý I/2025');
    await expect(row.getByText('Muộn hơn hạn của cấp trên (Năm 2024)')).toBeVisible();
    await expect(row.getByRole('button', { name: `Lưu nhiệm vụ ${no}` })).toBeDisabled();
    await row.getByRole('button', { name: `Hoàn tác thay đổi của nhiệm vụ ${no}` }).click();
    await expect(due).toHaveValue('Năm 2024');
  });

  await test.step('the district names its lead agency, whole, and an earlier deadline', async () => {
    const lead = row.getByRole('textbox', { name: `Cơ quan chủ trì nhiệm vụ ${no}` });
    const agency = 'Phòng Văn hóa, Khoa học và Thông tin thành phố Sóc Trăng';
    await lead.fill(agency);
    await row.getByRole('textbox', { name: `Thời hạn nhiệm vụ ${no}` }).fill('30/09/2024');
    await row.getByRole('button', { name: `Lưu nhiệm vụ ${no}` }).click();
    await expect(row.getByRole('button', { name: `Lưu nhiệm vụ ${no}` })).toBeHidden();
    await page.reload();
    await expect(lead).toHaveValue(agency);
    await expect(row.getByRole('textbox', { name: `Thời hạn nhiệm vụ ${no}` })).toHaveValue('30/09/2024');
    // A long name wraps onto more lines rather than being cut off.
    const box = await lead.boundingBox();
    const lineHeight = await lead.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight) || 16);
    expect(box?.height ?? 0).toBeGreaterThan(lineHeight * 1.5);
    expect(await lead.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  });

  await test.step('a task of the district’s own may be kept to its level, and deleted', async () => {
    await page
      .getByRole('button', {
        name: 'Thêm nhiệm vụ: Công tác chỉ đạo, điều hành và tuyên truyền cải cách hành chính',
      })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Nội dung nhiệm vụ')
      .fill('Ban hành Kế hoạch cải cách hành chính năm 2024 của huyện');
    await dialog.getByLabel('Chỉ thực hiện ở cấp này (không giao xuống cấp dưới)').check();
    await dialog.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await expect(dialog).toBeHidden();
    const own = page
      .getByTestId(/^task-row-/)
      .filter({ has: page.getByRole('checkbox', { checked: true }) })
      .first();
    await expect(own.getByText('Nhiệm vụ được giao')).toHaveCount(0);
    await expect(own.getByRole('button', { name: /^Xóa nhiệm vụ / })).toBeVisible();
  });
});
