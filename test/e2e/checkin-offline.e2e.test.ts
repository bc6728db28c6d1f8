// The check-in PWA at a gathering point, offline, at phone size: the staff download the
// day's manifest, the network goes, 20 workers are checked in by typed identity number (one
// with a fever, refused with the reason shown), the page is reloaded while still offline
// (the service worker serves it, the queue survives), and once online every record reaches
// the server exactly once.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { allocateCampaign, confirmAllocation } from '../../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../../src/auth/actor.js';
import type { Board } from '../../src/departure/departure.schema.js';
import { planDay } from '../../src/trips/trips.service.js';
import { as, type Session, signIn } from '../session.js';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { docShot } from './shots.js';
import { checkinPage } from './page-models/checkin-page.js';

const DAY = '2021-01-06';
// MENKOU_SHOTS=1 also redraws docs/screenshots/checkin-*.png from this walk.
const shot = (page: import('playwright-core').Page, name: string) =>
  docShot(page, `checkin-${name}`);
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describeE2e('check-in on a phone, offline', (env) => {
  let admin: Session;
  let people: { id: string; idNumber: string; tripNumber: string }[] = [];

  beforeAll(async () => {
    const { ctx, app, demo } = env();
    await allocateCampaign(ctx, CLI_ACTOR, demo.campaign.id);
    await confirmAllocation(ctx, CLI_ACTOR, demo.campaign.id, {});
    await planDay(ctx, CLI_ACTOR, { campaignId: demo.campaign.id, date: DAY });
    admin = await signIn(app, 'admin', demo);
    // Riders who board at the Taiyuan point (the demo's check-in account), in seat order.
    const point = await ctx.db.selectFrom('users').select('gathering_point_id').where('login', '=', 'checkin-taiyuan').executeTakeFirstOrThrow();
    const rows = (await sql<{ worker_id: string; id_enc: string; number: string }>`
      SELECT tp.worker_id, w.id_enc, t.number FROM trip_passengers tp
      JOIN trips t ON t.id = tp.trip_id JOIN workers w ON w.province = tp.province AND w.id = tp.worker_id
      WHERE t.status = 'planned' AND t.departure_date = ${DAY}::date AND tp.pickup = ${`gp:${point.gathering_point_id}`}
      ORDER BY t.number, tp.seat LIMIT 20`.execute(ctx.db)).rows;
    people = rows.map((r) => ({ id: r.worker_id, idNumber: ctx.vault.decrypt(r.id_enc), tripNumber: r.number }));
    expect(people).toHaveLength(20);
  }, 300_000);

  it('checks in 20 people offline, survives a reload, and syncs each once', { timeout: 300_000 }, async () => {
    const context = await env().browser.newContext({ ...PHONE, baseURL: env().url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
    const page = await context.newPage();
    const desk = checkinPage(page);
    await desk.open();
    await desk.signIn('checkin-taiyuan', env().password('checkin-taiyuan'));
    await desk.download(DAY);
    await expectAccessible(page, 'the check-in set-up');
    await shot(page, 'setup');
    // The service worker must hold the page before the network goes.
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active)), { timeout: 30_000 }).toBe(true);
    await desk.start();

    await context.setOffline(true);
    for (const [index, person] of people.entries()) {
      await desk.find(person.idNumber);
      await desk.person().waitFor();
      if (index === 0) await shot(page, 'person');
      await desk.record(index === 7 ? '38.2' : '36.5');
      if (index === 0) await shot(page, 'boards');
      const verdict = desk.verdict();
      await verdict.waitFor();
      expect(await verdict.getAttribute('data-tone'), person.tripNumber).toBe(index === 7 ? 'stop' : 'go');
      if (index === 7) {
        expect(await verdict.innerText()).toMatch(/发热|体温/);
        await expectAccessible(page, 'a refusal');
        await shot(page, 'refused');
      }
      await desk.next();
    }
    await expect.poll(() => desk.waitingCount()).toBe(20);
    await shot(page, 'offline-queue');

    await page.reload();
    await desk.waiting().waitFor();
    await expect.poll(() => desk.waitingCount()).toBe(20);

    await context.setOffline(false);
    await expect.poll(() => desk.waitingCount(), { timeout: 60_000 }).toBe(0);
    const board = (await env().app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${env().demo.campaign.id}/board?date=${DAY}` }))).json() as Board;
    expect(board.counts.checked_in).toBe(19);
    expect(board.counts.refused).toBe(1);
    const stored = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM checkin_records`.execute(env().ctx.db)).rows[0];
    expect(stored.n).toBe(20);
    const attention = (await env().app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${env().demo.campaign.id}/needs-attention` }))).json() as { items: unknown[] };
    expect(attention.items).toEqual([]);
    await context.close();
  });
});
