import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContextOptions, type Page, expect } from '@playwright/test';

/** The demo accounts' password (apps/api demo data; README). */
export const DEMO_PASSWORD = 'cchc-demo-2024';

const shots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** A picture of the screen into e2e/screenshots/: the full page, from the top (so the fixed
 * header stays on top), or what the window shows (a dialog over the page). */
export async function shot(page: Page, name: string, { fullPage = true } = {}) {
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}${name}.png`, fullPage });
}

/** Fills the sign-in screen the page is on, as a person would. */
export async function fillSignIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Signs in from the sign-in screen and waits for the header to name the user. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await fillSignIn(page, username, password);
  await expect(page.getByTestId('current-user')).toContainText(username);
}

/** The options of the configured context (base URL, locale, viewport, time zone) for another user's. */
export type ContextOptions = Pick<BrowserContextOptions, 'baseURL' | 'locale' | 'viewport' | 'timezoneId'>;

/** A second person at another computer: a browser context of its own, with its own session cookie. */
export async function otherUserPage(browser: Browser, options: ContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}
