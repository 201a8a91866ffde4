import { type Page, expect, test } from '@playwright/test';
import { fillSignIn, shot, signIn } from './support';

/**
 * Start where the work is: an officer signs in and lands on its unit's inbox
 * ("Việc cần làm", e2e/inbox.spec.ts), a district's viewer on its own unit's
 * current plan, not on the province's tree; the header's search finds
 * plans, targets and tasks with or without diacritics, among what the reader may
 * see; a unit whose plans are outside that says so rather than "no plans".
 */

/** The unit's current plan as the API lists it: newest year first, the annual plan first. */
async function currentPlanId(page: Page, unit: string): Promise<string> {
  const res = await page.request.get(`/api/plans?unit=${unit}`);
  expect(res.status()).toBe(200);
  const plans = (await res.json()) as { id: string }[];
  expect(plans.length).toBeGreaterThan(0);
  return (plans[0] as { id: string }).id;
}

test('a district officer lands on its inbox, its plans one click away', async ({ page }) => {
  await page.goto('/');
  await fillSignIn(page, 'canbo.948');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần làm' })).toBeVisible();
  // The unit tree is one click away, opened at its own unit, with its current plan.
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Đơn vị hành chính' })
    .click();
  await expect(page).toHaveURL(/\/\?unit=948$/);
  await expect(page.getByRole('heading', { name: 'Thị xã Ngã Năm' })).toBeVisible();
  const current = await currentPlanId(page, '948');
  // Other specs may have started later years' plans for Ngã Năm: its current one is the latest.
  await page.locator(`a[href="/plans/${current}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/plans/${current}$`));
  await expect(page.getByText('Thị xã Ngã Năm', { exact: true }).first()).toBeVisible();
  // Its own plan: it writes it.
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0);
  await shot(page, '20-landing-district');
});

test('a commune officer lands on its inbox too', async ({ page }) => {
  await signIn(page, 'canbo.31732');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần làm' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Các kế hoạch của đơn vị' })).toHaveAttribute(
    'href',
    '/?unit=31732',
  );
});

test('a province’s viewer still starts at the unit tree', async ({ page }) => {
  await signIn(page, 'xem.94');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Đơn vị hành chính' })).toBeVisible();
});

test('the header’s search finds a plan with or without diacritics, and targets and tasks in scope', async ({
  page,
}) => {
  await signIn(page, 'canbo.948');
  // It lands on its inbox first, then searches from the header.
  await expect(page.getByRole('heading', { level: 1, name: 'Việc cần làm' })).toBeVisible();
  const box = page.getByRole('searchbox', { name: 'Tìm kế hoạch, chỉ tiêu, nhiệm vụ' });
  const ngaNamPlan = page.getByTestId('search-result-plan-948');

  await box.fill('nga nam');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=nga(%20|\+)nam$/);
  await expect(page.getByRole('heading', { name: 'Kết quả tìm kiếm' })).toBeVisible();
  await expect(ngaNamPlan.first()).toContainText('Thị xã Ngã Năm');
  await expect(ngaNamPlan.first().locator('mark')).toHaveText(['Ngã Năm']);
  await expect(box).toHaveValue('nga nam');
  await shot(page, '21-search');

  await box.fill('ngã năm');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=ng%C3%A3(%20|\+)n%C4%83m$/);
  await expect(ngaNamPlan.first()).toContainText('Thị xã Ngã Năm');

  // A task by its title: in its own plan and the province's, never another district's.
  await box.fill('don gian hoa thu tuc');
  await box.press('Enter');
  const tasks = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem');
  await expect(tasks.first()).toContainText('Rà soát, đơn giản hóa thủ tục hành chính');
  await expect(page.getByTestId('search-result-task-948').first()).toBeVisible();
  await expect(page.getByTestId('search-result-task-94').first()).toBeVisible();
  await expect(page.getByTestId('search-result-task-941')).toHaveCount(0);
  await expect(page.getByText('Nhiệm vụ', { exact: true }).first()).toBeVisible();

  // A target by its name opens its plan.
  await box.fill('ty le giai quyet ho so');
  await box.press('Enter');
  const target = page.getByTestId('search-result-target-948').first();
  await expect(target).toContainText('Chỉ tiêu');
  await target.getByRole('link').click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}#target-/);
  await expect(page.getByText('Thị xã Ngã Năm', { exact: true }).first()).toBeVisible();

  // Too short a query is not sent, and the page says why.
  await box.fill('a');
  await box.press('Enter');
  await expect(page.getByTestId('search-invalid')).toHaveText('Cần ít nhất 2 ký tự');
  // Another district's name finds nothing this officer may see.
  await box.fill('ke sach');
  await box.press('Enter');
  await expect(page.getByTestId('search-summary')).toHaveText(
    'Không tìm thấy kế hoạch, chỉ tiêu hay nhiệm vụ nào khớp với “ke sach” trong phạm vi bạn được xem.',
  );
});

test('a unit whose plans are outside the reader’s view says so, not that it has none', async ({ page }) => {
  await signIn(page, 'canbo.948');
  await page.goto('/?unit=941');
  await expect(page.getByRole('heading', { name: 'Thành phố Sóc Trăng' })).toBeVisible();
  await expect(page.getByTestId('plans-out-of-scope')).toHaveText(
    'Kế hoạch của đơn vị này không thuộc phạm vi bạn được xem',
  );
  await expect(page.getByText('Đơn vị chưa có kế hoạch nào.')).toHaveCount(0);
  await shot(page, '22-out-of-scope');
  // Its own communes' plans, and the province's it derives from, it does see.
  await page.goto('/?unit=94');
  await expect(page.getByRole('heading', { name: 'Tỉnh Sóc Trăng' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }),
  ).toBeVisible();
  await expect(page.getByTestId('plans-out-of-scope')).toHaveCount(0);
});
