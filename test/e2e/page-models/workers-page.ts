// The workers pages as a test uses them: the list (search, filters, paging), a worker's
// page (details, reveal, journey, correct, withdraw) and the register form.
import type { Page } from 'playwright-core';

export function workersPage(page: Page) {
  const table = page.getByTestId('workers-table');
  const rows = () => table.locator('tbody tr.ant-table-row');
  const waitRows = async () => {
    await page.waitForLoadState('networkidle');
    await rows().first().waitFor();
  };
  // The table keeps the previous page on screen while the next loads: wait for the answer.
  const listAnswer = () => page.waitForResponse((r) => /\/api\/workers(\?|$)/.test(new URL(r.url()).pathname + new URL(r.url()).search) && r.request().method() === 'GET');
  const pickOption = async (testId: string, text: string | RegExp) => {
    await page.getByTestId(testId).click();
    const answered = listAnswer();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
    await answered;
    await page.waitForLoadState('networkidle');
  };
  const registerForm = page.getByTestId('register-form');
  return {
    page,
    async open(query = '') {
      await page.goto(`/workers${query}`);
      await waitRows();
    },
    rows,
    total: () => page.locator('.ant-pagination-total-text').first().innerText(),
    names: () => rows().locator('td:first-child').allInnerTexts(),
    async search(text: string) {
      await page.getByTestId('worker-search').locator('input').fill(text);
      const answered = listAnswer();
      await page.getByTestId('worker-search').locator('input').press('Enter');
      await answered;
      await page.waitForLoadState('networkidle');
      // The table keeps the previous page until it renders the answer: wait for a matching row
      // (a search that finds nobody falls through after a short wait, and the test says so).
      await rows().filter({ hasText: text }).first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    },
    filterStatus: (label: string | RegExp) => pickOption('filter-status', label),
    filterPriority: (label: string | RegExp) => pickOption('filter-priority', label),
    async sortBy(column: string | RegExp) {
      const answered = listAnswer();
      await table.locator('th').filter({ hasText: column }).click();
      await answered;
      await page.waitForLoadState('networkidle');
    },
    exportHref: () => page.getByTestId('export-workers').getAttribute('href'),
    async openRow(index = 0) {
      await rows().nth(index).locator('a').first().click();
      await page.getByTestId('worker-name').waitFor();
    },
    async openWorker(id: string) {
      await page.goto(`/workers/${id}`);
      await Promise.race([page.getByTestId('worker-name').waitFor(), page.getByTestId('not-found').waitFor()]);
    },
    notFound: () => page.getByTestId('not-found'),
    workerName: () => page.getByTestId('worker-name').innerText(),
    idNumber: () => page.getByTestId('worker-id-number').innerText(),
    status: () => page.getByTestId('worker-status').innerText(),
    minWage: () => page.getByTestId('worker-min-wage').innerText(),
    revealButton: () => page.getByTestId('reveal'),
    async reveal() {
      await page.getByTestId('reveal').click();
      await page.getByTestId('reveal').waitFor({ state: 'detached' });
    },
    journey: () => page.getByTestId('journey'),
    journeyText: () => page.getByTestId('journey').innerText(),
    async correctMinWage(wage: number) {
      await page.getByTestId('correct').click();
      const input = page.getByTestId('correct-form').getByTestId('correct-min-wage').locator('input').or(page.getByTestId('correct-min-wage'));
      await input.first().fill(String(wage));
      await page.getByRole('dialog').getByRole('button', { name: /保\s*存|Save/ }).click();
      await page.getByTestId('correct-form').waitFor({ state: 'detached' });
    },
    async withdraw(reason: string) {
      await page.getByTestId('withdraw').click();
      await page.getByTestId('withdraw-reason').fill(reason);
      await page.getByTestId('withdraw-confirm').click();
      await page.getByTestId('withdraw-confirm').waitFor({ state: 'detached' });
    },
    async startRegister() {
      await page.getByTestId('register-worker').click();
      await registerForm.waitFor();
    },
    async fillRegister(values: { name?: string; idNumber?: string; phone?: string; origin?: string }) {
      if (values.name !== undefined) await registerForm.getByLabel(/^(姓名|Name)$/).fill(values.name);
      if (values.idNumber !== undefined) await registerForm.getByLabel(/身份证号|Identity number/).fill(values.idNumber);
      if (values.phone !== undefined) await registerForm.getByLabel(/^(手机号|Phone)/).fill(values.phone);
      if (values.origin !== undefined) await registerForm.getByLabel(/户籍地|County of origin/).fill(values.origin);
    },
    submitRegister: () => page.getByRole('dialog').getByRole('button', { name: /保\s*存|Save/ }).click(),
    async fieldError(label: RegExp) {
      const item = registerForm.locator('.ant-form-item').filter({ has: page.getByLabel(label) });
      const error = item.locator('.ant-form-item-explain-error');
      await error.first().waitFor();
      return error.first().innerText();
    },
  };
}
