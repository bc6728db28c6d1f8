// The frame around signed-in pages: side menu, header (user, region, campaign, language,
// sign-out), title.
import type { Page } from 'playwright-core';

export function layout(page: Page) {
  return {
    userName: () => page.getByTestId('user-name'),
    region: () => page.getByTestId('user-region'),
    title: () => page.locator('main h1').first(),
    menu: () => page.getByTestId('side-menu'),
    async openMenu(label: string): Promise<void> {
      await page.getByTestId('side-menu').getByRole('link', { name: label }).click();
    },
    async switchLanguage(language: 'zh-CN' | 'en'): Promise<void> {
      await page.getByTestId('language-switch').getByText(language === 'en' ? 'English' : '中文', { exact: true }).click();
    },
    async signOut(): Promise<void> {
      await page.getByTestId('sign-out').click();
      await page.waitForURL(/\/login/);
    },
    notFound: () => page.getByTestId('not-found'),
  };
}
