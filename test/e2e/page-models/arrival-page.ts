// The arrivals desk (/checkin/ signed in as an employer or officer) and the link to it from
// the employer portal's vacancy page: by labels, roles and the few data-testid a test reads.
import type { Page } from 'playwright-core';

export function arrivalDesk(page: Page) {
  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
  // By worker id: two riders of one coach may share a name.
  const rider = (workerId: string) => page.locator(`[data-testid="rider"][data-worker="${workerId}"]`);
  return {
    async signIn(login: string, password: string): Promise<void> {
      await page.getByLabel('账号').fill(login);
      await page.getByLabel('密码').fill(password);
      await button('登录').click();
    },
    async download(): Promise<void> {
      await button(/下载名单|更新名单/).click();
      await page.getByTestId('manifest-info').waitFor();
    },
    date: () => page.getByLabel('发车日期'),
    tripChoice: (number: string) => page.getByRole('radio', { name: new RegExp(`^${number} ·`) }),
    async start(): Promise<void> {
      await button('开始交接').click();
      await page.getByTestId('desk-title').waitFor();
    },
    title: () => page.getByTestId('desk-title'),
    rider,
    async standing(workerId: string): Promise<string | null> {
      return rider(workerId).getAttribute('data-standing');
    },
    async handOver(workerId: string): Promise<void> {
      await rider(workerId).getByRole('button', { name: /^(已交接|补交接) · / }).click();
    },
    async markAbsent(workerId: string): Promise<void> {
      await rider(workerId).getByRole('button', { name: /^未到 · / }).click();
    },
    /** Types an identity number into the desk's search (offline: matched by its keyed digest). */
    async findById(idNumber: string): Promise<void> {
      await page.getByLabel('身份证号').fill(idNumber);
      await button('查找').click();
      await page.getByTestId('verdict').waitFor();
    },
    verdict: () => page.getByTestId('verdict'),
    async back(): Promise<void> {
      await button('返回').click();
    },
    listed: () => page.locator('[data-testid="rider"]'),
    eta: () => page.getByTestId('eta'),
    counts: () => page.getByTestId('handover-counts'),
    async waitingCount(): Promise<number> {
      return Number(await page.getByTestId('waiting-count').getAttribute('data-count'));
    },
    waiting: () => page.getByTestId('waiting-count'),
    /** Back to the top (the status bar and the counts), e.g. for a screenshot. */
    async top(): Promise<void> {
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  };
}

/** The vacancy page's link to the arrivals desk, beside a worker's coach (one coach's). */
export function handoverLink(page: Page, tripId: string) {
  return page.locator(`[data-testid="handover-link"][href$="trip=${tripId}"]`).first();
}
