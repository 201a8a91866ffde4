import { type APIRequestContext, expect, test } from '@playwright/test';
import { shot, signIn, signInByApi } from './support';

/**
 * A district (Ngã Năm, whose communes have demo accounts) sets by when its communes
 * must issue their plans and follows each one's timeliness; a district (951) starts
 * next year's plan from this year's.
 * Years far from the demo's (2029–2031) so that no other spec's plans are touched.
 */

const ISSUE = (documentNumber: string, issuedOn: string) => ({
  documentNumber,
  issuedOn,
  signer: { name: 'Trần Văn Bình', title: 'Chủ tịch', capacity: 'TM' },
});

async function post(request: APIRequestContext, path: string, data: unknown = {}) {
  const response = await request.post(path, { data });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

/** As the district's officer: a plan of its own for `year`, issued and passed down to its communes. */
async function districtPlanCascaded(request: APIRequestContext, year: number) {
  await signInByApi(request, 'canbo.948');
  const plan = await post(request, '/api/plans', {
    unitCode: '948',
    year,
    title: `Kế hoạch cải cách hành chính năm ${year}`,
  });
  await post(request, `/api/plans/${plan.id}/issue`, ISSUE(`3/KH-UBND`, `${year}-01-10`));
  const { plans } = (await post(request, `/api/plans/${plan.id}/cascade`)) as {
    plans: { id: string; unitCode: string }[];
  };
  await request.post('/api/auth/logout');
  return { planId: plan.id as string, communes: plans };
}

/** As a commune's officer: confirm its derived plan and issue it on `issuedOn`. */
async function communeIssues(
  request: APIRequestContext,
  commune: { id: string; unitCode: string },
  issuedOn: string,
) {
  await signInByApi(request, `canbo.${commune.unitCode}`);
  await post(request, `/api/plans/${commune.id}/confirm`);
  await post(request, `/api/plans/${commune.id}/issue`, ISSUE(`1/KH-UBND`, issuedOn));
  await request.post('/api/auth/logout');
}

test('the district sets the deadline for its communes and sees who issued on time, late, or not yet', async ({
  page,
  request,
}) => {
  const { planId, communes } = await districtPlanCascaded(request, 2029);
  expect(communes.length).toBeGreaterThanOrEqual(3);
  const [early, late, waiting] = communes as [
    (typeof communes)[0],
    (typeof communes)[0],
    (typeof communes)[0],
  ];
  await communeIssues(request, early, '2029-07-01');
  await communeIssues(request, late, '2029-08-10');

  await signIn(page, 'canbo.948');
  await page.goto(`/plans/${planId}/children`);
  // Issued: the deadline is part of the signed document and reads only.
  await expect(page.getByTestId('children-deadline')).toContainText(
    'Hạn ban hành kế hoạch của cấp dưới: Chưa đặt',
  );
  await expect(page.getByTestId(`child-timeliness-${waiting.unitCode}`)).toHaveText('Chưa đến hạn');

  // An amendment reopens it (the amend screen is another lane's; the API is called directly).
  await signInByApi(page.request, 'canbo.948');
  await post(page.request, `/api/plans/${planId}/amendments`, { reason: 'Đặt hạn ban hành cho cấp xã' });
  await page.reload();
  const deadline = page.getByRole('textbox', { name: 'Hạn ban hành kế hoạch của cấp dưới' });
  await deadline.fill('31/07/2029');
  await page.getByRole('button', { name: 'Lưu hạn' }).click();
  await expect(page.getByTestId(`child-timeliness-${early.unitCode}`)).toHaveText('Đúng hạn');
  await expect(page.getByTestId(`child-issued-${early.unitCode}`)).toHaveText('01/07/2029');
  await expect(page.getByTestId(`child-timeliness-${late.unitCode}`)).toHaveText('Trễ hạn');
  await expect(page.getByTestId(`child-issued-${late.unitCode}`)).toHaveText('10/08/2029');
  await expect(page.getByTestId(`child-timeliness-${waiting.unitCode}`)).toHaveText('Chưa đến hạn');
  await expect(page.getByTestId(`child-issued-${waiting.unitCode}`)).toHaveText('—');
  await shot(page, '40-children-deadline');

  // A date already past: who has not issued is overdue.
  await deadline.fill('01/01/2025');
  await page.getByRole('button', { name: 'Lưu hạn' }).click();
  await expect(page.getByTestId(`child-timeliness-${waiting.unitCode}`)).toHaveText('Quá hạn');
  await expect(page.getByTestId(`child-timeliness-${early.unitCode}`)).toHaveText('Trễ hạn');

  // What is no date is refused where it is typed, and nothing is saved.
  await deadline.fill('31/02/2029');
  await page.getByRole('button', { name: 'Lưu hạn' }).click();
  await expect(page.getByText('Nhập ngày theo dạng ngày/tháng/năm')).toBeVisible();
  await page.reload();
  await expect(deadline).toHaveValue('01/01/2025');
});

test('next year’s plan starts from this one and opens as a draft', async ({ page, request }) => {
  await signInByApi(request, 'canbo.951');
  const source = await post(request, '/api/plans', {
    unitCode: '951',
    year: 2030,
    title: 'Kế hoạch cải cách hành chính năm 2030',
    documentNumber: '7/KH-UBND',
  });
  await post(request, `/api/plans/${source.id}/tasks`, {
    title: 'Rà soát thủ tục hành chính',
    area: 'administrative_procedures',
    due: '2030-Q3',
  });
  await post(request, `/api/plans/${source.id}/issue`, ISSUE('7/KH-UBND', '2030-01-05'));

  await signIn(page, 'canbo.951');
  await page.goto(`/plans/${source.id}`);
  await page.getByRole('button', { name: 'Lập kế hoạch năm 2031' }).click();
  await expect(page).not.toHaveURL(new RegExp(source.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch cải cách hành chính năm 2031');
  await expect(page.getByLabel('Căn cứ')).toHaveValue(
    /Căn cứ Kế hoạch số 7\/KH-UBND ngày 05 tháng 01 năm 2030/,
  );
  await expect(page.getByRole('textbox', { name: 'Thời hạn nhiệm vụ 1' })).toHaveValue('Quý III/2031');
  await shot(page, '41-next-year');
  const nextUrl = page.url();

  // A second time: the unit has it already, and the screen leads to it.
  await page.goto(`/plans/${source.id}`);
  await page.getByRole('button', { name: 'Lập kế hoạch năm 2031' }).click();
  await expect(page.getByTestId('next-year-exists')).toContainText('Đơn vị đã có kế hoạch năm 2031.');
  await page.getByRole('link', { name: 'Mở kế hoạch năm 2031' }).click();
  await expect(page).toHaveURL(nextUrl);
});
