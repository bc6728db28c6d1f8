// The trips page as a test uses it: pick a day, plan it, open a coach, read its seat plan
// and passengers, download its manifest.
import type { Download, Page } from 'playwright-core';

export function tripsPage(page: Page) {
  const coaches = page.getByTestId('coaches-table').locator('tbody tr.ant-table-row');
  return {
    page,
    async open() {
      await page.goto(`/trips`);
      await page.getByTestId('trips-page').waitFor();
    },
    async pickDay(date: string) {
      const input = page.locator('#trips-date');
      await input.click();
      await input.fill(date);
      await input.press('Enter');
    },
    async plan() {
      // The server plans in the request (on its event loop, which in tests and the
      // screenshot script is this process's too): a big day takes a while.
      await page.getByTestId('plan-day').click({ timeout: 300_000 });
      await page.getByTestId('plan-result').waitFor({ timeout: 300_000 });
      await coaches.first().waitFor();
    },
    planSummary: () => page.getByTestId('plan-result').innerText(),
    coachCount: () => coaches.count(),
    async openCoach(index: number) {
      await coaches.nth(index).click();
      await page.getByTestId('seat-plan').waitFor();
    },
    /** Seats by state: taken, free, or left empty for spacing. */
    async seats() {
      const states = await page.getByTestId('seat-plan').locator('[data-seat]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
      return { taken: states.filter((s) => s === 'taken').length, free: states.filter((s) => s === 'free').length, spaced: states.filter((s) => s === 'spaced').length };
    },
    passengerCount: () => page.getByTestId('passengers-table').locator('tbody tr.ant-table-row').count(),
    async downloadManifest(format: 'pdf' | 'xlsx'): Promise<Download> {
      const waiting = page.waitForEvent('download');
      await page.getByTestId(`manifest-${format}`).click();
      return waiting;
    },
    mapVisible: () => page.getByRole('img', { name: /路线图|Map of/ }).isVisible(),
  };
}
