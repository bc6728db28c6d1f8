// The campaigns page: the list, the create/edit form and the regional targets.
import type { Page } from 'playwright-core';

export function campaignsPage(page: Page) {
  const form = page.getByTestId('campaign-form');
  // antd 6 puts an InputNumber's data-testid on the <input> itself (5 put it on a wrapper).
  const numberInput = (id: string) => page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();
  return {
    async open(): Promise<void> {
      await page.goto('/campaigns');
      await page.getByTestId('campaigns-table').waitFor();
    },
    rows: () => page.getByTestId('campaigns-table').locator('tbody tr.ant-table-row'),
    row: (name: string) => page.getByTestId('campaigns-table').locator('tbody tr', { hasText: name }),
    createButton: () => page.getByTestId('campaign-create'),
    async startCreate(): Promise<void> {
      await page.getByTestId('campaign-create').click();
      await form.waitFor();
    },
    async startEdit(name: string): Promise<void> {
      await page.getByTestId('campaigns-table').locator('tbody tr', { hasText: name }).getByRole('button', { name: /修\s?改|Edit/ }).click();
      await form.waitFor();
    },
    async fill(values: { name?: string; target?: number; start?: string; end?: string; destinations?: string[]; fever?: number }): Promise<void> {
      if (values.name !== undefined) await page.getByTestId('campaign-name').fill(values.name);
      if (values.target !== undefined) await numberInput('campaign-target').fill(String(values.target));
      if (values.start) {
        // The range picker's two inputs (antd 6 passes data-testid to one of them, not a wrapper).
        const inputs = form.locator('.ant-picker-range input');
        // The picker re-renders its panel between the two inputs, which can eat keystrokes
        // under load: type again until the input holds the whole date, then confirm it.
        const typeDate = async (input: typeof inputs, value: string) => {
          for (let attempt = 0; attempt < 5 && (await input.inputValue()) !== value; attempt += 1) {
            await input.click();
            await input.fill(value);
          }
          await input.press('Enter');
        };
        await typeDate(inputs.nth(0), values.start);
        if (values.end) await typeDate(inputs.nth(1), values.end);
      }
      for (const d of values.destinations ?? []) {
        await page.getByTestId('campaign-destinations').click();
        await page.keyboard.type(d);
        await page.locator('.ant-select-item-option', { hasText: d }).first().click();
        await page.keyboard.press('Escape');
      }
      if (values.fever !== undefined) await numberInput('campaign-fever').fill(String(values.fever));
    },
    save: () => page.getByTestId('campaign-save').click(),
    fieldError: (label: RegExp) => form.locator('.ant-form-item', { has: page.locator('label', { hasText: label }) }).locator('.ant-form-item-explain-error'),
    formClosed: () => form.waitFor({ state: 'detached' }),
    quotas: () => page.getByTestId('quotas'),
    async setQuota(code: string, target: number): Promise<void> {
      await numberInput(`quota-${code}`).fill(String(target));
      await page.getByTestId(`quota-save-${code}`).click();
      await page.locator('.ant-message-success').waitFor();
    },
  };
}
