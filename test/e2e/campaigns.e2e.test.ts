// The campaigns page against the real server: a province officer creates a campaign (the
// form refuses what the API refuses, naming the field) and edits it; a city officer has no
// create button and sets a county's target; a county officer sets none. axe on the page.
import { expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { docShot } from './shots.js';
import { campaignsPage } from './page-models/campaigns-page.js';
import { loginPage } from './page-models/login-page.js';

describeE2e('campaigns in the web console', (env) => {
  const signedIn = async (login: string) => {
    const page = await env().newPage();
    await loginPage(page).open('/login');
    await loginPage(page).signIn(login, env().password(login));
    await page.waitForURL(/\/dashboard$/);
    return page;
  };

  it('a province officer creates a campaign, with the API’s rules, and edits it', async () => {
    const page = await signedIn('shanxi');
    const campaigns = campaignsPage(page);
    await campaigns.open();
    await expectAccessible(page, 'the campaigns page');
    await docShot(page, 'campaigns');
    await campaigns.startCreate();
    await campaigns.fill({ name: '  ', target: 500, start: '2021-03-01', end: '2021-02-01' });
    await campaigns.save();
    await campaigns.fieldError(/活动名称/).waitFor();
    expect(await campaigns.fieldError(/活动名称/).textContent()).toContain('请填写活动名称');
    // The range picker itself does not take an end before the start (the API's rule, tested
    // in the API suite, never has to be met here).
    expect(await page.locator('.ant-picker-range input').nth(1).inputValue()).not.toBe('2021-02-01');
    await campaigns.fill({ name: '山西省 2021 春季劳务输出', start: '2021-03-01', end: '2021-03-31', destinations: ['江苏'] });
    await campaigns.save();
    await campaigns.formClosed();
    await campaigns.row('山西省 2021 春季劳务输出').waitFor();
    const stored = await env().ctx.db.selectFrom('campaigns').selectAll().where('name', '=', '山西省 2021 春季劳务输出').executeTakeFirstOrThrow();
    expect({ target: stored.target, region: stored.region_code, destinations: stored.destinations, fever: stored.fever_threshold, end: stored.end_date })
      .toEqual({ target: 500, region: '140000', destinations: ['320000'], fever: 37.3, end: '2021-03-31' });

    await campaigns.startEdit('山西省 2021 春季劳务输出');
    await campaigns.fill({ fever: 37.5, target: 800 });
    await campaigns.save();
    await campaigns.formClosed();
    const edited = await env().ctx.db.selectFrom('campaigns').select(['target', 'fever_threshold']).where('id', '=', stored.id).executeTakeFirstOrThrow();
    expect(edited).toEqual({ target: 800, fever_threshold: 37.5 });
    const audit = await env().ctx.db.selectFrom('audit_log').select(['action', 'actor_login']).where('entity_id', '=', stored.id).orderBy('id').execute();
    expect(audit).toEqual([{ action: 'campaign.create', actor_login: 'shanxi' }, { action: 'campaign.update', actor_login: 'shanxi' }]);
    expect(env().pageErrors).toEqual([]);
    await page.close();
  });

  it('a city officer cannot create or edit the province’s campaign, and sets a county’s target', async () => {
    const page = await signedIn('lvliang');
    const campaigns = campaignsPage(page);
    await campaigns.open();
    expect(await campaigns.createButton().count()).toBe(0);
    expect(await campaigns.row(env().demo.campaign.name).getByRole('button', { name: /修\s?改|Edit/ }).count()).toBe(0);
    await campaigns.quotas().waitFor();
    await campaigns.setQuota('141123', 250);
    const quota = await env().ctx.db.selectFrom('campaign_quotas').select(['target', 'set_by']).where('region_code', '=', '141123').executeTakeFirstOrThrow();
    expect(quota).toEqual({ target: 250, set_by: 'lvliang' });
    await page.close();
  });

  it('a county officer sets no targets below', async () => {
    const page = await signedIn('xingxian');
    const campaigns = campaignsPage(page);
    await campaigns.open();
    await campaigns.quotas().getByText('县级官员不设下级目标').waitFor();
    await page.close();
  });
}, { workers: 300 });
