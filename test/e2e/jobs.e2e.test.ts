// Employers and vacancies in the browser against the real server: the lists, an employer
// registered with a wrong credit code (the field says why, in the user's language) and
// then a right one, corrected, a vacancy's page with its people; a county officer opening
// another province's vacancy by URL gets the not-found page. axe on each page.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { makeCreditCode } from '../../src/core/credit-code.js';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { jobsPage } from './page-models/jobs-page.js';
import { loginPage } from './page-models/login-page.js';

describeE2e('employers and vacancies in the web console', (env) => {
  async function signedIn(login: string, locale = 'zh-CN') {
    const page = await env().newPage({ locale });
    if (locale === 'en') await page.addInitScript(() => localStorage.setItem('menkou.language', 'en'));
    const signIn = loginPage(page);
    await signIn.open('/');
    await signIn.signIn(login, env().password(login));
    await page.waitForURL((url) => !url.pathname.includes('login'));
    return page;
  }

  it('lists vacancies and employers, and shows a vacancy with its people', async () => {
    const jobs = jobsPage(await signedIn('shanxi'));
    await jobs.openVacancies();
    expect(await jobs.vacancyRows().count()).toBeGreaterThan(5);
    await expectAccessible(jobs.page, 'the vacancies list');
    await jobs.openFirstVacancy();
    await jobs.vacancyPeople().waitFor();
    expect(await jobs.vacancyCounts()).toMatch(/拟分配/);
    await expectAccessible(jobs.page, 'a vacancy page');
    await jobs.openEmployers();
    expect(await jobs.employerRows().count()).toBeGreaterThan(5);
    await expectAccessible(jobs.page, 'the employers list');
  });

  it('refuses a wrong credit code on its field, registers the right one, and edits it', async () => {
    const jobs = jobsPage(await signedIn('xingxian'));
    await jobs.openEmployers();
    await jobs.startNewEmployer();
    const good = makeCreditCode('320506', 4242);
    const wrong = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    await jobs.fillEmployer({ name: '苏州测试电子有限公司', creditCode: wrong });
    await jobs.submitEmployer();
    expect(await jobs.creditCodeError()).toMatch(/校验位/);
    await expectAccessible(jobs.page, 'the employer form with a field error', '[role="dialog"]');
    await jobs.fillEmployer({ creditCode: good });
    await jobs.submitEmployer();
    await jobs.waitEmployerPage();
    expect(await jobs.employerName()).toBe('苏州测试电子有限公司');
    expect(await jobs.employerCreditCode()).toBe(good);
    await expectAccessible(jobs.page, 'an employer page');

    await jobs.startEditEmployer();
    await jobs.fillEmployer({ creditCode: 'ABC' });
    await jobs.submitEmployer();
    expect(await jobs.creditCodeError()).toMatch(/18/);
    await jobs.fillEmployer({ name: '苏州测试精密有限公司', creditCode: good });
    await jobs.submitEmployer();
    await expect.poll(() => jobs.employerName()).toBe('苏州测试精密有限公司');
    const audit = await env().ctx.db.selectFrom('audit_log').select('action').where('actor_login', '=', 'xingxian').where('action', 'like', 'employer.%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['employer.create', 'employer.update']);
  });

  it('names the field in English for an English user', async () => {
    const jobs = jobsPage(await signedIn('lvliang', 'en'));
    await jobs.openEmployers();
    await jobs.startNewEmployer();
    await jobs.fillEmployer({ name: 'Test Works', creditCode: '91320506MA1X2Y3W4O' });
    await jobs.submitEmployer();
    expect(await jobs.creditCodeError()).toMatch(/letter O/);
  });

  it("gives a county officer the not-found page for another province's vacancy", async () => {
    const db = env().ctx.db;
    const campaign = await db.insertInto('campaigns').values({ name: '河南省 2021', target: 10, region_code: '410000', start_date: '2021-01-06', end_date: null })
      .returning('id').executeTakeFirstOrThrow();
    const employer = await db.insertInto('employers').values({ credit_code: makeCreditCode('410102', 5150), name: '郑州某厂', region_code: '410102' }).returning('id').executeTakeFirstOrThrow();
    const job = await db.insertInto('jobs').values({
      province: '41', campaign_id: campaign.id, employer_id: employer.id, site_code: '410102', title: '普工', industry: 'catering', headcount: 3, wage: 4000, certificates: [], content_hash: 'x',
    }).returning('id').executeTakeFirstOrThrow();
    const jobs = jobsPage(await signedIn('xingxian'));
    await jobs.page.goto(`/jobs/${job.id}`);
    await jobs.notFound().waitFor();
    expect(env().pageErrors).toEqual([]);
  });
});
