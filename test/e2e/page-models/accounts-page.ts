// The accounts and audit pages as a test uses them: list, create an account (the form's
// field errors), and read the audit log filtered by action.
import type { Page } from 'playwright-core';

export type NewAccount = { role: string; name: string; region?: string; login: string; password: string };

export function accountsPage(page: Page) {
  const form = page.getByTestId('create-account');
  return {
    page,
    async open() {
      await page.goto(`/accounts`);
      await page.getByTestId('accounts-table').waitFor();
    },
    logins: () => page.getByTestId('accounts-table').locator('tbody tr.ant-table-row td:first-child').allInnerTexts(),
    async create(account: NewAccount) {
      await form.getByLabel(/角色|Role/).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: account.role }).click();
      await form.getByLabel(/^(姓名|Name)$/).fill(account.name);
      if (account.region !== undefined) await form.getByLabel(/地区代码|Region code/).fill(account.region);
      await form.getByLabel(/登录名|Login/).fill(account.login);
      await form.getByLabel(/初始密码|Initial password/).fill(account.password);
      await page.getByTestId('create-account-submit').click();
    },
    created: () => page.locator('.ant-message-success').last().innerText(),
    /** The error shown under a form field (by its label). */
    fieldError: async (label: RegExp) => {
      const item = form.locator('.ant-form-item').filter({ has: page.getByLabel(label) });
      const error = item.locator('.ant-form-item-explain-error');
      await error.first().waitFor();
      return error.first().innerText();
    },
  };
}

export function auditPage(page: Page) {
  return {
    page,
    async open() {
      await page.goto(`/audit`);
      await page.getByTestId('audit-table').locator('tbody tr.ant-table-row').first().waitFor();
    },
    async filterAction(action: string) {
      await page.getByTestId('audit-action').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: `(${action})` }).click();
      // The closing dropdown's listbox stays in the page until its animation ends.
      await page.locator('.ant-select-dropdown').first().waitFor({ state: 'hidden' });
      await page.waitForFunction((a) => {
        const cells = [...document.querySelectorAll('[data-testid="audit-table"] tbody tr.ant-table-row')];
        return cells.length > 0;
      }, action);
    },
    /** Rows as [who, action, entity id, ip]. */
    async rows() {
      return page.getByTestId('audit-table').locator('tbody tr.ant-table-row').evaluateAll((trs) => trs.map((tr) => {
        const td = [...tr.querySelectorAll('td')].map((c) => (c as HTMLElement).innerText);
        return { who: td[1], action: td[2], entity: td[3], ip: td[5] };
      }));
    },
  };
}
