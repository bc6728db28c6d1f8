// The check-in PWA (/checkin/) as the staff at a gathering point see it: by labels, roles
// and the few data-testid the test reads.
import type { Page } from 'playwright-core';

export function checkinPage(page: Page) {
  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
  return {
    async open(): Promise<void> {
      await page.goto('/checkin/');
    },
    async signIn(login: string, password: string): Promise<void> {
      await page.getByLabel('账号').fill(login);
      await page.getByLabel('密码').fill(password);
      await button('登录').click();
    },
    async download(date: string): Promise<void> {
      await page.getByLabel('发车日期').fill(date);
      await button(/下载名单|更新名单/).click();
      await page.getByTestId('manifest-info').waitFor();
    },
    async start(tripNumber?: string): Promise<void> {
      if (tripNumber) await page.getByRole('radio', { name: new RegExp(`^${tripNumber} ·`) }).check();
      else await page.getByRole('radio', { name: '本集合点全部车次' }).check();
      await button('开始检录').click();
      await page.getByTestId('desk-title').waitFor();
    },
    async find(idNumber: string): Promise<void> {
      await page.getByLabel('身份证号').fill(idNumber);
      await button('查找').click();
    },
    person: () => page.getByTestId('person'),
    /** Two taps for a normal temperature (a chip, then Record), the keypad for any other. */
    async record(temperature: string): Promise<void> {
      const chip = page.getByRole('group', { name: '体温键盘' });
      if (['36.2', '36.4', '36.5', '36.6', '36.8', '37.0'].includes(temperature)) await button(temperature).click();
      else for (const key of temperature.replace('.', '')) await chip.getByRole('button', { name: key, exact: true }).click();
      await button('记录').click();
    },
    verdict: () => page.getByTestId('verdict'),
    async next(): Promise<void> {
      await button('下一位').click();
      await page.getByLabel('身份证号').waitFor();
    },
    waiting: () => page.getByTestId('waiting-count'),
    async waitingCount(): Promise<number> {
      return Number(await page.getByTestId('waiting-count').getAttribute('data-count'));
    },
    lastSync: () => page.getByTestId('last-sync'),
    async openClose(): Promise<void> {
      await button('发车').click();
    },
    missing: () => page.getByTestId('missing'),
    async depart(): Promise<void> {
      await button('确认发车').click();
    },
    changeTrip: () => button('换车次'),
  };
}
