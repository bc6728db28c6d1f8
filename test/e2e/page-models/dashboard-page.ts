// The dashboard as an officer sees it: the figures on its cards, the journey, the region
// picked in the cascader, the charts and the map.
import type { Page } from 'playwright-core';

const digits = (text: string | null): number => Number.parseInt((text ?? '').replace(/[^\d]/g, ''), 10);

export function dashboardPage(page: Page) {
  const stat = async (id: string): Promise<number> =>
    digits(await page.getByTestId(id).locator('.ant-statistic-content-value').first().textContent());
  return {
    async open(): Promise<void> {
      await page.goto('/dashboard');
      await this.waitLoaded();
    },
    async waitLoaded(): Promise<void> {
      await page.getByTestId('dashboard').waitFor();
      await page.locator('[data-testid="dashboard"] canvas').nth(3).waitFor();
    },
    placed: () => stat('stat-placed'),
    /** The target after "/" on the placed card, or null when the region has none. */
    async target(): Promise<number | null> {
      const suffix = await page.getByTestId('stat-placed').locator('.ant-statistic-content-suffix').count();
      if (suffix === 0) return null;
      return digits(await page.getByTestId('stat-placed').locator('.ant-statistic-content-suffix').textContent());
    },
    async progressPercent(): Promise<number | null> {
      if ((await page.getByTestId('progress').count()) === 0) return null;
      // The figure shown (e.g. 125 %), not the bar's aria-valuenow, which antd caps at 100.
      const shown = (await page.getByTestId('progress-text').textContent()) ?? '';
      return Number.parseFloat(shown.replace(/[^\d.]/g, ''));
    },
    noTarget: () => page.getByTestId('no-target'),
    heading: () => page.getByTestId('dashboard-region').textContent(),
    workers: () => stat('stat-workers'),
    priority: () => stat('stat-priority'),
    vacancies: () => stat('stat-vacancies'),
    step: async (step: string) => digits(await page.getByTestId(`step-${step}`).textContent()),
    /** Picks a region in the cascader by its names, top down (e.g. ['吕梁市', '兴县']). */
    async pickRegion(names: string[]): Promise<void> {
      await page.getByTestId('region-filter').click();
      for (const name of names) {
        await page.locator('.ant-cascader-menu-item', { hasText: name }).first().click();
        await page.waitForTimeout(300);
      }
      await page.keyboard.press('Escape');
      await page.getByTestId('dashboard-region').filter({ hasText: names[names.length - 1] }).waitFor();
      await this.waitLoaded();
    },
    map: () => page.getByRole('img', { name: /输出流向地图|Map of flows/ }),
    flowBasis: () => page.getByTestId('flow-basis').textContent(),
  };
}
