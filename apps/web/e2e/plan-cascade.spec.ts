import { expect, test } from '@playwright/test';
import { fillSignIn, otherUserPage, shot, signIn } from './support';

/**
 * The product's story through the UI, by two people at two computers: the
 * province's officer (canbo.94, Sóc Trăng) writes its 2025 plan, issues it and
 * cascades it to its districts (only an issued plan is cascaded); the district's
 * officer (canbo.948, Ngã Năm) tries a weaker value and is refused; the province
 * raises a floor through an amendment, which reaches the district to confirm
 * again; the district raises a target and confirms; the province sees the
 * confirmation, the compliance of every district, and the history of both plans.
 */
test.describe.configure({ mode: 'serial' });

test('a provincial plan is cascaded, refused when weakened, raised, confirmed and followed', async ({
  page,
  browser,
  baseURL,
  locale,
  viewport,
  timezoneId,
}) => {
  let provincePlanUrl = '';

  await test.step('the province’s officer signs in', async () => {
    await signIn(page, 'canbo.94');
    await expect(page.getByTestId('current-user')).toContainText('Cán bộ');
    await expect(page.getByTestId('current-user')).toContainText('Tỉnh Sóc Trăng');
  });

  await test.step('units: find the province without diacritics and see its plans by year', async () => {
    // An officer starts at its inbox ("Việc cần làm"); the tree opens at its unit.
    await page.goto('/?unit=94');
    await expect(page.getByRole('heading', { name: 'Đơn vị hành chính' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Sóc Trăng/ }).first()).toBeVisible();
    await page.getByLabel('Tìm đơn vị').fill('soc trang');
    await expect(page.getByText(/đơn vị khớp/)).toBeVisible();
    await page.getByRole('button', { name: /Tỉnh\s+Sóc Trăng/ }).click();
    await expect(page.getByRole('heading', { name: 'Tỉnh Sóc Trăng' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }),
    ).toBeVisible();
    await expect(page.getByRole('cell', { name: '218/KH-UBND' })).toBeVisible();
    await shot(page, '01-units');
  });

  await test.step('create the 2025 provincial plan', async () => {
    await page.getByRole('link', { name: 'Lập kế hoạch mới' }).click();
    await expect(page.getByRole('heading', { name: 'Lập kế hoạch mới' })).toBeVisible();
    const year = page.getByRole('textbox', { name: 'Năm', exact: true });
    await year.fill('2025');
    await expect(page.getByRole('textbox', { name: 'Tên kế hoạch' })).toHaveValue(
      'Kế hoạch Thực hiện cải cách hành chính năm 2025',
    );
    await page.getByLabel('Số hiệu văn bản').fill('15/KH-UBND');
    await page
      .getByLabel('Căn cứ')
      .fill(
        'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính',
      );
    await shot(page, '02-create-plan');
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Kế hoạch Thực hiện cải cách hành chính năm 2025' }),
    ).toBeVisible();
    provincePlanUrl = new URL(page.url()).pathname;
  });

  await test.step('add targets (with level floors, and a deadline) and a task', async () => {
    await page.getByRole('button', { name: 'Thêm chỉ tiêu: Cải cách thủ tục hành chính' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã chỉ tiêu').fill('TTHC-01');
    await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    // The contract's schema refuses the empty form before anything is sent.
    await expect(dialog.getByText('Bắt buộc nhập').first()).toBeVisible();
    await dialog.getByLabel('Tên chỉ tiêu').fill('Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn');
    await dialog.getByRole('textbox', { name: 'Giá trị', exact: true }).fill('98');
    await dialog.getByLabel('Mức sàn riêng cho cấp huyện').fill('95');
    await dialog.getByLabel('Mức sàn riêng cho cấp xã').fill('90');
    await shot(page, '03a-add-target', { fullPage: false });
    await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('target-row-TTHC-01')).toBeVisible();

    await page.getByRole('button', { name: /^Thêm chỉ tiêu: Công tác chỉ đạo/ }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã chỉ tiêu').fill('CĐ-01');
    await dialog
      .getByLabel('Tên chỉ tiêu')
      .fill('Ban hành kế hoạch cải cách hành chính năm 2025 của cấp huyện, cấp xã');
    await dialog.getByRole('combobox', { name: 'Đơn vị tính' }).click();
    await page.getByRole('option', { name: 'Thời hạn' }).click();
    await dialog.getByRole('combobox', { name: 'Yêu cầu đạt' }).click();
    await page.getByRole('option', { name: 'Không muộn hơn' }).click();
    await dialog.getByRole('textbox', { name: 'Giá trị', exact: true }).fill('31/01/2025');
    await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('target-row-CĐ-01')).toBeVisible();

    await page.getByRole('button', { name: 'Thêm nhiệm vụ: Cải cách thủ tục hành chính' }).click();
    dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Nội dung nhiệm vụ')
      .fill('Rà soát, đơn giản hóa thủ tục hành chính, cắt giảm chi phí tuân thủ');
    await dialog.getByLabel('Sản phẩm').fill('Quyết định phê duyệt phương án đơn giản hóa');
    await dialog.getByLabel('Cơ quan chủ trì').fill('Văn phòng UBND tỉnh');
    await dialog.getByLabel('Cơ quan phối hợp').fill('Các sở, ban, ngành\nUBND các huyện, thị xã, thành phố');
    await dialog.getByLabel('Kinh phí (triệu đồng)').fill('120');
    await dialog.getByLabel('Thời hạn').fill('Quý II/2025');
    await dialog.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await expect(dialog).toBeHidden();
    const budget = page.getByLabel('Kinh phí nhiệm vụ 1 (triệu đồng)');
    await expect(budget).toHaveValue('120');
    await expect(page.getByRole('textbox', { name: 'Thời hạn nhiệm vụ 1' })).toHaveValue('Quý II/2025');

    // Subtotal and total follow the amount while it is typed, before it is saved; typed the
    // Vietnamese way, "1.250" is one thousand two hundred and fifty.
    await budget.fill('1.250');
    await expect(page.getByTestId('area-subtotal-administrative_procedures')).toHaveText('1.250');
    await expect(page.getByTestId('plan-budget-total')).toHaveText('1.250 triệu đồng');
    await budget.press('Enter');
    await expect(page.getByRole('button', { name: 'Lưu nhiệm vụ 1' })).toBeHidden();
    await shot(page, '03-plan');
  });

  await test.step('a draft is not cascaded: the province issues its plan in the dialog first', async () => {
    await page.getByRole('link', { name: 'Giao xuống cấp dưới' }).click();
    await expect(page.getByTestId('cascade-refused')).toContainText('Kế hoạch chưa ban hành');
    await page.getByRole('link', { name: 'Nội dung kế hoạch' }).click();
    await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
    // The number written in the plan's header, and the unit's name as the place, to start from.
    await expect(dialog.getByLabel('Số hiệu văn bản')).toHaveValue('15/KH-UBND');
    await expect(dialog.getByLabel('Địa danh')).toHaveValue(/Sóc Trăng/);
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect(dialog.getByText('Bắt buộc nhập').first()).toBeVisible();
    await dialog.getByLabel('Ngày ban hành').fill('20/12/2024');
    await dialog.getByLabel('Người ký').fill('Lâm Hoàng Nghiệp');
    await dialog.getByLabel('Chức vụ').fill('Chủ tịch');
    await dialog.getByRole('radio', { name: 'TM. (thay mặt Ủy ban nhân dân)' }).check();
    await shot(page, '03b-issue', { fullPage: false });
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('plan-issued-line')).toHaveText(
      'Đã ban hành: Số 15/KH-UBND ngày 20/12/2024 · TM. Ủy ban nhân dân · Chủ tịch Lâm Hoàng Nghiệp',
    );
    // Issued: read as a document, changed only through an amendment.
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  });

  await test.step('cascade to every district', async () => {
    await page.getByRole('link', { name: 'Giao xuống cấp dưới' }).click();
    await expect(page.getByRole('heading', { name: 'Giao kế hoạch xuống đơn vị cấp dưới' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Tất cả đơn vị trực thuộc (11)' })).toBeChecked();
    await page.getByRole('button', { name: 'Giao kế hoạch' }).click();
    // First what it will do, then, once confirmed, the cascade itself.
    const preview = page.getByTestId('cascade-preview');
    await expect(preview).toContainText('Sẽ tạo 11 kế hoạch, cập nhật 0 kế hoạch');
    await expect(page.getByTestId('cascade-result')).toHaveCount(0);
    await preview.getByRole('button', { name: 'Xác nhận giao' }).click();
    const result = page.getByTestId('cascade-result');
    await expect(result).toBeVisible();
    await expect(result.getByText('Kế hoạch tạo mới').locator('..')).toContainText('11');
    await expect(page.getByRole('row', { name: /Thị xã Ngã Năm/ })).toContainText('Chờ xác nhận');
    await shot(page, '04-cascade');
  });

  let districtPlanUrl = '';
  await test.step('the province finds Ngã Năm’s derived plan', async () => {
    await page.getByRole('link', { name: 'Kế hoạch cấp dưới' }).click();
    await expect(page.getByTestId('children-progress')).toHaveText('0/11 đơn vị đã xác nhận');
    await page.getByRole('link', { name: 'Mở kế hoạch của Thị xã Ngã Năm' }).click();
    await expect(page.getByRole('link', { name: 'Căn cứ kế hoạch cấp trên' })).toBeVisible();
    districtPlanUrl = new URL(page.url()).pathname;
    // The province reads the district's plan; only the district's officers change it.
    await expect(page.getByTestId('read-only-notice')).toContainText('chỉ cán bộ của Thị xã Ngã Năm');
  });

  // The district's officer, at another computer, with a session of its own.
  const district = await otherUserPage(browser, { baseURL, locale, viewport, timezoneId });
  await test.step('the district’s officer opens the link, signs in and lands on the plan', async () => {
    await district.goto(districtPlanUrl);
    await expect(district).toHaveURL(/\/sign-in\?next=/);
    await fillSignIn(district, 'canbo.948');
    await expect(district).toHaveURL(districtPlanUrl);
    await expect(district.getByTestId('current-user')).toContainText('canbo.948');
    await expect(district.getByTestId('current-user')).toContainText('Thị xã Ngã Năm');
  });

  await test.step('on Ngã Năm’s derived plan a weaker value is refused before it is sent', async () => {
    const page = district;
    const row = page.getByTestId('target-row-TTHC-01');
    await expect(row.getByLabel('Giá trị chỉ tiêu TTHC-01')).toHaveValue('95 %');
    await expect(page.getByTestId('floor-TTHC-01')).toHaveText('≥ 95 %');
    await expect(page.getByTestId('floor-CĐ-01')).toHaveText('≤ 31/01/2025');

    let sent = false;
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().includes('/targets/')) sent = true;
    });
    // A slip of the keyboard over 100 % is refused where it is typed, not turned into 100 %.
    await row.getByLabel('Giá trị chỉ tiêu TTHC-01').fill('955');
    await row.getByLabel('Giá trị chỉ tiêu TTHC-01').blur();
    await expect(row.getByLabel('Giá trị chỉ tiêu TTHC-01')).toHaveValue('955 %');
    await expect(row.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' })).toBeDisabled();
    await row.getByLabel('Giá trị chỉ tiêu TTHC-01').fill('90');
    await expect(row.getByText('Thấp hơn mức sàn 95 % của cấp trên')).toBeVisible();
    await expect(row.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' })).toBeDisabled();
    await row.getByLabel('Giá trị chỉ tiêu TTHC-01').press('Enter');
    await shot(page, '05-district-weaker-refused');
    expect(sent).toBe(false);
    await row.getByLabel('Giá trị chỉ tiêu TTHC-01').press('Escape');
    await expect(row.getByLabel('Giá trị chỉ tiêu TTHC-01')).toHaveValue('95 %');
  });

  await test.step('the province raises the district floor through an amendment; it reaches the district', async () => {
    await page.goto(provincePlanUrl);
    await page.getByRole('button', { name: 'Sửa đổi, bổ sung' }).click();
    const amend = page.getByRole('dialog', { name: 'Sửa đổi, bổ sung kế hoạch' });
    await amend.getByLabel('Lý do sửa đổi, bổ sung').fill('Nâng mức sàn tỷ lệ hồ sơ đúng hạn của cấp huyện');
    await amend.getByRole('button', { name: 'Soạn sửa đổi, bổ sung' }).click();
    await expect(page.getByTestId('amending-banner')).toContainText('Đang soạn sửa đổi, bổ sung lần 1');
    const floor = page.getByLabel('Mức sàn cấp huyện của chỉ tiêu TTHC-01');
    await floor.fill('96');
    // Before saving, the row says what the new floor leaves below.
    await expect(page.getByTestId('floor-impact-TTHC-01')).toContainText(
      '11 kế hoạch cấp dưới sẽ thấp hơn mức sàn mới',
    );
    await floor.press('Enter');
    await expect(page.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' })).toBeHidden();
    await expect(floor).toHaveValue('96 %');
    await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
    const issue = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
    await issue.getByLabel('Số hiệu văn bản').fill('96/KH-UBND');
    await issue.getByLabel('Ngày ban hành').fill('15/06/2025');
    await issue.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect(issue).toBeHidden();
    await expect(page.getByTestId('plan-issued-line')).toContainText('Số 96/KH-UBND ngày 15/06/2025');

    // The district's screen still shows its plan as it was: the amendment raised it meanwhile, so
    // a save based on it is refused and nothing is overwritten.
    const row = district.getByTestId('target-row-TTHC-01');
    await row.getByLabel('Giá trị chỉ tiêu TTHC-01').fill('95,5');
    await row.getByRole('button', { name: 'Lưu chỉ tiêu TTHC-01' }).click();
    const stale = district.getByTestId('stale-version');
    await expect(stale).toContainText('Kế hoạch vừa được người khác thay đổi');
    await stale.getByRole('button', { name: 'Tải lại kế hoạch' }).click();
    const banner = district.getByTestId('reconfirm-banner');
    await expect(banner).toContainText('Kế hoạch cấp trên đã sửa đổi, bổ sung (lần 1): cần xác nhận lại');
    await expect(banner).toContainText('95 % → 96 %');
    await expect(district.getByTestId('floor-TTHC-01')).toHaveText('≥ 96 %');
    // What was typed stays, and is now refused before it is sent: below the new floor.
    await expect(row.getByText('Thấp hơn mức sàn 96 % của cấp trên')).toBeVisible();
    await shot(district, '06-district-reconfirm');
    await row.getByRole('button', { name: 'Hoàn tác thay đổi của chỉ tiêu TTHC-01' }).click();
  });

  await test.step('the district raises a target and confirms', async () => {
    const page = district;
    await page.getByRole('link', { name: 'Xác nhận chỉ tiêu' }).click();
    await expect(page.getByRole('heading', { name: 'Xác nhận chỉ tiêu được giao' })).toBeVisible();
    const row = page.getByTestId('confirm-row-TTHC-01');
    // Raised to the new floor by the amendment: received at 96.
    await expect(row).toContainText('96 %');
    const value = row.getByLabel('Giá trị xác nhận của chỉ tiêu TTHC-01');
    await value.fill('94');
    await expect(row.getByText('Thấp hơn mức sàn 96 % của cấp trên')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Xác nhận kế hoạch' })).toBeDisabled();
    await value.fill('97');
    await expect(row.getByText('Nâng', { exact: true })).toBeVisible();
    await expect(page.getByText('1 chỉ tiêu được nâng')).toBeVisible();
    await page.getByRole('button', { name: 'Xác nhận kế hoạch' }).click();
    await expect(page.getByTestId('confirm-done')).toBeVisible();
    await expect(page.getByRole('main').getByText('Đã xác nhận').first()).toBeVisible();
    await expect(row).toContainText('97 %');
    await expect(page.getByTestId('reconfirm-banner')).toHaveCount(0);
    await shot(page, '07-confirm');
    await district.context().close();
  });

  await test.step('the province sees the confirmation and each district’s compliance', async () => {
    await page.goto(`${provincePlanUrl}/children`);
    await expect(page.getByTestId('children-progress')).toHaveText('1/11 đơn vị đã xác nhận');
    const ngaNam = page.getByTestId('child-948');
    await expect(ngaNam).toContainText('Đã xác nhận');
    await expect(ngaNam).toContainText('Đạt');
    // The amendment raised every other district to the new floor: each is to confirm again.
    await expect(page.getByTestId('child-941')).toContainText('Chờ xác nhận');
    await expect(page.getByTestId('child-941')).toContainText('Đạt');
    await shot(page, '08-children');

    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.getByRole('option', { name: 'Đã xác nhận' }).click();
    await expect(page.getByText('Hiển thị 1/11')).toBeVisible();

    // An amendment never leaves a plan below a floor: nothing to review.
    await page.getByRole('link', { name: 'Rà soát chỉ tiêu cấp dưới' }).click();
    await expect(page.getByText('Tất cả kế hoạch cấp dưới đều đạt mức sàn.')).toBeVisible();
    await shot(page, '09-compliance');
  });

  await test.step('each plan’s history says who changed what, before → after', async () => {
    await page.goto(`${provincePlanUrl}/history`);
    await expect(page.getByRole('heading', { name: 'Lịch sử thay đổi' })).toBeVisible();
    const floorRaised = page.getByRole('row').filter({ hasText: 'Sửa chỉ tiêu TTHC-01' });
    await expect(floorRaised).toContainText('canbo.94');
    await expect(floorRaised).toContainText('Mức sàn cấp huyện: 95 % → 96 %');
    await expect(page.getByRole('row').filter({ hasText: 'Giao kế hoạch xuống cấp dưới' })).toContainText(
      '11 kế hoạch tạo mới, 0 kế hoạch cập nhật',
    );
    await expect(page.getByRole('row').filter({ hasText: 'Thêm chỉ tiêu CĐ-01' })).toContainText(
      'Giá trị: 31/01/2025',
    );
    await shot(page, '12-history');

    await page.goto(`${districtPlanUrl}/history`);
    const confirmed = page.getByRole('row').filter({ hasText: 'Xác nhận kế hoạch' });
    await expect(confirmed).toContainText('canbo.948');
    await expect(confirmed).toContainText('Trạng thái: Chờ xác nhận → Đã xác nhận');
    await expect(
      page.getByRole('row').filter({ hasText: 'Nhận chỉ tiêu, nhiệm vụ giao từ kế hoạch cấp trên' }),
    ).toContainText('canbo.94');
    await page.goto(provincePlanUrl);
  });

  await test.step('the interface switches to English', async () => {
    await page.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('EN', { exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText(
      'Administrative units',
    );
    await shot(page, '10-english');
    await expect(page.getByRole('link', { name: 'Plans below', exact: true })).toBeVisible();
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('VI', { exact: true }).click();
    await expect(page.getByRole('link', { name: 'Đơn vị hành chính' }).first()).toBeVisible();
  });
});

test('a failed request says what failed and offers a retry', async ({ page }) => {
  await signIn(page, 'xem.94');
  let fail = true;
  await page.route('**/api/units?*', (route) => (fail ? route.abort('connectionrefused') : route.continue()));
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Không tải được danh sách tỉnh' });
  await expect(alert).toContainText('Không kết nối được tới máy chủ');
  await shot(page, '11-request-failed');
  fail = false;
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByRole('button', { name: /Sóc Trăng/ }).first()).toBeVisible();
  await expect(alert).toBeHidden();
});
