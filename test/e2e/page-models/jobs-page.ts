// The employers and vacancies pages as a test uses them: the two lists, the employer form
// (with its field errors), an employer's and a vacancy's page.
import type { Page } from 'playwright-core';

export function jobsPage(page: Page) {
  const employerForm = page.getByTestId('employer-form');
  const fieldError = async (label: RegExp) => {
    const item = employerForm.locator('.ant-form-item').filter({ has: page.getByLabel(label) });
    const error = item.locator('.ant-form-item-explain-error');
    await error.first().waitFor();
    return error.first().innerText();
  };
  return {
    page,
    async openVacancies() {
      await page.goto('/jobs');
      await page.getByTestId('vacancies-table').locator('tbody tr.ant-table-row').first().waitFor();
    },
    async openEmployers() {
      await page.goto('/jobs?tab=employers');
      await page.getByTestId('employers-table').locator('tbody tr.ant-table-row').first().waitFor();
    },
    vacancyRows: () => page.getByTestId('vacancies-table').locator('tbody tr.ant-table-row'),
    employerRows: () => page.getByTestId('employers-table').locator('tbody tr.ant-table-row'),
    async searchEmployers(text: string) {
      await page.getByTestId('employer-search').locator('input').fill(text);
      await page.getByTestId('employer-search').locator('input').press('Enter');
    },
    async openFirstVacancy() {
      await page.getByTestId('vacancies-table').locator('tbody tr.ant-table-row a').first().click();
      await page.getByTestId('vacancy-title').waitFor();
    },
    async startNewEmployer() {
      await page.getByTestId('new-employer').click();
      await employerForm.waitFor();
    },
    async startEditEmployer() {
      await page.getByTestId('edit-employer').click();
      await employerForm.waitFor();
    },
    async fillEmployer(values: { name?: string; creditCode?: string }) {
      if (values.name !== undefined) await employerForm.getByLabel(/^(单位名称|Employer name)$/).fill(values.name);
      if (values.creditCode !== undefined) await employerForm.getByLabel(/统一社会信用代码|credit code/i).fill(values.creditCode);
    },
    submitEmployer: () => page.getByTestId('employer-submit').click(),
    creditCodeError: () => fieldError(/统一社会信用代码|credit code/i),
    employerName: () => page.getByTestId('employer-name').innerText(),
    employerCreditCode: () => page.getByTestId('employer-credit-code').innerText(),
    async waitEmployerPage() {
      await page.getByTestId('employer-name').waitFor();
    },
    vacancyTitle: () => page.getByTestId('vacancy-title').innerText(),
    vacancyPeople: () => page.getByTestId('vacancy-workers'),
    vacancyCounts: () => page.getByTestId('vacancy-counts').innerText(),
    notFound: () => page.locator('.ant-result-404'),
  };
}
