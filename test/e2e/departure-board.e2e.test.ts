// Departure day in the console against the real server: the live board follows check-ins
// made elsewhere without a reload (server-sent events), its totals equal the API's, a
// count drills down to the people, a no-show is rebooked from there, and a refused record
// shows in the needs-attention list until an officer resolves it.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { allocateCampaign, confirmAllocation } from '../../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../../src/auth/actor.js';
import type { Board } from '../../src/departure/departure.schema.js';
import { planDay } from '../../src/trips/trips.service.js';
import { as, type Session, signIn } from '../session.js';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { attentionPage, departurePage } from './page-models/departure-page.js';
import { loginPage } from './page-models/login-page.js';

const DAY = '2021-01-06';

describeE2e('departure day in the console', (env) => {
  let admin: Session;
  let campaignId = '';
  let trip = '';
  let riders: string[] = [];
  let otherTrip = '';

  beforeAll(async () => {
    const { ctx, app, demo } = env();
    campaignId = demo.campaign.id;
    await allocateCampaign(ctx, CLI_ACTOR, campaignId);
    await confirmAllocation(ctx, CLI_ACTOR, campaignId, {});
    await planDay(ctx, CLI_ACTOR, { campaignId, date: DAY });
    admin = await signIn(app, 'admin', demo);
    const rows = (await sql<{ trip_id: string; worker_id: string }>`
      SELECT tp.trip_id, tp.worker_id FROM trip_passengers tp JOIN trips t ON t.id = tp.trip_id
      WHERE t.status = 'planned' AND t.departure_date = ${DAY}::date ORDER BY t.number, tp.seat`.execute(ctx.db)).rows;
    trip = rows[0].trip_id;
    riders = rows.filter((r) => r.trip_id === trip).map((r) => r.worker_id);
    otherTrip = rows.find((r) => r.trip_id !== trip)?.trip_id ?? '';
    expect(riders.length).toBeGreaterThanOrEqual(5);
    expect(otherTrip).not.toBe('');
  }, 300_000);

  const board = async () => (await env().app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${campaignId}/board?date=${DAY}` }))).json() as Board;
  const checkIn = (workerId: string, temperature: number, tripId = trip) => ({
    id: randomUUID(), tripId, workerId, at: '2021-01-06T07:30:00+08:00', identity: 'verified', temperature, security: 'passed',
  });

  it('the board follows check-ins live, drills down to the no-shows, and rebooks one', { timeout: 240_000 }, async () => {
    const page = await env().newPage();
    await loginPage(page).open('/departure');
    await loginPage(page).signIn('shanxi', env().password('shanxi'));
    const departure = departurePage(page);
    await page.getByTestId('board-table').waitFor();
    await expect.poll(() => departure.live()).toMatch(/实时/);
    const before = await board();
    expect(await departure.total('expected')).toBe(before.counts.expected);
    await expectAccessible(page, 'the departure board');

    // Three pass and one has a fever, recorded by another device: the page follows without a reload.
    const response = await env().app.inject(as(admin, {
      method: 'POST', url: '/api/checkins',
      payload: { deviceId: 'phone-e2e', items: [checkIn(riders[0], 36.5), checkIn(riders[1], 36.6), checkIn(riders[2], 36.4), checkIn(riders[3], 38.2)] },
    }));
    expect(response.statusCode, response.body).toBe(200);
    await expect.poll(() => departure.total('checked_in'), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => departure.total('refused')).toBe(1);

    // The coach leaves with the three: everyone else on it is a no-show.
    const left = await env().app.inject(as(admin, { method: 'POST', url: `/api/trips/${trip}/departure`, payload: { id: randomUUID(), at: '2021-01-06T08:30:00+08:00', onBoard: 3 } }));
    expect(left.statusCode, left.body).toBe(200);
    const noShows = riders.length - 4;
    await expect.poll(() => departure.total('no_show'), { timeout: 15_000 }).toBe(noShows);
    await departure.drill('no_show');
    await expect.poll(() => departure.peopleRows().count()).toBe(Math.min(noShows, 50));
    await expectAccessible(page, 'the no-show list');
    await departure.rebookFirst();
    await expect.poll(async () => (await board()).counts.rebooked).toBeGreaterThanOrEqual(1);
    await departure.closeDrawer();
    await expect.poll(() => departure.total('rebooked'), { timeout: 15_000 }).toBe((await board()).counts.rebooked);
    expect(env().pageErrors).toEqual([]);
    await page.close();
  });

  // The first test rebooks the first no-show (riders[4]); the last rider is still on `trip` only.
  it('a record on the wrong coach waits in needs attention until an officer resolves it', { timeout: 120_000 }, async () => {
    const wrong = await env().app.inject(as(admin, { method: 'POST', url: '/api/checkins', payload: { deviceId: 'phone-e2e', items: [checkIn(riders[riders.length - 1], 36.5, otherTrip)] } }));
    expect(wrong.statusCode).toBe(200);
    expect((wrong.json() as { results: { outcome: string }[] }).results[0].outcome).toBe('rejected');
    const page = await env().newPage();
    await loginPage(page).open('/departure/attention');
    await loginPage(page).signIn('shanxi', env().password('shanxi'));
    const attention = attentionPage(page);
    await page.getByTestId('attention-table').waitFor();
    await expect.poll(() => attention.rows().count()).toBeGreaterThanOrEqual(1);
    expect(await attention.rows().first().innerText()).toContain('phone-e2e');
    await expectAccessible(page, 'the needs-attention list');
    const open = await attention.rows().count();
    await attention.resolveFirst('已电话核实，改乘正确车次');
    await expect.poll(() => attention.rows().count()).toBe(open - 1);
    await page.close();
  });
});
