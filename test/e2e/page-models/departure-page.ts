// The departure-day pages as a test uses them: the board's totals, a drill-down to the
// people behind a count, rebooking one of them, and the needs-attention list.
import type { Page } from 'playwright-core';

export type BoardState = 'expected' | 'checked_in' | 'refused' | 'departed' | 'no_show' | 'arrived' | 'absent_at_arrival' | 'rebooked' | 'cancelled';

export function departurePage(page: Page) {
  const people = page.getByTestId('day-passengers').locator('tbody tr.ant-table-row');
  return {
    async open() {
      await page.goto('/departure');
      await page.getByTestId('board-table').waitFor();
    },
    /** The live tag says so once the event stream is open. */
    live: () => page.getByTestId('board-live').innerText(),
    /** A state's total as the page shows it (digits only, whatever the locale's grouping). */
    async total(state: BoardState): Promise<number> {
      const text = await page.getByTestId(`total-${state}`).locator('.ant-statistic-content').innerText();
      return Number(text.replace(/\D/g, ''));
    },
    async drill(state: BoardState) {
      await page.getByTestId(`total-${state}`).click();
      await page.locator('.ant-drawer-open').waitFor();
    },
    /** The overdue total opens the people not handed over in time. */
    async drillOverdue() {
      await page.getByTestId('total-overdue').click();
      await page.locator('.ant-drawer-open').waitFor();
    },
    peopleRows: () => people,
    async rebookFirst() {
      await people.first().getByRole('button', { name: /改\s*签|Rebook/ }).click();
      const dialog = page.getByRole('dialog').filter({ has: page.locator('#rebook-trip') });
      await dialog.locator('#rebook-trip').click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first().click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden' });
    },
    async closeDrawer() {
      await page.locator('.ant-drawer-open .ant-drawer-close').click();
      await page.locator('.ant-drawer-open').waitFor({ state: 'hidden' });
    },
  };
}

export function attentionPage(page: Page) {
  const rows = page.getByTestId('attention-table').locator('tbody tr.ant-table-row');
  return {
    async open() {
      await page.goto('/departure/attention');
      await page.getByTestId('attention-page').waitFor();
    },
    rows: () => rows,
    async resolveFirst(resolution: string) {
      await rows.first().getByRole('button', { name: /处\s*理|Resolve/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('textarea').fill(resolution);
      await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
      await dialog.waitFor({ state: 'hidden' });
    },
  };
}
