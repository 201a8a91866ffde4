import { fileURLToPath } from 'node:url';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContextOptions,
  type Page,
  expect,
} from '@playwright/test';

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

/** Signs `request` in (an API context, or a browser context's `.request`, which shares its cookies). */
export async function signInByApi(request: APIRequestContext, username: string, password = DEMO_PASSWORD) {
  const response = await request.post('/api/auth/login', { data: { username, password } });
  expect(response.ok()).toBe(true);
}

/**
 * The plans of Ngã Năm's communes: its officer cascades Ngã Năm's 2024 plan to them over the API
 * (idempotent: a second run changes nothing, the status of Ngã Năm's plan neither). Returns the
 * district plan's id and each commune's plan id by unit code (Phường 1 is 31732).
 */
export async function cascadeNgaNam(request: APIRequestContext) {
  await signInByApi(request, 'canbo.948');
  const plans = await request.get('/api/plans?unit=948&year=2024');
  const [district] = (await plans.json()) as { id: string }[];
  if (!district) throw new Error('Ngã Năm has no 2024 plan');
  const cascade = await request.post(`/api/plans/${district.id}/cascade`, { data: {} });
  expect(cascade.ok()).toBe(true);
  const { plans: children } = (await cascade.json()) as { plans: { id: string; unitCode: string }[] };
  await request.post('/api/auth/logout');
  return { districtPlanId: district.id, communePlanIds: new Map(children.map((c) => [c.unitCode, c.id])) };
}
