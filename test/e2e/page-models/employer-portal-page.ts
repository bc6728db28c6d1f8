// The employer portal and the officers' approval queue as a test uses them: by label, role
// and data-testid, never by CSS structure.
import type { Download, Locator, Page } from 'playwright-core';

export type NewVacancy = {
  title: string; sitePath: string[]; industry: string; headcount: number; wage: number; wageMax?: number;
  accommodation: string; meals: string; address?: string;
};

/** Picks an antd Select's option by its visible text. */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first().click();
}

export function employerPortal(page: Page) {
  const form = page.getByTestId('vacancy-form');
  const rows = page.getByTestId('own-vacancies').locator('tbody tr.ant-table-row');
  const workers = page.getByTestId('vacancy-workers').locator('tbody tr.ant-table-row');
  const reasonDialog = page.getByRole('dialog').filter({ has: page.getByTestId('reason-form') });
  return {
    page,
    async openList() {
      await page.goto('/portal');
      await page.getByTestId('own-vacancies').waitFor();
    },
    rows: () => rows,
    row: (title: string) => rows.filter({ hasText: title }),
    async postVacancy(v: NewVacancy) {
      await page.getByTestId('post-vacancy').click();
      await form.waitFor();
      await form.getByLabel(/^(岗位名称|Title)/).fill(v.title);
      await page.getByTestId('vacancy-site').click();
      for (const name of v.sitePath) {
        await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item').filter({ hasText: name }).first().click();
      }
      await page.keyboard.press('Escape');
      if (v.address) await form.getByLabel(/^(详细地址|Street address)/).fill(v.address);
      await choose(page, form.getByLabel(/^(行业|Industry)/), v.industry);
      await form.getByLabel(/^(招聘人数|Headcount)/).fill(String(v.headcount));
      await form.getByLabel(/^(月薪（元）|Monthly wage)/).fill(String(v.wage));
      if (v.wageMax) await form.getByLabel(/^(月薪上限|Wage up to)/).fill(String(v.wageMax));
      await choose(page, page.getByTestId('vacancy-accommodation'), v.accommodation);
      await choose(page, page.getByTestId('vacancy-meals'), v.meals);
      await page.getByTestId('vacancy-submit').click();
      await page.waitForURL(/\/portal\/[0-9a-f-]{36}$/);
      await page.getByTestId('vacancy-title').waitFor();
    },
    async openVacancy(id: string) {
      await page.goto(`/portal/${id}`);
      await page.getByTestId('vacancy-title').waitFor();
      await page.getByTestId('vacancy-counts').waitFor();
    },
    approvalTag: () => page.getByTestId('approval-tag').first(),
    terms: () => page.getByTestId('vacancy-terms').innerText(),
    workers: () => workers,
    proposed: () => workers.filter({ has: page.getByTestId('confirm-worker') }),
    workerRow: (name: string) => workers.filter({ hasText: name }),
    async confirm(row: Locator) {
      await row.getByTestId('confirm-worker').click();
    },
    async decline(row: Locator, reason: string) {
      await row.getByTestId('decline-worker').click();
      await reasonDialog.waitFor();
      await reasonDialog.getByRole('textbox').fill(reason);
      await page.getByTestId('reason-submit').click();
      await reasonDialog.waitFor({ state: 'hidden' });
    },
    coachCells: () => page.getByTestId('coach-cell'),
    counts: () => page.getByTestId('vacancy-counts').innerText(),
    async downloadConfirmed(): Promise<Download> {
      const waiting = page.waitForEvent('download');
      await page.getByTestId('download-confirmed').click();
      return waiting;
    },
  };
}

export function approvalQueue(page: Page) {
  const rows = page.getByTestId('approval-queue').locator('tbody tr.ant-table-row');
  const reasonDialog = page.getByRole('dialog').filter({ has: page.getByTestId('reason-form') });
  return {
    page,
    async open() {
      await page.goto('/jobs/approvals');
      await page.getByTestId('approval-queue').or(page.getByTestId('no-pending')).waitFor();
    },
    row: (title: string) => rows.filter({ hasText: title }),
    async approve(title: string) {
      await rows.filter({ hasText: title }).getByTestId('approve-vacancy').click();
      await rows.filter({ hasText: title }).waitFor({ state: 'detached' });
    },
    async startReject(title: string) {
      await rows.filter({ hasText: title }).getByTestId('reject-vacancy').click();
      await reasonDialog.waitFor();
    },
    async submitReason(reason?: string) {
      if (reason !== undefined) await reasonDialog.getByRole('textbox').fill(reason);
      await page.getByTestId('reason-submit').click();
    },
    reasonError: () => reasonDialog.locator('.ant-form-item-explain-error').first(),
    reasonDialog: () => reasonDialog,
  };
}
