import { type Page, expect, test } from '@playwright/test';
import { cascadeNgaNam, fillSignIn, shot } from './support';

/**
 * A phone (390×844, an iPhone 12–15's CSS pixels): Ngã Năm's officer signs in, follows its plan,
 * the plans below it and their compliance. The header keeps sign-out and the language in a menu;
 * no screen is wider than the phone (wide tables scroll inside themselves); no text stands one
 * word per line. Each screen is also pictured at 1366×768, an office laptop.
 */
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

test.use({ viewport: PHONE });

/** Texts (of two or more words) that the layout broke into one word per line. */
function wordPerLine(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const words = text.split(/\s+/).length;
      const parent = node.parentElement;
      if (words < 2 || !parent || parent.closest('[aria-hidden="true"], .visually-hidden, textarea, option'))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      if (rects.length === 0) continue;
      const lines = new Set(rects.map((r) => Math.round(r.top))).size;
      if (lines >= words) found.push(text);
    }
    return found;
  });
}

/** The page fits the phone's width (wide tables scroll inside their own box), and reads in lines. */
async function fitsThePhone(page: Page) {
  const { width, outside } = await page.evaluate((phone) => {
    // What sticks out, unless a box that scrolls holds it: named in the failure.
    const outside = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > phone + 1)
      .filter((el) => {
        for (let p = el.parentElement; p; p = p.parentElement)
          if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return false;
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} “${el.textContent?.slice(0, 40)}”`);
    return { width: document.documentElement.scrollWidth, outside };
  }, PHONE.width);
  expect(width, `the page is wider than the phone: ${outside.join('; ')}`).toBeLessThanOrEqual(PHONE.width);
  expect(await wordPerLine(page)).toEqual([]);
}

/** The screen at the phone's size, then at the laptop's, then back. */
async function shotBoth(page: Page, name: string) {
  await shot(page, `phone-${name}-390x844`);
  await page.setViewportSize(LAPTOP);
  await shot(page, `phone-${name}-1366x768`);
  await page.setViewportSize(PHONE);
}

test('a district’s officer follows its plan, the plans below and their compliance on a phone', async ({
  page,
  playwright,
  baseURL,
}) => {
  const setup = await playwright.request.newContext({ baseURL });
  await cascadeNgaNam(setup);
  await setup.dispose();
  const menu = page.getByRole('dialog', { name: 'Menu' });
  const openMenu = page.getByRole('button', { name: 'Mở menu' });

  await test.step('sign-in', async () => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await fitsThePhone(page);
    await shotBoth(page, 'sign-in');
    await fillSignIn(page, 'canbo.948');
    await expect(openMenu).toBeVisible();
    // Landed (the first screen may move on to the unit's plan): a change of screen closes the menu.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  await test.step('the menu holds the screens, the account, sign-out and the language', async () => {
    // On a phone the header is the name of the app and the menu's button.
    await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeHidden();
    await openMenu.click();
    await expect(menu).toBeVisible();
    await expect(menu.getByTestId('current-user')).toContainText('canbo.948');
    await expect(menu.getByTestId('current-user')).toContainText('Thị xã Ngã Năm');
    await expect(menu.getByRole('link', { name: 'Đơn vị hành chính' })).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Đổi mật khẩu' })).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
    await expect(menu.getByRole('radiogroup', { name: 'Ngôn ngữ' })).toBeVisible();
    await fitsThePhone(page);
    await shot(page, 'phone-menu-390x844', { fullPage: false });
    await page.getByRole('button', { name: 'Đóng menu' }).click();
    await expect(menu).toBeHidden();
  });

  await test.step('units: Ngã Năm and its plans', async () => {
    await page.goto('/?unit=948');
    await expect(page.getByRole('heading', { name: 'Thị xã Ngã Năm' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }),
    ).toBeVisible();
    await fitsThePhone(page);
    await shotBoth(page, 'units');
  });

  await test.step('the plan: its header, then its areas, each table scrolling in its own box', async () => {
    await page.getByRole('link', { name: 'Kế hoạch Thực hiện cải cách hành chính năm 2024' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /năm 2024/ })).toBeVisible();
    const targets = page.getByRole('table', { name: /^Chỉ tiêu: / }).first();
    await expect(targets).toBeVisible();
    await fitsThePhone(page);
    // The table is wider than the phone and scrolls sideways inside its box, not the page.
    const box = await targets.evaluate((table) => {
      let el: HTMLElement | null = table.parentElement;
      while (el && getComputedStyle(el).overflowX === 'visible') el = el.parentElement;
      return el ? { scroll: el.scrollWidth, client: el.clientWidth } : null;
    });
    expect(box).not.toBeNull();
    expect(box?.scroll ?? 0).toBeGreaterThan(box?.client ?? 0);
    await shotBoth(page, 'plan');
  });

  await test.step('the plans below, and their compliance', async () => {
    const tabs = page.getByRole('navigation', { name: 'Các màn hình của kế hoạch' });
    await tabs.getByRole('link', { name: 'Kế hoạch cấp dưới' }).click();
    await expect(page.getByTestId('child-31732')).toBeVisible();
    await fitsThePhone(page);
    await shotBoth(page, 'children');
    await tabs.getByRole('link', { name: 'Rà soát chỉ tiêu cấp dưới' }).click();
    await expect(page).toHaveURL(/\/compliance$/);
    await expect(
      page.getByTestId('compliance-empty').or(page.getByTestId('compliance-summary')),
    ).toBeVisible();
    await fitsThePhone(page);
    await shotBoth(page, 'compliance');
  });

  await test.step('the language, from the menu, and back', async () => {
    await openMenu.click();
    await menu.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('EN').click();
    const english = page.getByRole('dialog', { name: 'Menu' });
    await expect(english.getByRole('radiogroup', { name: 'Language' })).toBeVisible();
    await expect(english.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await english.getByRole('radiogroup', { name: 'Language' }).getByText('VI').click();
    await expect(menu.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  });

  await test.step('sign-out, from the menu', async () => {
    await menu.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'Bạn đã đăng xuất.' })).toBeVisible();
  });
});
