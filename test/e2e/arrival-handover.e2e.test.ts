// Arrival handover at the factory gate, on a phone, offline: a coach is planned, its riders
// bound for one employer are checked in and the coach leaves (through the API); the
// employer follows the link on its vacancy page to the arrivals desk (/checkin/), downloads
// the day's list, and with the network gone hands over some riders and marks one absent;
// the page is reloaded while still offline (the queue survives), and once online every
// record reaches the server exactly once, so the reconciliation shows them `arrived` and
// `absent_at_arrival`. The rider left missing is overdue on the officers' console.
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { allocateCampaign, confirmAllocation } from '../../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../../src/auth/actor.js';
import type { Reconciliation } from '../../src/departure/departure.schema.js';
import type { DayPassenger } from '../../src/departure/passengers.schema.js';
import { planDay } from '../../src/trips/trips.service.js';
import { as, type Session, signIn } from '../session.js';
import { expectAccessible } from './axe.js';
import { describeE2e } from './harness.js';
import { docShot } from './shots.js';
import { arrivalDesk, handoverLink } from './page-models/arrival-page.js';
import { departurePage } from './page-models/departure-page.js';
import { loginPage } from './page-models/login-page.js';

const DAY = '2021-01-06';
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const PASSWORD = 'Gate-employer-2021!';

describeE2e('arrival handover at the gate, offline', (env) => {
  let admin: Session;
  let coach: { tripId: string; number: string; jobId: string };
  let riders: string[] = [];
  let idNumbers: string[] = [];

  const api = async <T>(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown): Promise<T> => {
    const response = await env().app.inject(as(session, { method, url, payload: payload as never }));
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json() as T;
  };

  beforeAll(async () => {
    const { ctx, app, demo } = env();
    await allocateCampaign(ctx, CLI_ACTOR, demo.campaign.id);
    await confirmAllocation(ctx, CLI_ACTOR, demo.campaign.id, {});
    await planDay(ctx, CLI_ACTOR, { campaignId: demo.campaign.id, date: DAY });
    admin = await signIn(app, 'admin', demo);
    // The coach and vacancy of the day with the most riders bound for one employer.
    const top = (await sql<{ trip_id: string; number: string; job_id: string; employer_id: string; n: number }>`
      SELECT tp.trip_id, t.number, tp.job_id, j.employer_id, count(*)::int AS n FROM trip_passengers tp
      JOIN trips t ON t.id = tp.trip_id JOIN jobs j ON j.province = tp.job_province AND j.id = tp.job_id
      WHERE t.status = 'planned' AND t.departure_date = ${DAY}::date
        -- the vacancy's workers fit on one page of its table, so the coach's link is in view
        AND (SELECT count(*) FROM assignments a WHERE a.job_province = tp.job_province AND a.job_id = tp.job_id AND a.status <> 'withdrawn') <= 20
      GROUP BY tp.trip_id, t.number, tp.job_id, j.employer_id ORDER BY n DESC, tp.trip_id LIMIT 1`.execute(ctx.db)).rows[0];
    expect(top?.n, 'a coach with four riders for one vacancy').toBeGreaterThanOrEqual(4);
    coach = { tripId: top.trip_id, number: top.number, jobId: top.job_id };
    riders = (await sql<{ worker_id: string }>`
      SELECT tp.worker_id FROM trip_passengers tp WHERE tp.trip_id = ${top.trip_id}::uuid AND tp.job_id = ${top.job_id}::uuid
      ORDER BY tp.seat LIMIT 4`.execute(ctx.db)).rows.map((r) => r.worker_id);
    const sealed = await ctx.db.selectFrom('workers').select(['id', 'id_enc']).where('id', 'in', riders).execute();
    idNumbers = riders.map((id) => ctx.vault.decrypt(sealed.find((w) => w.id === id)?.id_enc ?? ''));
    const shanxi = await signIn(app, 'shanxi', demo);
    await api(shanxi, 'POST', '/api/users', { role: 'employer', name: '用人单位（交接）', login: 'employer-gate', password: PASSWORD, employerId: top.employer_id });
    // These four board and the coach leaves; the coach's other riders become no-shows.
    await api(admin, 'POST', '/api/checkins', {
      deviceId: 'test-gate', items: riders.map((workerId) => ({
        id: crypto.randomUUID(), tripId: coach.tripId, workerId, at: `${DAY}T07:00:00+08:00`, identity: 'verified', temperature: 36.5, security: 'passed',
      })),
    });
    await api(admin, 'POST', `/api/trips/${coach.tripId}/departure`, { id: crypto.randomUUID(), at: `${DAY}T08:00:00+08:00`, onBoard: riders.length });
  }, 300_000);

  it('the employer hands over three and marks one absent offline, reloads, and the records sync once', { timeout: 300_000 }, async () => {
    // The link on the vacancy page, as the employer sees it in the portal.
    const portal = await env().newPage();
    await loginPage(portal).open('/');
    await loginPage(portal).signIn('employer-gate', PASSWORD);
    await portal.waitForURL(/\/portal/);
    await portal.goto(`/portal/${coach.jobId}`);
    const href = await handoverLink(portal, coach.tripId).getAttribute('href');
    expect(href).toBe(`/checkin/?date=${DAY}&trip=${coach.tripId}`);

    const context = await env().browser.newContext({ ...PHONE, baseURL: env().url, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
    const page = await context.newPage();
    const desk = arrivalDesk(page);
    await page.goto(href ?? '/checkin/');
    await desk.signIn('employer-gate', PASSWORD);
    expect(await desk.date().inputValue()).toBe(DAY);
    await desk.download();
    expect(await desk.tripChoice(coach.number).isChecked(), 'the linked coach is picked').toBe(true);
    await expectAccessible(page, 'the arrivals set-up');
    await docShot(page, 'arrival-setup');
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active)), { timeout: 30_000 }).toBe(true);
    await desk.start();
    for (const id of riders) expect(await desk.standing(id)).toBe('open');

    // The due time as the server gives it: a coach due after midnight names the day it arrives.
    const due = (await api<{ trips: { id: string; estimatedArrival: string | null }[] }>(admin, 'GET', `/api/arrivals/manifest?date=${DAY}&tripId=${coach.tripId}`))
      .trips[0].estimatedArrival ?? '';
    const china = new Date(Date.parse(due) + 8 * 3_600_000).toISOString();
    const hhmm = china.slice(11, 16);
    expect(await desk.eta().innerText()).toBe(china.slice(0, 10) === DAY ? hhmm : `${china.slice(5, 10)} ${hhmm}（发车后第 ${(Date.parse(china.slice(0, 10)) - Date.parse(DAY)) / 86_400_000} 天）`);

    await context.setOffline(true);
    const [first, second, absent, missing] = riders;
    await desk.handOver(first);
    // A worker without their pass: the typed number finds them on the phone, offline.
    await desk.findById(idNumbers[1].toLowerCase());
    expect(await desk.verdict().innerText()).toContain('座位');
    await expect.poll(() => desk.listed().count()).toBe(1);
    await desk.handOver(second);
    await expect.poll(() => desk.listed().count(), { message: 'the whole list again after the handover' }).toBeGreaterThan(1);
    await desk.findById('110101199001011237');
    expect(await desk.verdict().innerText()).toContain('不在本单位的交接名单上');
    await desk.back();
    await desk.markAbsent(absent);
    await expect.poll(() => desk.standing(absent)).toBe('absent');
    // A person marked absent who turns up late is handed over after all (handed_over wins).
    await desk.handOver(absent);
    await desk.markAbsent(missing);
    await expect.poll(() => desk.waitingCount()).toBe(5);
    expect(await desk.standing(first)).toBe('handed');
    expect(await desk.standing(absent)).toBe('handed');
    expect(await desk.standing(missing)).toBe('absent');
    await expectAccessible(page, 'the arrivals desk, offline');
    await desk.top();
    await docShot(page, 'arrival-desk-offline');

    await page.reload();
    await desk.waiting().waitFor();
    await expect.poll(() => desk.waitingCount()).toBe(5);
    expect(await desk.standing(second)).toBe('handed');

    await context.setOffline(false);
    await expect.poll(() => desk.waitingCount(), { timeout: 60_000 }).toBe(0);
    await desk.top();
    await docShot(page, 'arrival-desk-synced');
    const stored = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM arrival_records`.execute(env().ctx.db)).rows[0];
    expect(stored.n).toBe(5);
    const campaignId = env().demo.campaign.id;
    const recon = await api<Reconciliation>(admin, 'GET', `/api/campaigns/${campaignId}/reconciliation?date=${DAY}`);
    expect(recon.states.arrived).toBe(3);
    expect(recon.states.absent_at_arrival).toBe(1);
    expect(recon.unaccounted).toBe(0);
    const people = await api<{ items: DayPassenger[] }>(admin, 'GET', `/api/campaigns/${campaignId}/passengers?date=${DAY}&trip=${coach.tripId}`);
    const stateOf = (id: string) => people.items.find((p) => p.workerId === id)?.state;
    expect(riders.map(stateOf)).toEqual(['arrived', 'arrived', 'arrived', 'absent_at_arrival']);
    const attention = await api<{ items: unknown[] }>(admin, 'GET', `/api/campaigns/${campaignId}/needs-attention`);
    expect(attention.items).toEqual([]);
    await context.close();
  });

  it('a departed rider not handed over is overdue on the officers\' departure page', { timeout: 120_000 }, async () => {
    // Another coach of the day leaves with one rider who is never handed over: its estimated
    // arrival (6 January 2021) is long past, so the rider is overdue.
    const { ctx } = env();
    const other = (await sql<{ trip_id: string; worker_id: string }>`
      SELECT tp.trip_id, tp.worker_id FROM trip_passengers tp JOIN trips t ON t.id = tp.trip_id
      WHERE t.status = 'planned' AND t.departure_date = ${DAY}::date AND tp.trip_id <> ${coach.tripId}::uuid
      ORDER BY t.number, tp.seat LIMIT 1`.execute(ctx.db)).rows[0];
    await api(admin, 'POST', '/api/checkins', {
      deviceId: 'test-gate', items: [{ id: crypto.randomUUID(), tripId: other.trip_id, workerId: other.worker_id, at: `${DAY}T07:00:00+08:00`, identity: 'verified', temperature: 36.4, security: 'passed' }],
    });
    await api(admin, 'POST', `/api/trips/${other.trip_id}/departure`, { id: crypto.randomUUID(), at: `${DAY}T08:30:00+08:00`, onBoard: 1 });

    const page: Page = await env().newPage();
    await loginPage(page).open('/');
    await loginPage(page).signIn('shanxi', env().password('shanxi'));
    await page.waitForURL((url) => !url.pathname.includes('login'));
    const board = departurePage(page);
    await board.open();
    await board.drillOverdue();
    await expect.poll(() => board.peopleRows().count()).toBe(1);
    expect(await board.peopleRows().first().innerText()).toContain('超时未交接');
    await expectAccessible(page, 'the overdue list', '.ant-drawer-open');
    await docShot(page, 'arrival-overdue');
  });
});
