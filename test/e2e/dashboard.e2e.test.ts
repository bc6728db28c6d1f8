// The dashboard for each officer level against the real server: each sees its own
// region's numbers (equal to the API's) and progress against its own region's target
// (the campaign's for the province, the quota set from above for a city and a county);
// the region cascader narrows to a region inside; the map is drawn. axe on the page.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { allocateCampaign, confirmAllocation } from '../../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../../src/auth/actor.js';
import { setQuota } from '../../src/campaigns/quotas.service.js';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { docShot } from './shots.js';
import { dashboardPage } from './page-models/dashboard-page.js';
import { loginPage } from './page-models/login-page.js';

type Stats = { workers: number; placed: number; target: { target: number | null; source: string }; progress: number | null };

async function apiJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.context().request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

describeE2e('the dashboard for each officer', (env) => {
  const targets = { shanxi: 0, lvliang: 300, xingxian: 12 };

  beforeAll(async () => {
    const { ctx, demo } = env();
    targets.shanxi = demo.campaign.target;
    await allocateCampaign(ctx, CLI_ACTOR, demo.campaign.id);
    const proposed = await ctx.db.selectFrom('assignments').select('worker_id').where('status', '=', 'proposed').orderBy('worker_id').execute();
    await confirmAllocation(ctx, CLI_ACTOR, demo.campaign.id, { workers: proposed.filter((_, i) => i % 3 !== 0).map((p) => p.worker_id) });
    const officer = (login: string, prefix: string) => ({ userId: null, login, name: login, role: login === 'shanxi' ? 'province' as const : 'city' as const, scope: { kind: 'region' as const, prefix } });
    await setQuota(ctx, officer('shanxi', '14'), demo.campaign.id, '141100', targets.lvliang);
    await setQuota(ctx, officer('lvliang', '1411'), demo.campaign.id, '141123', targets.xingxian);
  }, 240_000);

  for (const login of ['shanxi', 'lvliang', 'xingxian'] as const) {
    it(`${login} sees their region's numbers and progress against their own target`, async () => {
      const page = await env().newPage();
      await loginPage(page).open('/login');
      await loginPage(page).signIn(login, env().password(login));
      await page.waitForURL(/\/dashboard$/);
      const dashboard = dashboardPage(page);
      await dashboard.waitLoaded();
      const stats = await apiJson<Stats>(page, `/api/campaigns/${env().demo.campaign.id}/stats`);
      expect(stats.target.target).toBe(targets[login]);
      expect(await dashboard.placed()).toBe(stats.placed);
      expect(await dashboard.workers()).toBe(stats.workers);
      expect(await dashboard.target()).toBe(targets[login]);
      expect(await dashboard.progressPercent()).toBeCloseTo(Math.round((stats.placed / targets[login]) * 1000) / 10, 1);
      expect(await dashboard.step('registered')).toBe(stats.workers);
      expect(await dashboard.step('confirmed')).toBe(stats.placed);
      await dashboard.map().waitFor();
      expect(env().pageErrors).toEqual([]);
      if (login === 'shanxi') {
        await expectAccessible(page, 'the dashboard');
        await docShot(page, 'dashboard');
        // The province officer narrows to Lüliang: Lüliang's numbers, against Lüliang's target.
        await dashboard.pickRegion(['吕梁市']);
        const city = await apiJson<Stats>(page, `/api/campaigns/${env().demo.campaign.id}/stats?region=1411`);
        expect(await dashboard.placed()).toBe(city.placed);
        expect(await dashboard.target()).toBe(targets.lvliang);
      }
      await page.close();
    });
  }

  it('a county without a target set shows no progress rather than another region’s', async () => {
    const { ctx, demo } = env();
    await ctx.db.deleteFrom('campaign_quotas').where('campaign_id', '=', demo.campaign.id).where('region_code', '=', '141123').execute();
    const page = await env().newPage();
    await loginPage(page).open('/login');
    await loginPage(page).signIn('xingxian', env().password('xingxian'));
    const dashboard = dashboardPage(page);
    await dashboard.waitLoaded();
    await dashboard.noTarget().waitFor();
    expect(await dashboard.target()).toBeNull();
    expect(await dashboard.progressPercent()).toBeNull();
    await page.close();
  });
}, { workers: 1500 });
