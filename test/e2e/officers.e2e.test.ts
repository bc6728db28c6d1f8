// Officers of each level sign in, see their region's dashboard with the API's numbers,
// switch to English and sign out. Accessibility is checked on the sign-in page and the
// dashboard.
import jsqr from 'jsqr';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { dashboardPage } from './page-models/dashboard-page.js';
import { layout } from './page-models/layout.js';
import { loginPage } from './page-models/login-page.js';

// jsqr is CommonJS: Node hands its function over as the default, which TypeScript types as the module.
const jsQR = jsqr as unknown as typeof jsqr.default;
const CHINESE = /[\u4e00-\u9fff]/;
const ENGLISH = /^[A-Za-z][A-Za-z ,'’-]*$/;

type Stats = { workers: number; priority: number; vacancies: number };

/** What the API says to the same session the browser holds. */
async function apiJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.context().request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

describeE2e('officers in the web console', (env) => {
  for (const [login, regionName] of [['shanxi', '山西省'], ['lvliang', '吕梁市'], ['xingxian', '兴县']] as const) {
    it(`${login} signs in, sees the dashboard's numbers equal the API's, switches language, signs out`, async () => {
      const page = await env().newPage();
      const signIn = loginPage(page);
      await signIn.open('/');
      expect(page.url()).toContain('/login');
      if (login === 'shanxi') await expectAccessible(page, 'the sign-in page');
      await signIn.signIn(login, env().password(login));
      await page.waitForURL(/\/dashboard$/);

      const frame = layout(page);
      const dashboard = dashboardPage(page);
      await dashboard.waitLoaded();
      await expect.poll(() => frame.region().textContent()).toContain(regionName);
      await expect.poll(() => frame.title().textContent()).toMatch(CHINESE);

      const stats = await apiJson<Stats>(page, `/api/campaigns/${env().demo.campaign.id}/stats`);
      expect(stats.workers).toBeGreaterThan(0);
      expect({
        workers: await dashboard.workers(),
        priority: await dashboard.priority(),
        vacancies: await dashboard.vacancies(),
      }).toEqual({ workers: stats.workers, priority: stats.priority, vacancies: stats.vacancies });
      if (login === 'shanxi') await expectAccessible(page, 'the dashboard');

      await frame.switchLanguage('en');
      await expect.poll(() => frame.title().textContent()).toMatch(ENGLISH);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await dashboard.workers()).toBe(stats.workers);
      // The choice survives a reload, and the session too (the page asks /api/auth/me).
      await page.reload();
      await dashboard.waitLoaded();
      await expect.poll(() => frame.title().textContent()).toMatch(ENGLISH);

      await frame.signOut();
      await page.goto('/dashboard');
      await page.waitForURL(/\/login\?next=/);
      await signIn.shown();
    });
  }

  it('the sign-in page shows the workers\' phone pages as an address and a QR code that reads as it', async () => {
    const page = await env().newPage();
    await loginPage(page).open();
    const { text, pixels } = await loginPage(page).workerPages();
    const address = new URL('/m/', page.url()).href;
    expect(text).toContain(address);
    expect(text).toMatch(CHINESE);
    const read = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
    expect(read?.data).toBe(address);
  });

  it('a wrong password is refused with the API\'s message; unknown addresses show the not-found page', async () => {
    const page = await env().newPage();
    const signIn = loginPage(page);
    await signIn.open();
    await signIn.signIn('xingxian', 'not-the-password');
    await expect.poll(async () => (await signIn.error().textContent()) ?? '').toMatch(CHINESE);
    await signIn.signIn('xingxian', env().password('xingxian'));
    await page.waitForURL(/\/dashboard$/);
    await page.goto('/no-such-page');
    await layout(page).notFound().waitFor();
    expect(env().pageErrors).toEqual([]);
  });
});
