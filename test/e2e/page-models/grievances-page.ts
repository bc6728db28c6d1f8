// Grievances as the people see them: the worker's "report a problem" pages on the phone
// (/m/problems), and the console's list and drawer. By labels, roles and test ids.
import type { Page } from 'playwright-core';

export function problemsPhone(page: Page) {
  return {
    page,
    tab: () => page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: /反映问题/ }),
    updatedNotice: () => page.getByTestId('problems-updated'),
    list: () => page.getByTestId('problems'),
    cards: () => page.getByTestId('grievance'),
    newLink: () => page.getByTestId('problem-new-link'),
    form: () => page.getByTestId('problem-new'),
    category: (label: string) => page.locator('label.chip', { hasText: label }),
    description: () => page.getByLabel('发生了什么（时间、金额、人员等）'),
    photoInput: () => page.getByLabel('照片（可不传，最多 4 张，每张 5 MB 以内）'),
    picked: () => page.getByTestId('photos-picked').locator('li'),
    photoError: () => page.getByTestId('photo-error'),
    send: () => page.getByRole('button', { name: '提交', exact: true }),
    finish: () => page.getByRole('link', { name: '完成' }),
    closeIt: () => page.getByRole('button', { name: '已解决，结案' }),
  };
}

export function grievancesConsole(page: Page) {
  return {
    page,
    async open(query = ''): Promise<void> {
      await page.goto(`/grievances${query}`);
      await page.getByTestId('grievances-table').waitFor();
    },
    rows: () => page.getByTestId('grievances-table').locator('tbody tr.ant-table-row'),
    drawer: () => page.getByTestId('grievance-drawer'),
    drawerState: () => page.locator('.ant-drawer-body [data-state]').first(),
    photos: () => page.getByTestId('grievance-photos').locator('img'),
    note: () => page.getByTestId('grievance-note'),
    move: (to: 'in_hand' | 'resolved' | 'closed' | 'received') => page.getByTestId(`move-${to}`),
    history: () => page.getByTestId('grievance-history'),
  };
}
