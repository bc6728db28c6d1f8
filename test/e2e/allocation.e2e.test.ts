// Allocation and trips in the browser against the real server: a province officer runs an
// allocation, reviews it by vacancy, worker and change, confirms a selection and then all;
// plans the first departure day, opens a coach (seat plan, passengers) and downloads its
// manifest (a PDF). A city officer, not the campaign's organiser, is told so. axe on each.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { allocationPage } from './page-models/allocation-page.js';
import { loginPage } from './page-models/login-page.js';
import { tripsPage } from './page-models/trips-page.js';

describeE2e('allocation and trips in the web console', (env) => {
  let officer: Page | undefined;

  async function signedIn(login: string, locale = 'zh-CN') {
    const page = await env().newPage({ locale });
    if (locale === 'en') await page.addInitScript(() => localStorage.setItem('menkou.language', 'en'));
    const signIn = loginPage(page);
    await signIn.open('/');
    await signIn.signIn(login, env().password(login));
    await page.waitForURL((url) => !url.pathname.includes('login'));
    return page;
  }

  async function confirmedNames(): Promise<string[]> {
    const rows = await env().ctx.db.selectFrom('assignments as a')
      .innerJoin('workers as w', (j) => j.onRef('w.province', '=', 'a.province').onRef('w.id', '=', 'a.worker_id'))
      .select('w.name').where('a.status', '=', 'confirmed').execute();
    return rows.map((r) => r.name).sort();
  }

  it('runs an allocation, confirms a selection and then all of it', { timeout: 240_000 }, async () => {
    officer = await signedIn('shanxi');
    const allocation = allocationPage(officer);
    await allocation.open();
    await allocation.startRun();
    expect(await allocation.runCount()).toBe(1);
    await allocation.showTab('vacancy');
    expect(await allocation.vacancyRows().count()).toBeGreaterThan(0);
    await expectAccessible(officer, 'the allocation page, by vacancy');

    await allocation.showTab('worker');
    expect(await allocation.proposalRows().count()).toBeGreaterThan(2);
    const picked = await allocation.selectWorkers(2);
    expect(await allocation.confirm('selected')).toMatch(/2/);
    expect(await confirmedNames()).toEqual([...picked].sort());
    await expectAccessible(officer, 'the allocation page, by worker');

    await allocation.showTab('changes');
    expect(await allocation.changeRows().count()).toBeGreaterThan(0);
    await expectAccessible(officer, 'the allocation page, changes');

    await allocation.confirm('all');
    const open = await env().ctx.db.selectFrom('assignments').select('status').where('status', '=', 'proposed').execute();
    expect(open).toHaveLength(0);
    expect(env().pageErrors).toEqual([]);
  });

  it('plans a departure day, shows a coach\'s seat plan and downloads its manifest as a PDF', { timeout: 240_000 }, async () => {
    const page = officer ?? await signedIn('shanxi');
    const trips = tripsPage(page);
    await trips.open();
    await trips.plan();
    expect(await trips.planSummary()).toMatch(/\d/);
    expect(await trips.coachCount()).toBeGreaterThan(0);
    await trips.openCoach(0);
    const seats = await trips.seats();
    const riders = await trips.passengerCount();
    expect(seats.taken).toBe(riders);
    expect(seats.taken + seats.free).toBeGreaterThanOrEqual(riders);
    expect(await trips.mapVisible()).toBe(true);
    await expectAccessible(page, 'the trips page with a coach open');
    const download = await trips.downloadManifest('pdf');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(env().pageErrors).toEqual([]);
  });

  it('tells a city officer that only the organising region runs the allocation', async () => {
    const page = await signedIn('lvliang', 'en');
    await page.goto('/allocation');
    await page.getByText(/only officers of the campaign's own region/).waitFor();
    expect(await page.getByTestId('start-run').count()).toBe(0);
  });
});
