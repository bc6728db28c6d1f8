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
    /** The workers' phone pages block: its printed address, and its QR image's pixels. */
    async workerPages(): Promise<{ text: string; pixels: { data: number[]; width: number; height: number } }> {
      const block = page.getByTestId('worker-pages');
      const image = block.locator('img');
      await image.waitFor();
      const pixels = await image.evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(img, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height);
        return { data: Array.from(data.data), width: data.width, height: data.height };
      });
      return { text: (await block.textContent()) ?? '', pixels };
    },
    /** Resolves once the sign-in form is on screen. */
    shown: () => page.locator('#sign-in_login').waitFor(),
  };
}
