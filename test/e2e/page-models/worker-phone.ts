// The workers' phone pages (/m/), as a worker sees them: by labels, roles and test ids.
import type { Page } from 'playwright-core';

export type Pixels = { data: number[]; width: number; height: number };

export function workerPhone(page: Page) {
  return {
    page,
    phoneInput: () => page.getByLabel('手机号码'),
    codeInput: () => page.getByLabel('短信验证码（6 位数字）'),
    async askCode(phone: string): Promise<void> {
      await page.getByLabel('手机号码').fill(phone);
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page.getByLabel('短信验证码（6 位数字）').waitFor();
    },
    async enterCode(code: string): Promise<void> {
      await page.getByLabel('短信验证码（6 位数字）').fill(code);
      await page.getByRole('button', { name: '确认', exact: true }).click();
    },
    form: () => page.getByTestId('register'),
    name: () => page.getByLabel('姓名'),
    idNumber: () => page.getByLabel('身份证号（18 位）'),
    /** Chooses province, city and county by their codes, each list loading after the one above. */
    async chooseCounty(codes: string[]): Promise<void> {
      for (const [depth, code] of codes.entries()) {
        const select = page.getByTestId(`region-${depth}`);
        await select.locator(`option[value="${code}"]`).waitFor({ state: 'attached' });
        await select.selectOption(code);
      }
    },
    chip: (label: string) => page.locator('label.chip', { hasText: label }),
    async addDestination(code: string): Promise<void> {
      const select = page.getByTestId('destination-add');
      await select.locator(`option[value="${code}"]`).waitFor({ state: 'attached' });
      await select.selectOption(code);
    },
    minWage: () => page.getByLabel('最低月工资（元）'),
    async addCompanion(idNumber: string): Promise<void> {
      await page.getByRole('button', { name: '＋ 添加同行人员' }).click();
      await page.getByLabel('同行人员 1', { exact: true }).fill(idNumber);
    },
    consent: () => page.getByLabel('我已阅读并同意按上述方式使用我的个人信息'),
    submit: () => page.getByRole('button', { name: '提交报名' }),
    fieldErrors: () => page.locator('.field-error'),
    status: () => page.getByTestId('status'),
    journey: () => page.getByTestId('journey'),
    offer: () => page.getByTestId('offer'),
    trip: () => page.getByTestId('trip'),
    tab: (name: '我的进度' | '招工岗位' | '我的意向') => page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name }),
    vacancyLinks: () => page.getByTestId('vacancy-link'),
    interest: () => page.getByTestId('interest'),
    signOut: () => page.getByRole('button', { name: '退出登录' }),
    assistedBanner: () => page.getByTestId('assisted-banner'),
    /** The boarding QR code's pixels as drawn on the page's canvas. */
    async qrPixels(): Promise<Pixels> {
      const canvas = page.getByTestId('boarding-qr');
      await canvas.waitFor();
      // The library draws after its chunk arrives: wait for dark pixels.
      await page.waitForFunction(() => {
        const c = document.querySelector<HTMLCanvasElement>('[data-testid="boarding-qr"]');
        const d = c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
        return d ? d.some((v, i) => i % 4 === 0 && v < 50) : false;
      });
      return canvas.evaluate((c: HTMLCanvasElement) => {
        const context = c.getContext('2d');
        if (!context) throw new Error('no 2d context');
        const data = context.getImageData(0, 0, c.width, c.height);
        return { data: Array.from(data.data), width: data.width, height: data.height };
      });
    },
  };
}
