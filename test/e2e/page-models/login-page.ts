// The sign-in page, as a user sees it: by labels and roles, not CSS.
import type { Page } from 'playwright-core';

export function loginPage(page: Page) {
  return {
    async open(path = '/login'): Promise<void> {
      await page.goto(path);
      await page.locator('#sign-in_login').waitFor();
    },
    async signIn(login: string, password: string): Promise<void> {
      await page.locator('#sign-in_login').fill(login);
      await page.locator('#sign-in_password').fill(password);
      await page.locator('form button[type="submit"]').click();
    },
    error: () => page.getByTestId('sign-in-error'),
    /** Resolves once the sign-in form is on screen. */
    shown: () => page.locator('#sign-in_login').waitFor(),
  };
}
