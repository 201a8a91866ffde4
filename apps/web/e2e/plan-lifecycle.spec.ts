import { expect, test } from '@playwright/test';
import { fillSignIn, otherUserPage, shot, signIn } from './support';

/**
 * The plan as a living legal document (issue 10), on the demo data: Sóc Trăng's 2024 plan
 * 218/KH-UBND is issued (19/12/2023, KT. Phó Chủ tịch Nguyễn Văn Minh) and cascaded to its
 * districts; Ngã Năm has confirmed and issued its own (12/KH-UBND). In June the province
 * amends its plan: gives the reason, raises a target and the district floor, issues the
 * amendment under a new number, and reads both versions and what changed. The amendment
 * reaches Ngã Năm, whose officer is asked to confirm again, confirms and issues again.
 */
test.describe.configure({ mode: 'serial' });

const REASON = 'Điều chỉnh chỉ tiêu theo Quyết định số 1234/QĐ-UBND ngày 10/6/2024 của UBND tỉnh';

test('the province amends its issued plan, issues the amendment and compares the versions', async ({
  page,
  browser,
  baseURL,
  locale,
  viewport,
  timezoneId,
}) => {
  await test.step('the issued plan reads as a document: no input boxes, the signed line', async () => {
    await signIn(page, 'canbo.94');
    // An officer starts at its inbox; the tree opens at its unit.
    await page.goto('/?unit=94');
    await page.getByLabel('Tìm đơn vị').fill('soc trang');
    await page.getByRole('button', { name: 'Tỉnh Sóc Trăng', exact: true }).click();
    await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).click();
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('plan-issued-line')).toHaveText(
      'Đã ban hành: Số 218/KH-UBND ngày 19/12/2023 · KT. Chủ tịch · Phó Chủ tịch Nguyễn Văn Minh',
    );
    await expect(page.getByRole('main').getByText('Đã ban hành', { exact: true })).toBeVisible();
    const document = page.getByTestId('plan-document');
    await expect(document.getByTestId('target-value-TTHC-01')).toHaveText('98 %');
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ban hành kế hoạch' })).toHaveCount(0);
    await shot(page, 'lifecycle-01-issued');
  });

  await test.step('"Sửa đổi, bổ sung" asks for the reason, then opens the working copy', async () => {
    await page.getByRole('button', { name: 'Sửa đổi, bổ sung' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa đổi, bổ sung kế hoạch' });
    await dialog.getByRole('button', { name: 'Soạn sửa đổi, bổ sung' }).click();
    await expect(dialog.getByText('Bắt buộc nhập')).toBeVisible();
    await dialog.getByLabel('Lý do sửa đổi, bổ sung').fill(REASON);
    await dialog.getByRole('button', { name: 'Soạn sửa đổi, bổ sung' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('amending-banner')).toContainText(
      `Đang soạn sửa đổi, bổ sung lần 1: ${REASON}`,
    );
    await expect(page.getByRole('main').getByText('Đang sửa đổi, bổ sung', { exact: true })).toBeVisible();
  });

  await test.step('before saving, the screen says how many plans below a tighter floor leaves under it', async () => {
    const value = page.getByLabel('Giá trị chỉ tiêu TTHC-01');
    await expect(value).toHaveValue('98 %');
    // As high as the plans below already are: nothing to say.
    await value.fill('98');
    await expect(page.getByTestId('floor-impact-TTHC-01')).toHaveCount(0);
    // The 11 districts and Ngã Năm's 8 communes hold 98 %.
    await value.fill('99');
    const impact = page.getByTestId('floor-impact-TTHC-01');
    await expect(impact).toContainText('19 kế hoạch cấp dưới sẽ thấp hơn mức sàn mới');
    await shot(page, 'floors-01-before-saving');
    // Looser than now: nobody below falls under it.
    await value.fill('90');
    await expect(impact).toHaveCount(0);
    // A commune floor asking more than the district floor is accepted, with a hint.
    await page.getByLabel('Mức sàn cấp huyện của chỉ tiêu TTHC-01').fill('90');
    await page.getByLabel('Mức sàn cấp xã của chỉ tiêu TTHC-01').fill('95');
    await expect(page.getByTestId('commune-hint-TTHC-01')).toContainText(
      'Mức sàn cấp xã (95 %) yêu cầu cao hơn mức sàn cấp huyện (90 %)',
    );
    await expect(page.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' })).toBeEnabled();
    await page.getByRole('button', { name: 'Hoàn tác thay đổi của chỉ tiêu TTHC-01' }).click();
    await expect(value).toHaveValue('98 %');
  });

  await test.step('the working copy is edited: a target and the district floor raised', async () => {
    const value = page.getByLabel('Giá trị chỉ tiêu TTHC-01');
    await expect(value).toHaveValue('98 %');
    await value.fill('99');
    await page.getByLabel('Mức sàn cấp huyện của chỉ tiêu TTHC-01').fill('99');
    await value.press('Enter');
    await expect(page.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' })).toBeHidden();
    await expect(value).toHaveValue('99 %');
    await shot(page, 'lifecycle-02-amending');
  });

  await test.step('the amendment is issued in the dialog, under a new number and date', async () => {
    await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
    // The signer of the version in force is kept; the number is a new one.
    await expect(dialog.getByLabel('Người ký')).toHaveValue('Nguyễn Văn Minh');
    await expect(dialog.getByLabel('Chức vụ')).toHaveValue('Phó Chủ tịch');
    await expect(dialog.getByRole('radio', { name: 'KT. (ký thay Chủ tịch)' })).toBeChecked();
    await expect(dialog.getByLabel('Số hiệu văn bản')).toHaveValue('');
    await dialog.getByLabel('Ngày ban hành').fill('31/02/2024');
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect(dialog.getByText('Bắt buộc nhập')).toBeVisible();
    await shot(page, 'lifecycle-03-issue-dialog', { fullPage: false });
    await dialog.getByLabel('Số hiệu văn bản').fill('95/KH-UBND');
    await dialog.getByLabel('Ngày ban hành').fill('15/06/2024');
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('plan-issued-line')).toHaveText(
      'Đã ban hành: Số 95/KH-UBND ngày 15/06/2024 · KT. Chủ tịch · Phó Chủ tịch Nguyễn Văn Minh',
    );
    await expect(page.getByTestId('amending-banner')).toHaveCount(0);
    await expect(page.getByTestId('plan-document').getByTestId('target-value-TTHC-01')).toHaveText('99 %');
  });

  await test.step('"Các lần ban hành": two versions, and what the amendment changed', async () => {
    await page.getByRole('link', { name: 'Các lần ban hành' }).click();
    await expect(page.getByRole('heading', { name: 'Các lần ban hành' })).toBeVisible();
    const first = page.getByTestId('version-row-1');
    await expect(first).toContainText('218/KH-UBND');
    await expect(first).toContainText('19/12/2023');
    await expect(first).toContainText('Ban hành lần đầu');
    const second = page.getByTestId('version-row-2');
    await expect(second).toContainText('95/KH-UBND');
    await expect(second).toContainText('15/06/2024');
    await expect(second).toContainText('Phó Chủ tịch Nguyễn Văn Minh');
    await expect(second).toContainText(REASON);
    const changed = page.getByTestId('diff-changed-TTHC-01');
    await expect(changed).toContainText('98 % → 99 %');
    await expect(changed).toContainText('Mức sàn cấp huyện: (trống) → 99 %');
    await shot(page, 'lifecycle-04-versions');
    // The same version on both sides: nothing to tell.
    await page.getByRole('combobox', { name: 'So sánh từ' }).click();
    await page.getByRole('option', { name: 'Lần 2 · Số 95/KH-UBND' }).click();
    await expect(page.getByTestId('diff-none')).toHaveText('Hai bản không khác nhau.');
  });

  // The amendment flows down (the API's propagation): Ngã Năm's plan must be confirmed again.
  const district = await otherUserPage(browser, { baseURL, locale, viewport, timezoneId });
  await test.step('Ngã Năm’s officer is asked to confirm again, confirms and issues again', async () => {
    await district.goto('/sign-in');
    await fillSignIn(district, 'canbo.948');
    // Its inbox puts the re-confirmation first.
    await expect(district.getByRole('heading', { level: 1, name: 'Việc cần làm' })).toBeVisible();
    const todo = district.getByTestId('inbox-item').first();
    await expect(todo).toContainText('Xác nhận lại chỉ tiêu đã thay đổi');
    await todo.getByRole('link', { name: /Kế hoạch Thực hiện cải cách hành chính năm 2024/ }).click();
    await district.getByRole('link', { name: 'Nội dung kế hoạch' }).click();
    const banner = district.getByTestId('reconfirm-banner');
    await expect(banner).toContainText('Kế hoạch cấp trên đã sửa đổi, bổ sung (lần 1): cần xác nhận lại');
    await expect(banner).toContainText('TTHC-01');
    await expect(banner).toContainText('98 % → 99 %');
    await shot(district, 'lifecycle-05-reconfirm');
    await banner.getByRole('link', { name: 'Xác nhận lại chỉ tiêu' }).click();
    await expect(district.getByRole('heading', { name: 'Xác nhận chỉ tiêu được giao' })).toBeVisible();
    await district.getByRole('button', { name: 'Xác nhận kế hoạch' }).click();
    await expect(district.getByTestId('confirm-done')).toBeVisible();
    await expect(district.getByTestId('reconfirm-banner')).toHaveCount(0);

    await district.getByRole('link', { name: 'Nội dung kế hoạch' }).click();
    await district.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    const dialog = district.getByRole('dialog', { name: 'Ban hành kế hoạch' });
    await expect(dialog.getByLabel('Người ký')).toHaveValue('Kim Thái Phong');
    await expect(dialog.getByRole('radio', { name: 'TM. (thay mặt Ủy ban nhân dân)' })).toBeChecked();
    await dialog.getByLabel('Số hiệu văn bản').fill('58/KH-UBND');
    await dialog.getByLabel('Ngày ban hành').fill('20/06/2024');
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(district.getByTestId('plan-issued-line')).toHaveText(
      'Đã ban hành: Số 58/KH-UBND ngày 20/06/2024 · TM. Ủy ban nhân dân · Chủ tịch Kim Thái Phong',
    );
    await district.context().close();
  });

  // Two levels down, in the same transaction: Phường 1 of Ngã Năm.
  const commune = await otherUserPage(browser, { baseURL, locale, viewport, timezoneId });
  await test.step('a commune officer of Ngã Năm sees it in its inbox, re-confirms and issues', async () => {
    await commune.goto('/sign-in');
    await fillSignIn(commune, 'canbo.31732');
    await expect(commune.getByRole('heading', { level: 1, name: 'Việc cần làm' })).toBeVisible();
    const todo = commune.getByTestId('inbox-item').first();
    await expect(todo).toContainText('Xác nhận lại chỉ tiêu đã thay đổi');
    await shot(commune, 'lifecycle-06-commune-inbox');
    await todo.getByRole('link', { name: /Kế hoạch Thực hiện cải cách hành chính năm 2024/ }).click();
    await commune.getByRole('link', { name: 'Nội dung kế hoạch' }).click();
    await expect(commune.getByTestId('reconfirm-banner')).toContainText('TTHC-01');
    await commune.getByRole('link', { name: 'Xác nhận lại chỉ tiêu' }).click();
    await commune.getByRole('button', { name: 'Xác nhận kế hoạch' }).click();
    await expect(commune.getByTestId('confirm-done')).toBeVisible();
    await commune.getByRole('link', { name: 'Nội dung kế hoạch' }).click();
    await commune.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    const dialog = commune.getByRole('dialog', { name: 'Ban hành kế hoạch' });
    await dialog.getByLabel('Số hiệu văn bản').fill('21/KH-UBND');
    await dialog.getByLabel('Ngày ban hành').fill('25/06/2024');
    await dialog.getByLabel('Người ký').fill('Lâm Văn Tài');
    await dialog.getByLabel('Chức vụ').fill('Chủ tịch');
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(commune.getByTestId('plan-issued-line')).toContainText('Số 21/KH-UBND ngày 25/06/2024');
    await commune.context().close();
  });
});

test('an own draft is issued through the dialog; a derived plan only once it is confirmed', async ({
  page,
}) => {
  // A district whose plan was derived from 218/KH-UBND and is not confirmed yet (Cù Lao Dung, 945).
  await signIn(page, 'canbo.945');
  await page.goto('/?unit=945');
  await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).first().click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  // The plan's screen, not the unit's list it came from (that list shows the same badge).
  await expect(page.getByRole('heading', { level: 1, name: /năm 2024/ })).toBeVisible();
  await expect(page.getByRole('main').getByText('Chờ xác nhận', { exact: true }).first()).toBeVisible();
  // The table refuses to issue a derived plan that is not confirmed: nothing is offered.
  await expect(page.getByRole('button', { name: 'Ban hành kế hoạch' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Giao xuống cấp dưới' }).click();
  await expect(page.getByTestId('cascade-refused')).toHaveText(
    'Kế hoạch chưa ban hành: chỉ kế hoạch đã ban hành mới được giao xuống cấp dưới hoặc sửa đổi, bổ sung.',
  );
  await page.getByRole('link', { name: 'Xác nhận chỉ tiêu' }).click();
  await page.getByRole('button', { name: 'Xác nhận kế hoạch' }).click();
  await expect(page.getByTestId('confirm-done')).toBeVisible();
  await page.getByRole('link', { name: 'Nội dung kế hoạch' }).click();
  await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await expect(dialog.getByLabel('Địa danh')).toHaveValue(/Cù Lao Dung/);
  await dialog.getByLabel('Số hiệu văn bản').fill('07/KH-UBND');
  await dialog.getByLabel('Ngày ban hành').fill('08/01/2024');
  await dialog.getByLabel('Người ký').fill('Trần Văn Hùng');
  await dialog.getByLabel('Chức vụ').fill('Chủ tịch');
  await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('plan-issued-line')).toHaveText(
    'Đã ban hành: Số 07/KH-UBND ngày 08/01/2024 · TM. Ủy ban nhân dân · Chủ tịch Trần Văn Hùng',
  );
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
});
