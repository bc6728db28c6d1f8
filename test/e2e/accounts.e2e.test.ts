// Accounts and the audit log in the browser against the real server: a county officer
// creates an account inside the county and is refused one outside it (on the region
// field, in the user's language); a reveal shows in the audit log with who and from where.
// axe on both pages.
import { expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { accountsPage, auditPage } from './page-models/accounts-page.js';
import { loginPage } from './page-models/login-page.js';

describeE2e('accounts and audit in the web console', (env) => {
  async function signedIn(login: string, locale = 'zh-CN') {
    const page = await env().newPage({ locale });
    if (locale === 'en') await page.addInitScript(() => localStorage.setItem('menkou.language', 'en'));
    const signIn = loginPage(page);
    await signIn.open('/');
    await signIn.signIn(login, env().password(login));
    await page.waitForURL((url) => !url.pathname.includes('login'));
    return page;
  }

  it('creates an account inside the county and refuses one outside it on the region field', { timeout: 120_000 }, async () => {
    const page = await signedIn('xingxian');
    const accounts = accountsPage(page);
    await accounts.open();
    await expectAccessible(page, 'the accounts page');
    await accounts.create({ role: '县级专员', name: '兴县新同事', region: '141123', login: 'xingxian-2', password: 'xingxian-pass-2021' });
    expect(await accounts.created()).toMatch(/xingxian-2/);
    await page.getByText('xingxian-2').first().waitFor();
    expect(await accounts.logins()).toContain('xingxian-2');

    await accounts.create({ role: '县级专员', name: '临县同事', region: '141124', login: 'linxian-2', password: 'linxian-pass-2021' });
    expect(await accounts.fieldError(/地区代码/)).toMatch(/本辖区/);
    expect(await env().ctx.db.selectFrom('users').select('login').where('login', '=', 'linxian-2').execute()).toEqual([]);
    // The form's own rule, the same as the API's: a short password is refused before sending.
    await accounts.create({ role: '县级专员', name: '兴县同事', region: '141123', login: 'xingxian-3', password: 'short1' });
    expect(await accounts.fieldError(/初始密码/)).toMatch(/至少 10 位/);
    expect(env().pageErrors).toEqual([]);
  });

  it('shows who revealed which worker, and from where, in the audit log', { timeout: 120_000 }, async () => {
    const page = await signedIn('xingxian', 'en');
    const worker = await env().ctx.db.selectFrom('workers').select('id').where('region_code', '=', '141123').limit(1).executeTakeFirstOrThrow();
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const reveal = await page.request.post(`/api/workers/${worker.id}/reveal`, { headers: { 'x-csrf-token': me.csrfToken } });
    expect(reveal.status()).toBe(200);
    const audit = auditPage(page);
    await audit.open();
    await audit.filterAction('worker.reveal');
    await page.getByText(worker.id).first().waitFor();
    const rows = await audit.rows();
    const mine = rows.find((r) => r.entity.includes(worker.id));
    expect(mine).toMatchObject({ who: 'xingxian', ip: '127.0.0.1' });
    expect(mine?.action).toMatch(/revealed/);
    await expectAccessible(page, 'the audit page');
    expect(env().pageErrors).toEqual([]);
  });
});
