import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { fillSignIn, otherUserPage, shot, signIn } from './support';

/**
 * Accounts through the UI: signing in (refused, then accepted and back where
 * one was), what each role may do, signing out, and a province administrator
 * managing the account of a commune's officer while that officer works.
 */
test.describe.configure({ mode: 'serial' });

test('sign-in refuses a wrong password and too many attempts, in plain Vietnamese', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  // Keyboard first: the user name has the focus, Enter signs in.
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await shot(page, '13-sign-in');

  await page.keyboard.type('canbo.948');
  await page.keyboard.press('Tab');
  await page.keyboard.type('sai-mat-khau');
  await page.keyboard.press('Enter');
  const refusal = page.getByTestId('sign-in-error');
  await expect(refusal).toContainText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expect(page.getByRole('textbox', { name: 'Mật khẩu', exact: true })).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
  await shot(page, '14-sign-in-refused');

  // Five failures for one user name are free; then each one makes the name wait
  // longer (1 s, 2 s, 4 s …), and the screen says how long.
  const answered = () =>
    page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST');
  for (let i = 0; i < 6; i++) {
    const response = answered();
    await fillSignIn(page, 'khong.co.ai', `sai-lan-${i}`);
    expect((await response).status()).toBe(401);
    await expect(refusal).toContainText('không đúng');
  }
  let status = 401;
  for (let i = 6; i < 10 && status === 401; i++) {
    const response = answered();
    await fillSignIn(page, 'khong.co.ai', `sai-lan-${i}`);
    status = (await response).status();
  }
  expect(status).toBe(429);
  await expect(refusal).toContainText('Bạn đã nhập sai nhiều lần. Hãy đợi');
  await expect(refusal).toContainText('giây');
});

test('an officer signs in, comes back where it was, reads the province’s plan without changing it, and signs out', async ({
  page,
}) => {
  await page.goto('/?unit=946');
  await expect(page).toHaveURL(/\/sign-in\?next=%2F%3Funit%3D946$/);
  await fillSignIn(page, 'canbo.946');
  await expect(page).toHaveURL(/\/\?unit=946$/);
  await expect(page.getByRole('heading', { name: 'Huyện Long Phú' })).toBeVisible();
  const me = page.getByTestId('current-user');
  await expect(me).toContainText('canbo.946');
  await expect(me).toContainText('Cán bộ');
  await expect(me).toContainText('Huyện Long Phú');
  // Users are the administrators' business.
  await expect(page.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);

  // Its own district's plan, derived and not yet confirmed: it writes it.
  await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).click();
  await expect(page.getByRole('link', { name: 'Xác nhận chỉ tiêu' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Thêm chỉ tiêu: / }).first()).toBeVisible();
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0);

  // The province's plan it derives from: it reads it, and nothing there offers a change.
  await page.getByRole('link', { name: 'Căn cứ kế hoạch cấp trên' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /năm 2024/ })).toBeVisible();
  await expect(page.getByTestId('read-only-notice')).toContainText(
    'Bạn chỉ xem được kế hoạch này: chỉ cán bộ của Tỉnh Sóc Trăng mới sửa được.',
  );
  // Issued, it reads as the signed document: no box to type in.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Thêm chỉ tiêu: / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Xóa chỉ tiêu/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toHaveCount(0);
  const tabs = page.getByRole('navigation', { name: 'Các màn hình của kế hoạch' });
  await expect(tabs.getByRole('link')).toHaveText([
    'Nội dung kế hoạch',
    'Các lần ban hành',
    'Lịch sử thay đổi',
  ]);
  await shot(page, '15-read-only-plan');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status').filter({ hasText: 'Bạn đã đăng xuất.' })).toBeVisible();
  await page.goto('/?unit=946');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
});

test('a viewer reads plans and changes nothing', async ({ page }) => {
  await signIn(page, 'xem.94');
  await expect(page.getByTestId('current-user')).toContainText('Người xem');
  await page.goto('/?unit=94');
  await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).click();
  await expect(page.getByTestId('read-only-notice')).toContainText(
    'Bạn đăng nhập với vai trò “Người xem” nên chỉ xem được kế hoạch, không sửa được.',
  );
  // The province's plan is issued: it reads as a document, with no input boxes at all.
  await expect(page.getByTestId('plan-document')).toBeVisible();
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sửa đổi, bổ sung' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Thêm nhiệm vụ: / })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Giao xuống cấp dưới' })).toHaveCount(0);
  // It follows the province's districts, though.
  await page.getByRole('link', { name: 'Kế hoạch cấp dưới' }).click();
  await expect(page.getByTestId('children-progress')).toHaveText('0/11 đơn vị đã xác nhận');
  await page.goto('/?unit=94');
  await expect(page.getByRole('heading', { name: 'Tỉnh Sóc Trăng' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lập kế hoạch mới' })).toHaveCount(0);
  await page.goto('/users');
  await expect(
    page.getByText('Chỉ quản trị viên cấp tỉnh và quản trị hệ thống mới quản lý được người dùng.'),
  ).toBeVisible();
});

test('the system administrator signs in with the password of the first start and manages every unit’s users', async ({
  page,
}) => {
  const file = process.env.CCHC_E2E_ADMIN_PASSWORD_FILE ?? '';
  await signIn(page, 'admin', fs.readFileSync(file, 'utf8').trim());
  const me = page.getByTestId('current-user');
  await expect(me).toContainText('Quản trị hệ thống');
  await expect(me).toContainText('Toàn hệ thống');
  await page.getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByText('Tài khoản của mọi đơn vị')).toBeVisible();
  await expect(page.getByTestId('user-quantri.94')).toContainText('Tỉnh Sóc Trăng');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await page.getByRole('dialog').getByRole('combobox', { name: 'Vai trò' }).click();
  await expect(page.getByRole('option')).toHaveText(['Quản trị cấp tỉnh', 'Cán bộ', 'Người xem']);
  await page.keyboard.press('Escape');
});

test('the province’s administrator creates a commune officer, who signs in; its rights then change under it', async ({
  page,
  browser,
  baseURL,
  locale,
  viewport,
  timezoneId,
}) => {
  const admin = page;
  const username = 'vanthu.vinhquoi';
  const row = admin.getByTestId(`user-${username}`);
  const notice = admin.getByTestId('users-notice');

  await test.step('quantri.94 lists the users of its province', async () => {
    await signIn(admin, 'quantri.94');
    await expect(admin.getByTestId('current-user')).toContainText('Quản trị cấp tỉnh');
    await admin.getByRole('link', { name: 'Người dùng' }).click();
    await expect(admin.getByRole('heading', { name: 'Quản lý người dùng' })).toBeVisible();
    await expect(admin.getByText('Tài khoản của các đơn vị thuộc Tỉnh Sóc Trăng')).toBeVisible();
    await expect(admin.getByTestId('user-canbo.948')).toContainText('Thị xã Ngã Năm');
    await expect(admin.getByTestId('user-canbo.31732')).toContainText('Phường 1');
    await expect(admin.getByTestId('user-quantri.94')).toContainText('Bạn');
    await shot(admin, '16-users');
  });

  await test.step('it creates an officer for Xã Vĩnh Quới, checked by the shared schema first', async () => {
    await admin.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Thêm người dùng' });
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    // Left empty, a required field says so; typed wrong, it names its rule.
    await expect(dialog.getByText('Bắt buộc nhập')).toHaveCount(2);
    await expect(dialog.getByText('Chọn đơn vị của người dùng')).toBeVisible();
    await dialog.getByLabel('Tên đăng nhập').fill('ab');
    await dialog.getByLabel('Mật khẩu ban đầu').fill('ngan');
    await expect(dialog.getByText('Tên đăng nhập gồm 3–50 ký tự')).toBeVisible();
    await expect(dialog.getByText('Mật khẩu cần ít nhất 10 ký tự')).toBeVisible();
    await dialog.getByLabel('Tên đăng nhập').fill(username);
    await dialog.getByLabel('Mật khẩu ban đầu').fill('VinhQuoi-2025');
    await dialog.getByRole('combobox', { name: 'Đơn vị' }).fill('vinh quoi');
    await admin.getByRole('option', { name: /Xã Vĩnh Quới/ }).click();
    await expect(dialog.getByRole('combobox', { name: 'Đơn vị' })).toHaveValue('Xã Vĩnh Quới · 31738');
    await expect(dialog.getByText('Chọn đơn vị của người dùng')).toBeHidden();
    await shot(admin, '17-create-user', { fullPage: false });
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(dialog).toBeHidden();
    await expect(notice).toHaveText(`Đã tạo tài khoản ${username}.`);
    await expect(row).toContainText('Xã Vĩnh Quới');
    await expect(row).toContainText('Đang hoạt động');
  });

  const officer = await otherUserPage(browser, { baseURL, locale, viewport, timezoneId });
  let planUrl = '';
  await test.step('the new officer signs in and writes its commune’s 2025 plan', async () => {
    await signIn(officer, username, 'VinhQuoi-2025');
    const me = officer.getByTestId('current-user');
    await expect(me).toContainText('Cán bộ');
    await expect(me).toContainText('Xã Vĩnh Quới');
    await officer.goto('/?unit=31738');
    await officer.getByRole('link', { name: 'Lập kế hoạch mới' }).click();
    await officer.getByRole('textbox', { name: 'Năm', exact: true }).fill('2025');
    await officer.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await expect(officer).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
    planUrl = new URL(officer.url()).pathname;
    await expect(officer.getByRole('button', { name: /^Thêm chỉ tiêu: / }).first()).toBeVisible();
  });

  await test.step('the administrator makes it a viewer while its screen still offers changes', async () => {
    await admin.getByRole('combobox', { name: `Vai trò của ${username}` }).click();
    await admin.getByRole('option', { name: 'Người xem' }).click();
    await expect(notice).toHaveText(`Đã đổi vai trò của ${username} thành “Người xem”.`);

    await officer.getByLabel('Số hiệu văn bản').fill('05/KH-UBND');
    await officer.getByRole('button', { name: 'Lưu', exact: true }).click();
    const refusal = officer.getByRole('alert').filter({ hasText: 'Không lưu được thông tin chung' });
    await expect(refusal).toContainText('Bạn không có quyền thực hiện thao tác này.');
    // The screen reads who it is again, and stops offering changes.
    await expect(officer.getByTestId('current-user')).toContainText('Người xem');
    await expect(officer.getByTestId('read-only-notice')).toBeVisible();
    await expect(officer.getByLabel('Số hiệu văn bản')).not.toBeEditable();
    await shot(officer, '18-forbidden');
  });

  await test.step('locked, the account is sent to sign in and told it is locked', async () => {
    await row.getByRole('button', { name: `Khóa tài khoản ${username}` }).click();
    await expect(notice).toContainText(`Đã khóa tài khoản ${username}`);
    await expect(row).toContainText('Đã khóa');

    await officer.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
    await expect(officer).toHaveURL(/\/sign-in\?next=/);
    await expect(officer.getByRole('status')).toContainText('Phiên làm việc đã kết thúc');
    await fillSignIn(officer, username, 'VinhQuoi-2025');
    await expect(officer.getByTestId('sign-in-error')).toContainText('Tài khoản này đã bị khóa.');
    await expect(officer.getByRole('button', { name: 'Đăng nhập' })).not.toHaveAttribute('data-loading');
    await shot(officer, '19-locked');
  });

  await test.step('unlocked with a new password, it signs in and is back on the plan’s history', async () => {
    await row.getByRole('button', { name: `Mở khóa tài khoản ${username}` }).click();
    await expect(notice).toHaveText(`Đã mở khóa tài khoản ${username}.`);
    await row.getByRole('button', { name: `Đặt lại mật khẩu của ${username}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Đặt lại mật khẩu: ${username}` });
    await dialog.getByLabel('Mật khẩu mới').fill('ngan');
    await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await expect(dialog.getByText('Mật khẩu cần ít nhất 10 ký tự')).toBeVisible();
    await dialog.getByLabel('Mật khẩu mới').fill('VinhQuoi-moi-2025');
    await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await expect(dialog).toBeHidden();
    await expect(notice).toContainText(`Đã đặt lại mật khẩu của ${username}`);

    await fillSignIn(officer, username, 'VinhQuoi-moi-2025');
    await expect(officer).toHaveURL(`${planUrl}/history`);
    await expect(officer.getByRole('row').filter({ hasText: 'Lập kế hoạch' })).toContainText(username);
  });

  await test.step('it changes its own password, proving the current one, and stays signed in', async () => {
    await officer.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Đổi mật khẩu' });
    await dialog.getByLabel('Mật khẩu hiện tại').fill('khong-phai-mat-khau');
    await dialog.getByLabel('Mật khẩu mới').fill('VinhQuoi-tu-doi-2025');
    await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(dialog.getByText('Mật khẩu hiện tại không đúng')).toBeVisible();
    await dialog.getByLabel('Mật khẩu hiện tại').fill('VinhQuoi-moi-2025');
    await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(dialog).toBeHidden();
    await expect(officer.getByTestId('current-user').locator('..')).toContainText('Đã đổi mật khẩu.');
    await officer.reload();
    await expect(officer.getByTestId('current-user')).toContainText(username);
  });

  await test.step('deleted (after a confirmation), the account is signed out for good', async () => {
    await row.getByRole('button', { name: `Xóa tài khoản ${username}` }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Xóa', exact: true }).click();
    await expect(notice).toHaveText(`Đã xóa tài khoản ${username}.`);
    await expect(row).toHaveCount(0);

    await officer.reload();
    await expect(officer).toHaveURL(/\/sign-in\?next=/);
    await officer.context().close();
  });
});
