import { type APIRequestContext, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, otherUserPage, shot, signIn, signInByApi } from './support';

/**
 * Progress reports rolled up the hierarchy (issue 12), on the demo data: Sóc Trăng's 2024 plan
 * 218/KH-UBND reaches Vĩnh Châu (950), which confirms and issues its own and passes it down to
 * its communes; one commune confirms and issues. It is 2026, so the 2024 Q1 period is locked:
 * the district's officer reopens the commune's Q1 report from its dashboard, for a reason; the
 * commune's officer files its values (marked "Đạt" / "Chưa đạt" as typed) and submits it,
 * late; the district's dashboard counts it. Vĩnh Châu (950) and its communes are used by no other
 * spec; the province's administrator gives the commune an officer (the demo has accounts only for
 * Ngã Năm's communes).
 */
test.describe.configure({ mode: 'serial' });

const DISTRICT = '950';
const REASON = 'Bổ sung số liệu quý I theo Công văn số 45/UBND-VP của UBND huyện';

const ISSUE = (documentNumber: string, issuedOn: string) => ({
  documentNumber,
  issuedOn,
  signer: { name: 'Lê Văn Hòa', title: 'Chủ tịch', capacity: 'TM' },
});

/** A value that misses the target: one below an "at least", one above an "at most". */
const shortOf = (t: { direction: string; planValue: number | string }) =>
  Number(t.planValue) + (t.direction === 'at_most' ? 1 : -1);

/** A number as a Vietnamese official types it: 97,5. */
const typed = (n: number) => String(n).replace('.', ',');

async function call(request: APIRequestContext, method: 'get' | 'post', path: string, data: unknown = {}) {
  const response = method === 'get' ? await request.get(path) : await request.post(path, { data });
  expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

/** A plan received from above, confirmed and issued by its unit's officer (nothing to do when it already is). */
async function confirmAndIssue(
  request: APIRequestContext,
  plan: { id: string; status: string },
  number: string,
  issuedOn: string,
) {
  if (plan.status === 'derived') await call(request, 'post', `/api/plans/${plan.id}/confirm`);
  if (plan.status !== 'issued')
    await call(request, 'post', `/api/plans/${plan.id}/issue`, ISSUE(number, issuedOn));
}

/** Vĩnh Châu's 2024 plan issued and cascaded; its first commune's plan issued, with an officer. */
async function prepare(request: APIRequestContext) {
  await signInByApi(request, `canbo.${DISTRICT}`);
  const [district] = (await call(request, 'get', `/api/plans?unit=${DISTRICT}&year=2024`)) as {
    id: string;
    status: string;
  }[];
  if (!district) throw new Error('Vĩnh Châu has no 2024 plan');
  await confirmAndIssue(request, district, '15/KH-UBND', '2024-01-10');
  const { plans } = (await call(request, 'post', `/api/plans/${district.id}/cascade`)) as {
    plans: { id: string; unitCode: string }[];
  };
  const commune = [...plans].sort((a, b) => a.unitCode.localeCompare(b.unitCode))[0];
  if (!commune) throw new Error('Vĩnh Châu has no communes');
  await request.post('/api/auth/logout');

  await signInByApi(request, 'quantri.94');
  const created = await request.post('/api/users', {
    data: {
      username: `canbo.${commune.unitCode}`,
      password: DEMO_PASSWORD,
      role: 'officer',
      unitCode: commune.unitCode,
    },
  });
  expect([201, 200, 409]).toContain(created.status());
  await request.post('/api/auth/logout');

  await signInByApi(request, `canbo.${commune.unitCode}`);
  const communePlan = (await call(request, 'get', `/api/plans/${commune.id}`)) as {
    id: string;
    status: string;
  };
  await confirmAndIssue(request, communePlan, '3/KH-UBND', '2024-01-20');
  const report = (await call(request, 'get', `/api/plans/${commune.id}/reports/q1`)) as {
    targets: { code: string; measure: string; direction: string; planValue: number | string }[];
  };
  await request.post('/api/auth/logout');
  // Two targets typed as numbers: the first given its plan's value (met), the second one step short of it.
  const numeric = report.targets.filter(
    (t) =>
      t.measure !== 'date' &&
      typeof t.planValue === 'number' &&
      shortOf(t) >= 0 &&
      (t.measure !== 'percent' || shortOf(t) <= 100),
  );
  const [meets, misses] = numeric;
  if (!meets || !misses) throw new Error('the commune plan has fewer than two numeric targets');
  return { districtPlanId: district.id, commune, meets, misses };
}

test('a commune files and submits its Q1 report, and the district’s dashboard counts it', async ({
  page,
  browser,
  request,
  baseURL,
  locale,
  viewport,
  timezoneId,
}) => {
  const { districtPlanId, commune, meets, misses } = await prepare(request);

  await test.step('the district reopens the commune’s locked Q1 report from its dashboard, for a reason', async () => {
    await signIn(page, `canbo.${DISTRICT}`);
    // Its inbox says how many communes have not sent the Q1 report, and leads to the dashboard.
    await page.goto('/');
    const overdue = page
      .getByTestId('inbox-item')
      .filter({ hasText: /\d+ đơn vị chưa gửi báo cáo Quý I\/2024/ });
    await expect(overdue).toHaveCount(1);
    await overdue.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/plans/${districtPlanId}/rollup\\?period=q1$`));
    await expect(page.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('Quý I/2024');
    // The period picker changes the period, and back.
    await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
    await page.getByRole('option', { name: '6 tháng đầu năm 2024' }).click();
    await expect(page).toHaveURL(/period=h1/);
    await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
    await page.getByRole('option', { name: 'Quý I/2024' }).click();
    await expect(page).toHaveURL(/period=q1/);
    const row = page.getByTestId(`rollup-unit-${commune.unitCode}`);
    await expect(row.getByTestId('unit-status')).toHaveText('Chưa gửi');
    await expect(page.getByTestId('status-count-missing')).toBeVisible();
    await shot(page, 'reports-01-district-dashboard');
    await row.getByRole('button', { name: /^Mở lại báo cáo của/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Mở lại báo cáo' }).click();
    await expect(dialog.getByText('Bắt buộc nhập')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Lý do mở lại' }).fill(REASON);
    await dialog.getByRole('button', { name: 'Mở lại báo cáo' }).click();
    await expect(dialog).toBeHidden();
  });

  const officer = await otherUserPage(browser, { baseURL, locale, viewport, timezoneId });
  await test.step('the commune fills in its report: each target marked as it is typed', async () => {
    await signIn(officer, `canbo.${commune.unitCode}`);
    await officer.goto(`/plans/${commune.id}`);
    await officer.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await officer.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
    await officer.getByRole('option', { name: 'Quý I/2024' }).click();
    await expect(officer).toHaveURL(/\/reports\/q1$/);
    await expect(officer.getByTestId('period-window')).toContainText('Hạn gửi:');
    await expect(officer.getByTestId('report-reopened')).toContainText(REASON);
    // Reopened, it is a draft to fill in.
    await expect(officer.getByTestId('report-status')).toHaveText('Đang soạn');

    const value = (code: string) =>
      officer.getByRole('textbox', { name: `Kết quả chỉ tiêu ${code}`, exact: true });
    await expect(officer.getByTestId(`mark-${meets.code}`)).toHaveText('Chưa báo cáo');
    await value(meets.code).fill(typed(Number(meets.planValue)));
    await expect(officer.getByTestId(`mark-${meets.code}`)).toHaveText('Đạt');
    await value(misses.code).fill(typed(shortOf(misses)));
    await expect(officer.getByTestId(`mark-${misses.code}`)).toHaveText('Chưa đạt');
    await officer.getByRole('button', { name: 'Lưu nháp' }).click();
    await expect(officer.getByText('Đã lưu nháp')).toBeVisible();
    await shot(officer, 'reports-02-commune-form');
  });

  await test.step('the commune submits it, late; the form then reads only', async () => {
    await officer.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const dialog = officer.getByRole('dialog');
    await expect(dialog).toContainText('trễ hạn');
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect(officer.getByTestId('report-status')).toHaveText(/Đã gửi\s*Trễ hạn/);
    await expect(officer.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0);
    await expect(
      officer.getByRole('textbox', { name: `Kết quả chỉ tiêu ${meets.code}`, exact: true }),
    ).toHaveAttribute('readonly', '');
  });

  await test.step('another 2024 period, not reopened, is locked: the form says so and reads only', async () => {
    await officer.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
    await officer.getByRole('option', { name: '6 tháng đầu năm 2024' }).click();
    await expect(officer).toHaveURL(/\/reports\/h1$/);
    await expect(officer.getByTestId('report-window')).toHaveText(
      'Kỳ báo cáo đã khóa sổ: đề nghị cấp trên mở lại để bổ sung, sửa đổi.',
    );
    await expect(officer.getByTestId('report-status')).toHaveText('Chưa báo cáo');
    await expect(officer.getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(0);
  });

  await test.step('the district’s dashboard counts it: late, one target met and one missed', async () => {
    await page.reload();
    const row = page.getByTestId(`rollup-unit-${commune.unitCode}`);
    await expect(row.getByTestId('unit-status')).toHaveText('Trễ hạn');
    await expect(row.getByTestId('unit-met')).toHaveText('1');
    await expect(row.getByTestId('unit-missed')).toHaveText('1');
    await expect(page.getByTestId('status-count-late')).toContainText('1');
    await expect(page.getByTestId(`rollup-target-${meets.code}`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Xuất Excel' })).toHaveAttribute(
      'href',
      /rollup\.xlsx\?period=q1/,
    );
    await shot(page, 'reports-03-district-counts');
    // The district reads the commune's report, not edits it.
    await row.getByRole('link', { name: 'Xem báo cáo' }).click();
    await expect(page.getByTestId('report-read-only')).toBeVisible();
    await expect(page.getByTestId(`mark-${meets.code}`)).toHaveText('Đạt');
  });
  await officer.context().close();

  await test.step('the province sees its whole tree from its own dashboard: down to the commune and back', async () => {
    const province = await otherUserPage(browser, { baseURL, locale, viewport, timezoneId });
    await signIn(province, 'canbo.94');
    const [plan] = (await (await province.request.get('/api/plans?unit=94&year=2024')).json()) as {
      id: string;
    }[];
    await province.goto(`/plans/${plan?.id}/rollup?period=q1`);
    const district = province.getByTestId(`rollup-unit-${DISTRICT}`);
    // The district itself has not reported; the commune below it counts in its targets.
    await expect(district.getByTestId('unit-status')).toHaveText('Chưa gửi');
    await expect(district.getByTestId('unit-met')).toHaveText('1');
    await district.getByRole('link', { name: /^Xem chi tiết/ }).click();
    await expect(province).toHaveURL(new RegExp(`unit=${DISTRICT}`));
    await expect(
      province.getByTestId(`rollup-unit-${commune.unitCode}`).getByTestId('unit-status'),
    ).toHaveText('Trễ hạn');
    await shot(province, 'reports-04-province-drilled');
    await province.getByTestId('rollup-breadcrumb').getByRole('link', { name: 'Tỉnh Sóc Trăng' }).click();
    await expect(province.getByTestId(`rollup-unit-${DISTRICT}`)).toBeVisible();
    await province.context().close();
  });
});
