// The workers pages in the browser against the real server: list, search, filter and sort;
// open a worker, correct and withdraw them; register one by hand (a refused field shown on
// the field, then accepted); a county officer opening another county's worker by URL gets
// the not-found page; a city officer has no reveal button, a county officer reveals and
// the audit log has it. axe on the list and the detail page.
import { expect, it } from 'vitest';
import { makeIdNumber } from '../../src/core/id-number.js';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { loginPage } from './page-models/login-page.js';
import { workersPage } from './page-models/workers-page.js';

describeE2e('workers in the web console', (env) => {
  async function signedIn(login: string) {
    const page = await env().newPage();
    const signIn = loginPage(page);
    await signIn.open('/');
    await signIn.signIn(login, env().password(login));
    await page.waitForURL((url) => !url.pathname.includes('login'));
    return workersPage(page);
  }
  const workerIn = async (prefix: string) => (await env().ctx.db.selectFrom('workers').select(['id', 'name']).where('region_code', 'like', `${prefix}%`)
    .orderBy('id').limit(1).executeTakeFirstOrThrow());

  it('lists, searches, filters and sorts on the server', async () => {
    const workers = await signedIn('shanxi');
    await workers.open();
    expect(await workers.rows().count()).toBe(50);
    expect(await workers.total()).toMatch(/2,?000/);
    await expectAccessible(workers.page, 'the workers list');
    const someone = await workerIn('1411');
    await workers.search(someone.name);
    expect(await workers.names()).toContain(someone.name);
    expect(await workers.exportHref()).toContain(`q=${encodeURIComponent(someone.name)}`);
    await workers.open();
    await workers.filterPriority('是');
    const priority = await env().ctx.db.selectFrom('workers').select(({ fn }) => fn.countAll<number>().as('n')).where('priority', '=', true).executeTakeFirstOrThrow();
    // The table keeps the previous page on screen for a moment after the answer: wait for it.
    await expect.poll(async () => (await workers.total()).replace(/\D/g, '')).toBe(String(priority.n));
    await workers.sortBy(/姓名/);
    const names = await workers.names();
    expect(names.length).toBeGreaterThan(1);
    expect(workers.page.url()).toContain('sort=name');
  });

  it('opens a worker, corrects and withdraws them', async () => {
    const workers = await signedIn('xingxian');
    await workers.open();
    await workers.openRow(0);
    await expectAccessible(workers.page, 'a worker page');
    expect(await workers.journeyText()).toMatch(/已登记/);
    await workers.correctMinWage(4600);
    await expect.poll(() => workers.minWage()).toMatch(/4,?600/);
    await expect.poll(() => workers.journeyText()).toMatch(/信息修改/);
    await workers.withdraw('家中有事');
    await expect.poll(() => workers.status()).toMatch(/已退出/);
    await expect.poll(() => workers.journeyText()).toMatch(/家中有事/);
  });

  it('registers a worker by hand: a wrong county is refused on its field, a right one is saved', async () => {
    const workers = await signedIn('xingxian');
    await workers.open();
    await workers.startRegister();
    const idNumber = makeIdNumber('141123', '1993-08-08', 777);
    await workers.fillRegister({ name: '代登记测试', idNumber, phone: '13912345678', origin: '平城区' });
    await workers.submitRegister();
    expect(await workers.fieldError(/户籍地/)).toMatch(/辖区/);
    await workers.fillRegister({ origin: '兴县' });
    await workers.submitRegister();
    await workers.page.getByTestId('worker-name').waitFor();
    expect(await workers.workerName()).toBe('代登记测试');
    expect(await workers.idNumber()).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(14)}`);
    expect(await workers.journeyText()).toMatch(/已登记/);
  });

  it('keeps other counties out, hides reveal from a city officer, and audits a county officer\'s reveal', async () => {
    const county = await signedIn('xingxian');
    const elsewhere = await workerIn('1401');
    await county.openWorker(elsewhere.id);
    await county.notFound().waitFor();
    const own = await workerIn('141123');
    await county.openWorker(own.id);
    await county.reveal();
    expect(await county.idNumber()).toMatch(/^\d{17}[\dX]$/);
    const audit = await env().ctx.db.selectFrom('audit_log').select(['actor_login', 'entity_id']).where('action', '=', 'worker.reveal').execute();
    expect(audit).toContainEqual({ actor_login: 'xingxian', entity_id: own.id });

    const city = await signedIn('lvliang');
    await city.openWorker(own.id);
    expect(await city.workerName()).toBe(own.name);
    expect(await city.revealButton().count()).toBe(0);
  });
});
