// The workers' phone pages (/m/) against the real server, at 360×640 with touch: the first
// screen on a slow-3G profile (DevTools protocol throttling), registration end to end (a
// typo in the identity number, a dropped network on submit, then through), vacancies and
// "I'm interested", an allocation run and a day's coaches planned by an officer through the
// API, the offer accepted on the page, the coach and a boarding QR code that decodes to the
// API's token, wishes, withdrawal, sign-out, and an officer's assisted visit. axe on every
// page; screenshots saved as docs/screenshots/worker-phone-*.png.
import jsqr from 'jsqr';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { makeIdNumber } from '../../src/core/id-number.js';
import type { SmsSender } from '../../src/worker-portal/sms.js';
import { as, type Session, signIn } from '../session.js';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { docShot } from './shots.js';
import { workerPhone } from './page-models/worker-phone.js';

// jsqr is CommonJS: Node hands its function over as the default, which TypeScript types as the module.
const jsQR = jsqr as unknown as typeof jsqr.default;

const PHONE = '13912340007';
const ID_NUMBER = makeIdNumber('141123', '1988-02-29', 777);
const COMPANION = makeIdNumber('141123', '1990-07-15', 778);
/** Slow 3G as Chrome's DevTools define it: ~400 kbps down and up, 400 ms round trip. */
export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

const sent: { phone: string; text: string }[] = [];
const sms: SmsSender = { kind: 'console', send: async (phone, text) => { sent.push({ phone, text }); } };

describeE2e('the workers\' phone pages at 360×640 on a slow network', (env) => {
  let context: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  let admin: Session;
  let workerId = '';
  const m = () => workerPhone(page);
  const shot = (name: string) => docShot(page, `worker-phone-${name}`);
  const api = async <T>(method: 'GET' | 'POST', url: string, payload?: object): Promise<T> => {
    const response = await env().app.inject(as(admin, { method, url, ...(payload ? { payload } : {}) }));
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json() as T;
  };

  async function phoneContext(): Promise<{ context: BrowserContext; page: Page }> {
    const ctx = await env().browser.newContext({
      viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
      locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: env().url,
    });
    const p = await ctx.newPage();
    p.on('pageerror', (error) => env().pageErrors.push(error.message));
    return { context: ctx, page: p };
  }

  afterAll(async () => { await context?.close(); });

  it('shows the first screen on slow 3G: phone input usable, the free-of-charge line, Chinese first', async () => {
    ({ context, page } = await phoneContext());
    admin = await signIn(env().app, 'admin', env().demo);
    cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    const started = Date.now();
    await page.goto('/m/');
    await expect.poll(() => m().phoneInput().isEditable(), { timeout: 30_000 }).toBe(true);
    const usable = Date.now() - started;
    expect(usable).toBeGreaterThan(400); // the throttling is on: at least one round trip
    await expect.poll(() => page.locator('.free').textContent()).toContain('免费');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expectAccessible(page, 'the phone sign-in screen');
    await shot('sign-up');
    // The English switch, and back.
    await page.getByRole('button', { name: '切换到英文' }).click();
    await page.getByLabel('Mobile phone number').waitFor();
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await m().phoneInput().waitFor();
  }, 60_000);

  it('registers a worker end to end: code by SMS, a typo caught, a dropped network survived', async () => {
    await m().askCode(PHONE);
    const code = /(\d{6})/.exec(sent.at(-1)?.text ?? '')?.[1] ?? '';
    expect(sent.at(-1)?.phone).toBe(PHONE);
    expect(code).toMatch(/^\d{6}$/);
    await expectAccessible(page, 'the code step');
    await shot('code');
    await m().enterCode(code);
    await m().form().waitFor();

    await m().name().fill('郝春生');
    // One wrong digit: the check character catches it, in Chinese, at the field.
    const typo = `${ID_NUMBER.slice(0, 10)}${ID_NUMBER[10] === '0' ? '1' : '0'}${ID_NUMBER.slice(11)}`;
    await m().idNumber().fill(typo);
    await m().name().focus();
    await expect.poll(() => m().fieldErrors().first().textContent()).toMatch(/身份证号/);
    expect(await m().idNumber().getAttribute('aria-invalid')).toBe('true');
    await shot('register');
    await m().idNumber().fill(ID_NUMBER);
    await m().name().focus();
    await expect.poll(() => m().fieldErrors().count()).toBe(0);

    await m().chooseCounty(['140000', '141100', '141123']);
    const industry = await mostWantedIndustry();
    await m().chip(industry).click();
    await m().addDestination('320000');
    await m().minWage().fill('3000');
    await m().addCompanion(COMPANION);
    // No consent: refused at the box, nothing sent.
    await m().submit().click();
    await expect.poll(() => page.locator('.field-error').allTextContents()).toContain('请先勾选同意，才能提交报名');
    await m().consent().check();
    await expectAccessible(page, 'the registration form');
    await page.locator('.notice').scrollIntoViewIfNeeded();
    await shot('consent');

    // The network drops as the form goes: the draft stays, "retry" sends it.
    await cdp.send('Network.emulateNetworkConditions', { ...SLOW_3G, offline: true });
    await m().submit().click();
    await page.getByRole('button', { name: '重试' }).first().waitFor();
    expect(await page.getByRole('alert').allTextContents()).toContainEqual(expect.stringContaining('网络中断'));
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    // Even a reload keeps what was typed.
    await page.reload();
    await m().form().waitFor();
    expect(await m().idNumber().inputValue()).toBe(ID_NUMBER);
    expect(await m().consent().isChecked()).toBe(true);
    await m().submit().click();

    await m().status().waitFor().catch(async (error: unknown) => {
      await page.screenshot({ path: '/tmp/m/fail.png', fullPage: true });
      throw new Error(`no status page; alerts: ${(await page.getByRole('alert').allTextContents()).join(' | ')}`, { cause: error });
    });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('报名成功');
    await m().journey().waitFor();
    expect(await m().journey().locator('li.reached').count()).toBeGreaterThanOrEqual(1);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expectAccessible(page, 'my status, just registered');
    await shot('status');
    workerId = (await env().ctx.db.selectFrom('users').select('worker_id').where('role', '=', 'worker').orderBy('created_at', 'desc').executeTakeFirstOrThrow()).worker_id ?? '';
    expect(workerId).not.toBe('');
  }, 120_000);

  it('lists vacancies with filters and marks one "I\'m interested"', async () => {
    await m().tab('招工岗位').click();
    await m().vacancyLinks().first().waitFor();
    const total = await page.getByRole('status').first().textContent();
    expect(total).toMatch(/共 \d+ 个岗位/);
    await expectAccessible(page, 'the vacancies list');
    await shot('vacancies');
    await page.getByLabel('月工资不低于（元）').fill('999999');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByText('没有符合条件的岗位').waitFor();
    await page.getByLabel('月工资不低于（元）').fill('');
    await page.getByRole('button', { name: '筛选' }).click();
    await m().vacancyLinks().first().click();
    await m().interest().waitFor();
    expect(await m().interest().getAttribute('aria-pressed')).toBe('false');
    await m().interest().click();
    await expect.poll(() => m().interest().getAttribute('aria-pressed')).toBe('true');
    const jobId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    const interested = await api<{ items: { workerId: string }[] }>('GET', `/api/jobs/${jobId}/interested`);
    expect(interested.items.map((i) => i.workerId)).toContain(workerId);
    await expectAccessible(page, 'a vacancy');
    await shot('vacancy');
  }, 60_000);

  it('gets an offer from an allocation run, accepts it, gets a coach and a boarding QR code that decodes to the token', async () => {
    const campaignId = env().demo.campaign.id;
    const run = await api<{ runId: string }>('POST', `/api/campaigns/${campaignId}/allocations`);
    await expect.poll(async () => (await api<{ status: string }>('GET', `/api/allocations/${run.runId}`)).status, { timeout: 120_000, interval: 500 }).not.toBe('running');
    await m().tab('我的进度').click();
    await m().offer().waitFor();
    await page.getByRole('button', { name: '接受这个岗位' }).waitFor();
    await expectAccessible(page, 'my status with an offer');
    await m().offer().scrollIntoViewIfNeeded();
    await shot('offer');
    await page.getByRole('button', { name: '接受这个岗位' }).click();
    await page.getByTestId('offer-accepted').waitFor();

    await api('POST', `/api/allocations/${run.runId}/confirm`, { workers: [workerId] });
    const me = await api<{ offer: { startDate: string | null } | null }>('GET', `/api/m/me?worker=${workerId}`);
    await api('POST', `/api/campaigns/${campaignId}/trips`, { date: me.offer?.startDate ?? env().demo.campaign.startDate });
    const planned = await api<{ trip: { token: string; seat: number } | null }>('GET', `/api/m/me?worker=${workerId}`);
    expect(planned.trip).not.toBeNull();

    await page.reload();
    await m().trip().waitFor();
    expect(await page.getByTestId('trip-seat').textContent()).toBe(String(planned.trip?.seat));
    const pixels = await m().qrPixels();
    const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
    expect(decoded?.data).toBe(planned.trip?.token);
    const pass = await page.getByRole('link', { name: '下载乘车凭证（PDF）' }).getAttribute('href');
    const pdf = await context.request.get(pass ?? '');
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page, 'my status with a coach');
    await m().trip().scrollIntoViewIfNeeded();
    await shot('trip');
  }, 240_000);

  it('changes wishes, withdraws with a reason, and signs out', async () => {
    await m().tab('我的意向').click();
    await m().minWage().waitFor();
    await expect.poll(() => m().minWage().inputValue()).toBe('3000');
    await m().minWage().fill('3500');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存。').waitFor();
    await expectAccessible(page, 'my wishes');
    await shot('wishes');

    await m().tab('我的进度').click();
    await page.getByRole('link', { name: '不想去了？退出本次活动' }).click();
    await page.getByLabel('退出原因').waitFor();
    await page.getByRole('button', { name: '确认退出' }).click();
    expect(await page.locator('.field-error').count()).toBe(2);
    await page.getByLabel('退出原因').fill('家里老人生病，需要照顾');
    await page.getByLabel('我确认要退出').check();
    await expectAccessible(page, 'the withdrawal page');
    await shot('withdraw');
    await page.getByRole('button', { name: '确认退出' }).click();
    await page.getByText('您已退出本次活动。').waitFor();
    await m().tab('我的进度').click();
    await m().journey().getByText('已退出').waitFor();

    await m().signOut().click();
    await m().phoneInput().waitFor();
    await page.getByText('您已退出登录。').waitFor();
  }, 60_000);

  it('opens the same pages for an officer on the worker\'s behalf, with a banner saying so', async () => {
    const officer = await phoneContext();
    try {
      const login = await officer.page.request.post('/api/auth/login', { data: { login: 'xingxian', password: env().password('xingxian') } });
      expect(login.status()).toBe(200);
      await officer.page.goto(`/m/?worker=${workerId}`);
      await officer.page.getByTestId('assisted-banner').waitFor();
      await workerPhone(officer.page).journey().waitFor();
      expect(await officer.page.getByTestId('worker-name').textContent()).toBe('郝春生');
      await expectAccessible(officer.page, 'an assisted visit');
      await docShot(officer.page, 'worker-phone-assisted');
    } finally {
      await officer.context.close();
    }
    expect(env().pageErrors).toEqual([]);
  }, 60_000);

  /** The industry with the most open places in the demo, as the chip reads it. */
  async function mostWantedIndustry(): Promise<string> {
    const rows = await env().ctx.db.selectFrom('jobs').select(['industry']).select((eb) => eb.fn.sum<number>('headcount').as('n'))
      .groupBy('industry').orderBy('n', 'desc').execute();
    const code = rows[0]?.industry ?? '';
    const items = (await env().app.inject({ method: 'GET', url: '/api/industries' })).json() as { items: { code: string; zh: string }[] };
    return items.items.find((i) => i.code === code)?.zh ?? '';
  }
}, { workers: 300, sms });
