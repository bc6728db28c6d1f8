// The import page as a test uses it: choose what to import, upload a file, wait for the
// outcome, take the refused rows' workbook and a template, read the history.
import type { Download, Page } from 'playwright-core';

export function importsPage(page: Page) {
  const result = page.getByTestId('import-result');
  return {
    page,
    async open() {
      await page.goto('/imports');
      await page.getByTestId('import-history').waitFor();
    },
    async choose(kind: 'workers' | 'jobs') {
      await page.getByTestId('import-kind').locator(`input[value="${kind}"]`).check({ force: true });
    },
    async upload(file: string) {
      await page.locator('input[type=file]').setInputFiles(file);
      await result.waitFor();
    },
    async waitDone() {
      await page.locator('[data-testid="import-result"][data-status="done"], [data-testid="import-result"][data-status="failed"]').waitFor({ timeout: 120_000 });
      return result.getAttribute('data-status');
    },
    count: async (key: 'imported' | 'updated' | 'unchanged' | 'refused') =>
      Number((await page.getByTestId(`import-${key}`).locator('.ant-statistic-content-value').innerText()).replace(/\D/g, '')),
    async downloadErrors(): Promise<Download> {
      const download = page.waitForEvent('download');
      await page.getByTestId('import-errors').click();
      return download;
    },
    async downloadTemplate(kind: 'workers' | 'jobs'): Promise<Download> {
      const download = page.waitForEvent('download');
      await page.getByTestId(`template-${kind}`).click();
      return download;
    },
    historyRows: () => page.getByTestId('import-history').locator('tbody tr.ant-table-row'),
  };
}
