// Grievances end to end (issue 14): the demo worker signs in on a 360×640 phone and reports
// unpaid wages with photos, where a 6 MB photo is refused on the phone and a renamed
// program by the server, each with a clear Chinese message; an officer takes it in hand
// and resolves it in the console; the worker's menu and home page say it moved, the page
// shows the officer's note, and the worker closes it. axe on every new page; screenshots
// saved as docs/screenshots/grievances-*.png when MENKOU_SHOTS=1.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { grievancesConsole, problemsPhone } from './page-models/grievances-page.js';
import { loginPage } from './page-models/login-page.js';
import { workerPhone } from './page-models/worker-phone.js';
import { docShot } from './shots.js';
import type { SmsSender } from '../../src/worker-portal/sms.js';

// Asking for a code sends a fresh one (the demo's printed code is then spent): read it here.
const sent: { phone: string; text: string }[] = [];
const sms: SmsSender = { kind: 'console', send: async (to, text) => { sent.push({ phone: to, text }); } };

// The smallest real JPEG header the server's content check accepts, and a Windows program's.
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(2000, 7), Buffer.from([0xff, 0xd9])]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4000, 0x90)]);
const NOTE = '已联系用人单位，拖欠的 3 月工资 4200 元已于今日发放';

describeE2e('grievances: a worker reports on the phone, an officer handles it in the console', (env) => {
  let phoneContext: BrowserContext;
  let phone: Page;
  let officer: Page;
  const m = () => problemsPhone(phone);

  afterAll(async () => { await phoneContext?.close(); });

  it('the worker files a grievance with a photo; a too-big photo and a renamed program are refused clearly', async () => {
    const code = env().demo.accounts.workerCode;
    expect(code, 'the demo has a worker who can sign in').toBeDefined();
    phoneContext = await env().browser.newContext({
      viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: env().url,
    });
    phone = await phoneContext.newPage();
    phone.on('pageerror', (error) => env().pageErrors.push(error.message));
    await phone.goto('/m/');
    await workerPhone(phone).askCode(code!.phone);
    await workerPhone(phone).enterCode(/(\d{6})/.exec(sent.at(-1)?.text ?? '')?.[1] ?? '');
    await workerPhone(phone).status().waitFor();

    await m().tab().click();
    await m().list().waitFor();
    await expect.poll(() => m().list().textContent()).toContain('您还没有反映过问题');
    await expectAccessible(phone, 'the phone problems list (empty)');
    await m().newLink().click();
    await m().form().waitFor();

    // 6 MB: refused on the phone before a byte is sent, saying the size.
    await m().photoInput().setInputFiles({ name: '宿舍.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([JPEG, Buffer.alloc(6 * 1024 * 1024)]) });
    await expect.poll(() => m().photoError().textContent()).toMatch(/“宿舍\.jpg”有 6\.0 MB，超过 5 MB/);
    expect(await m().picked().count()).toBe(0);
    // A program renamed .jpg passes the phone's look at its name; the server reads its bytes.
    await m().photoInput().setInputFiles([
      { name: '工资条.jpg', mimeType: 'image/jpeg', buffer: JPEG },
      { name: '合同.jpg', mimeType: 'image/jpeg', buffer: EXE },
    ]);
    await expect.poll(() => m().picked().count()).toBe(2);

    // Nothing chosen: told at the field, nothing sent.
    await m().send().click();
    await expect.poll(() => phone.locator('.field-error').allTextContents()).toContain('请选择一项');
    await m().category('拖欠工资').click();
    await m().description().fill('3 月工资 4200 元至今未发，工头说要等到年底。');
    await expectAccessible(phone, 'the phone problem form');
    await docShot(phone, 'grievances-phone-form');
    await m().send().click();

    await expect.poll(() => m().photoError().textContent(), { timeout: 15_000 }).toContain('“合同.jpg”不是照片（内容是Windows 程序（exe））');
    await expect.poll(() => phone.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining('问题已提交，但有照片没传上'));
    await expectAccessible(phone, 'the phone form with a refused photo');
    await docShot(phone, 'grievances-phone-refused');
    await m().finish().click();
    await expect.poll(() => m().cards().count()).toBe(1);
    expect(await m().cards().first().getAttribute('data-state')).toBe('received');
    expect(await m().cards().first().textContent()).toContain('照片 1 张');
    await expectAccessible(phone, 'the phone problems list');

    // The grievance, its one photo and the journey event are stored once.
    const stored = await env().ctx.db.selectFrom('grievances').select(['id', 'worker_id', 'category', 'state']).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ category: 'unpaid_wages', state: 'received' });
    const photos = await env().ctx.db.selectFrom('grievance_photos').select(['mime', 'bytes']).execute();
    expect(photos).toEqual([{ mime: 'image/jpeg', bytes: JPEG.length }]);
  }, 90_000);

  it('an officer takes it in hand and resolves it in the console, with a note', async () => {
    officer = await env().newPage();
    await loginPage(officer).open('/');
    await loginPage(officer).signIn('shanxi', env().password('shanxi'));
    await officer.waitForURL((url) => !url.pathname.includes('login'));
    const c = grievancesConsole(officer);
    await c.open('?state=received');
    await expect.poll(() => c.rows().count()).toBe(1);
    await expectAccessible(officer, 'the grievances list');
    await c.rows().first().click();
    await c.drawer().waitFor();
    await expect.poll(() => c.photos().count()).toBe(1);
    await c.move('in_hand').click();
    await expect.poll(() => c.drawerState().getAttribute('data-state')).toBe('in_hand');
    // Resolving needs a note: refused at the field first.
    await c.move('resolved').click();
    await expect.poll(() => officer.getByRole('alert').allTextContents()).toContainEqual('这一步须填写处理说明');
    await c.note().fill(NOTE);
    await c.move('resolved').click();
    await expect.poll(() => c.drawerState().getAttribute('data-state')).toBe('resolved');
    await expect.poll(() => c.history().textContent()).toContain(NOTE);
    await expectAccessible(officer, 'the grievance drawer', '[data-testid="grievance-drawer"]');
    await docShot(officer, 'grievances-console');
    // The overdue filter finds nothing: it was taken in hand in time.
    await c.open('?overdue=true');
    await expect.poll(() => officer.getByTestId('grievances-table').textContent()).toContain('没有符合条件的投诉');
  }, 60_000);

  it('the worker is told it moved, reads the note and closes it', async () => {
    await phone.goto('/m/status');
    await m().updatedNotice().waitFor();
    expect(await m().updatedNotice().textContent()).toContain('您反映的问题有 1 条新进展');
    expect(await m().tab().textContent()).toMatch(/反映问题\s*1/);
    await docShot(phone, 'grievances-phone-home');
    await m().updatedNotice().getByRole('link').click();
    await expect.poll(() => m().cards().first().getAttribute('data-state')).toBe('resolved');
    expect(await phone.getByTestId('grievance-new').count()).toBe(1);
    expect(await phone.getByTestId('grievance-latest').textContent()).toContain(NOTE);
    await expectAccessible(phone, 'the phone problems list with a resolution');
    await docShot(phone, 'grievances-phone-resolved');
    await m().closeIt().click();
    await expect.poll(() => m().cards().first().getAttribute('data-state')).toBe('closed');
    // Seen: the badge is gone on the way back home.
    await phone.goto('/m/status');
    await workerPhone(phone).status().waitFor();
    await phone.waitForLoadState('networkidle');
    expect(await m().updatedNotice().count()).toBe(0);

    // The journey carries every step, and the console's timeline names them in Chinese.
    const events = await env().ctx.db.selectFrom('worker_events').select('type').where('type', 'like', 'grievance%').orderBy('id').execute();
    expect(events.map((e) => e.type)).toEqual(['grievance_filed', 'grievance_state', 'grievance_state', 'grievance_state']);
    const workerId = (await env().ctx.db.selectFrom('grievances').select('worker_id').executeTakeFirstOrThrow()).worker_id;
    await officer.goto(`/workers/${workerId}`);
    await officer.getByTestId('journey').waitFor();
    await expect.poll(() => officer.getByTestId('journey').textContent()).toContain('反映问题');
    expect(await officer.getByTestId('journey').textContent()).toContain('投诉进展');
    expect(await officer.getByTestId('worker-grievances').textContent()).toContain('已结案');
    expect(env().pageErrors).toEqual([]);
  }, 60_000);
}, { sms });
