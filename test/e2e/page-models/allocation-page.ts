// The allocation page as a test uses it: start a run and wait for it, read the review
// tables, select workers, confirm all or a selection through the confirm dialog.
import type { Locator, Page } from 'playwright-core';

const CONFIRM_BUTTON = /^确\s*认$|^Confirm$/;

export function allocationPage(page: Page) {
  const runs = page.getByTestId('runs-table');
  const rows = (table: Locator) => table.locator('tbody tr.ant-table-row');
  return {
    page,
    async open() {
      await page.goto(`/allocation`);
      await page.getByTestId('allocation-page').waitFor();
    },
    async startRun() {
      const before = await rows(runs).count().catch(() => 0);
      await page.getByTestId('start-run').click();
      // The new run is listed first; its review opens once it is done.
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="runs-table"] tbody tr.ant-table-row').length > n, before, { timeout: 120_000 });
      await page.locator('[data-testid="runs-table"] tbody tr.ant-table-row').first().locator('[data-status=done]').waitFor({ timeout: 120_000 });
    },
    progressVisible: () => page.getByTestId('run-progress').isVisible(),
    runCount: () => rows(runs).count(),
    async showTab(name: 'vacancy' | 'worker' | 'changes') {
      const label = { vacancy: /按岗位|By vacancy/, worker: /按劳动力|By worker/, changes: /变化|Changes/ }[name];
      await page.getByRole('tab', { name: label }).click();
      const table = { vacancy: 'vacancies-table', worker: 'proposals-table', changes: 'changes-table' }[name];
      await page.getByTestId(table).locator('tbody tr.ant-table-row').first().waitFor();
    },
    proposalRows: () => rows(page.getByTestId('proposals-table')),
    vacancyRows: () => rows(page.getByTestId('vacancies-table')),
    changeRows: () => rows(page.getByTestId('changes-table')),
    /** Ticks the first n open proposals on the by-worker tab; returns their names. */
    async selectWorkers(n: number): Promise<string[]> {
      const names: string[] = [];
      const open = rows(page.getByTestId('proposals-table')).filter({ has: page.locator('input[type=checkbox]:not([disabled])') });
      for (let i = 0; i < n; i += 1) {
        const row = open.nth(i);
        names.push((await row.locator('[data-name]').innerText()).trim());
        await row.locator('input[type=checkbox]').check();
      }
      return names;
    },
    async confirm(which: 'all' | 'selected') {
      await page.getByTestId(which === 'all' ? 'confirm-all' : 'confirm-selected').click();
      const dialog = page.locator('.ant-modal-confirm');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: CONFIRM_BUTTON }).click();
      await page.locator('.ant-message-success').waitFor();
      await dialog.waitFor({ state: 'detached' });
      return page.locator('.ant-message-success').last().innerText();
    },
    /** The status tags of the by-worker tab's rows, in order. */
    statuses: () => rows(page.getByTestId('proposals-table')).locator('td:last-child .ant-tag').allInnerTexts(),
  };
}
