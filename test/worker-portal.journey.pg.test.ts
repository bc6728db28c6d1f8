// A registered worker's side of the campaign on both databases: published vacancies (only
// approved ones) and interest marks officers and the employer see; the offer an allocation
// run makes, accepted or declined (a declined pair is not proposed again); the seat and
// boarding token once a day is planned; wishes; withdrawal; an officer acting for a worker.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allocateCampaign, confirmAllocation } from '../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { makeIdNumber } from '../src/core/id-number.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { buildServer } from '../src/server.js';
import { verifyBoardingToken } from '../src/trips/documents/boarding-token.js';
import { boardingSecret } from '../src/trips/trips.documents.js';
import { planDay } from '../src/trips/trips.service.js';
import type { MeJson } from '../src/worker-portal/portal.schema.js';
import type { SmsSender } from '../src/worker-portal/sms.js';
import { describeEachDatabase } from './db.js';
import { as, type Session, signIn } from './session.js';

const DAY = '2021-01-06';

describeEachDatabase('worker phone pages: the journey', (ctx) => {
  let app: FastifyInstance;
  let campaignId = '';
  const sessions = {} as Record<'admin' | 'xingxian' | 'employer' | 'checkin' | 'one' | 'two', Session>;
  const ids = { one: '', two: '' };
  let employerJob = '';
  let otherJob = '';
  let pendingJob = '';
  let twoJob = '';
  const sent: { text: string }[] = [];
  const sms: SmsSender = { kind: 'console', send: async (_phone, text) => { sent.push({ text }); } };

  async function registerWorker(phone: string, name: string, seq: number, address: string): Promise<{ session: Session; id: string }> {
    await app.inject({ method: 'POST', url: '/api/m/code', payload: { phone }, remoteAddress: address });
    const code = /(\d{6})/.exec(sent.at(-1)?.text ?? '')?.[1] ?? '';
    const { ticket } = (await app.inject({ method: 'POST', url: '/api/m/code/verify', payload: { phone, code }, remoteAddress: address })).json() as { ticket: string };
    const response = await app.inject({
      method: 'POST', url: '/api/m/register', remoteAddress: address,
      payload: { ticket, name, idNumber: makeIdNumber('141123', '1991-05-06', seq), regionCode: '141123', industries: [], destinations: [], minWage: 0, certificates: [], consent: true },
    });
    expect(response.statusCode, response.body).toBe(200);
    const setCookie = response.headers['set-cookie'];
    return {
      session: { cookie: (Array.isArray(setCookie) ? setCookie[0] : String(setCookie)).split(';')[0], csrf: (response.json() as { csrfToken: string }).csrfToken },
      id: (response.json() as { workerId: string }).workerId,
    };
  }

  beforeAll(async () => {
    const demo = await buildDemo(ctx(), { workers: 60, seed: 13 });
    campaignId = demo.campaign.id;
    app = await buildServer(ctx(), { printCode: () => undefined, sms });
    for (const login of ['admin', 'xingxian', 'employer', 'checkin'] as const) {
      sessions[login] = await signIn(app, login === 'checkin' ? 'checkin-taiyuan' : login, demo);
    }
    const one = await registerWorker('13822220001', '周一', 101, '10.6.0.1');
    const two = await registerWorker('13822220002', '周二', 103, '10.6.0.2');
    Object.assign(sessions, { one: one.session, two: two.session });
    Object.assign(ids, { one: one.id, two: two.id });
    const employer = await ctx().db.selectFrom('users').select('employer_id').where('login', '=', 'employer').executeTakeFirstOrThrow();
    const jobs = await ctx().db.selectFrom('jobs').select(['id', 'employer_id']).where('campaign_id', '=', campaignId).where(sql<boolean>`cardinality(certificates) = 0`)
      .orderBy('id').execute();
    employerJob = jobs.find((j) => j.employer_id === employer.employer_id)?.id ?? '';
    otherJob = jobs.find((j) => j.employer_id !== employer.employer_id)?.id ?? '';
    [pendingJob, twoJob] = jobs.filter((j) => j.id !== employerJob && j.id !== otherJob).map((j) => j.id);
    await ctx().db.updateTable('jobs').set({ approval: 'pending' }).where('id', '=', pendingJob).execute();
  });
  afterAll(async () => app?.close());

  const call = (who: keyof typeof sessions, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object): Promise<LightMyRequestResponse> =>
    app.inject(as(sessions[who], { method, url, payload }));
  const me = async (who: 'one' | 'two'): Promise<MeJson> => (await call(who, 'GET', '/api/m/me')).json() as MeJson;

  it('publishes only approved vacancies of the campaign, and shows one with its conditions', async () => {
    const approved = await ctx().db.selectFrom('jobs').select((eb) => eb.fn.countAll<string>().as('n')).where('campaign_id', '=', campaignId)
      .where('approval', '=', 'approved').executeTakeFirstOrThrow();
    const first = await call('one', 'GET', '/api/m/vacancies');
    expect(first.statusCode, first.body).toBe(200);
    const list = first.json() as { items: { id: string; wage: number }[]; total: number; pageSize: number };
    expect(list.total).toBe(Number(approved.n));
    const seen: string[] = [];
    for (let page = 1; (page - 1) * list.pageSize < list.total; page += 1) {
      seen.push(...((await call('one', 'GET', `/api/m/vacancies?page=${page}`)).json() as { items: { id: string }[] }).items.map((i) => i.id));
    }
    expect(seen).toHaveLength(list.total);
    expect(seen).not.toContain(pendingJob);
    expect((await call('one', 'GET', `/api/m/vacancies/${pendingJob}`)).statusCode).toBe(404);
    const wage = ((await call('one', 'GET', '/api/m/vacancies?minWage=6000')).json() as { items: { wage: number; wageMax: number | null }[] }).items;
    expect(wage.every((v) => (v.wageMax ?? v.wage) >= 6000)).toBe(true);
    const jiangsu = ((await call('one', 'GET', '/api/m/vacancies?province=32')).json() as { items: { siteCode: string }[] }).items;
    expect(jiangsu.every((v) => v.siteCode.startsWith('32'))).toBe(true);

    const detail = await call('one', 'GET', `/api/m/vacancies/${employerJob}`);
    expect(detail.statusCode).toBe(200);
    const job = detail.json() as Record<string, unknown>;
    expect(job).toMatchObject({ id: employerJob, interested: false, certificates: [] });
    expect(['provided', 'allowance', 'none', null]).toContain(job.accommodation);
    expect(['provided', 'allowance', 'none', null]).toContain(job.meals);
  });

  it('an interest mark is seen by the officers of the worker\'s region and by the vacancy\'s employer only', async () => {
    const marked = await call('one', 'PUT', `/api/m/vacancies/${employerJob}/interest`, { interested: true });
    expect(marked.json()).toEqual({ interested: true });
    await call('one', 'PUT', `/api/m/vacancies/${employerJob}/interest`, { interested: true });
    expect(((await call('one', 'GET', `/api/m/vacancies/${employerJob}`)).json() as { interested: boolean }).interested).toBe(true);
    for (const who of ['admin', 'xingxian', 'employer'] as const) {
      const seen = await call(who, 'GET', `/api/jobs/${employerJob}/interested`);
      expect(seen.statusCode, who).toBe(200);
      const body = seen.json() as { items: { workerId: string; name: string; idMasked: string }[]; total: number };
      expect(body.items.map((i) => i.workerId), who).toEqual([ids.one]);
      expect(seen.body).not.toContain(makeIdNumber('141123', '1991-05-06', 101));
    }
    expect((await call('checkin', 'GET', `/api/jobs/${employerJob}/interested`)).statusCode).toBe(403);
    await call('one', 'PUT', `/api/m/vacancies/${otherJob}/interest`, { interested: true });
    expect((await call('employer', 'GET', `/api/jobs/${otherJob}/interested`)).statusCode).toBe(404);
    const events = await ctx().db.selectFrom('worker_events').select('type').where('worker_id', '=', ids.one).where('type', '=', 'interested').execute();
    expect(events).toHaveLength(2);
  });

  it('shows the offer of an allocation run; accepting is recorded once', async () => {
    // A worker who names no trade and no destination is worth nothing to the solver until
    // they mark a vacancy: worker two marks one, so the run makes two an offer to decline.
    expect((await call('two', 'PUT', `/api/m/vacancies/${twoJob}/interest`, { interested: true })).statusCode).toBe(200);
    await allocateCampaign(ctx(), CLI_ACTOR, campaignId);
    const mine = await me('one');
    expect(mine.offer, JSON.stringify(mine)).not.toBeNull();
    expect(mine.offer).toMatchObject({ stage: 'proposed', workerAnswer: null });
    expect(mine.journey.map((j) => j.step)).toEqual(['registered', 'matched']);
    expect(mine.worker.status).toBe('matched');
    for (let i = 0; i < 2; i += 1) expect((await call('one', 'POST', '/api/m/offer', { accept: true })).json()).toEqual({ answer: 'accepted' });
    expect((await me('one')).offer?.workerAnswer).toBe('accepted');
    const accepted = await ctx().db.selectFrom('worker_events').select('type').where('worker_id', '=', ids.one).where('type', '=', 'offer_accepted').execute();
    expect(accepted).toHaveLength(1);
  });

  it('declining needs a reason, returns the worker to the pool and the pair is not proposed again', async () => {
    const offered = (await me('two')).offer;
    const rows = await ctx().db.selectFrom('assignments').select(['status', 'job_id']).where('worker_id', '=', ids.two).execute();
    expect(offered, JSON.stringify(rows)).not.toBeNull();
    const job = offered?.jobId ?? '';
    const bare = await call('two', 'POST', '/api/m/offer', { accept: false });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ field: 'reason' });
    expect((await call('two', 'POST', '/api/m/offer', { accept: false, reason: '离家太远' })).json()).toEqual({ answer: 'declined' });
    const after = await me('two');
    expect(after.offer).toBeNull();
    expect(after.worker.status).toBe('registered');
    // Officers see it in the worker's journey.
    const journal = (await call('admin', 'GET', `/api/workers/${ids.two}/events`)).json() as { items: { type: string; data: Record<string, unknown> }[] };
    expect(journal.items.find((e) => e.type === 'offer_declined')?.data).toMatchObject({ job, reason: '离家太远' });

    await allocateCampaign(ctx(), CLI_ACTOR, campaignId);
    const proposed = await ctx().db.selectFrom('assignments').select(['job_id', 'status']).where('worker_id', '=', ids.two).where('status', '=', 'proposed').execute();
    expect(proposed.map((p) => p.job_id)).not.toContain(job);
    // Worker one keeps the same offer across the re-run.
    expect((await me('one')).offer?.workerAnswer).toBe('accepted');
  });

  it('shows the coach, seat and boarding token once the day is planned', async () => {
    await confirmAllocation(ctx(), CLI_ACTOR, campaignId, { workers: [ids.one] });
    expect((await me('one')).offer?.stage).toBe('confirmed');
    await planDay(ctx(), CLI_ACTOR, { campaignId, date: DAY });
    const mine = await me('one');
    expect(mine.trip, JSON.stringify(mine)).not.toBeNull();
    const trip = mine.trip as NonNullable<MeJson['trip']>;
    expect(trip.date).toBe(DAY);
    expect(trip.departAt).toMatch(/\d{2}:\d{2}/);
    expect(trip.gatheringPoint.name.length).toBeGreaterThan(0);
    expect(trip.destinationName.length).toBeGreaterThan(0);
    expect(verifyBoardingToken(boardingSecret(ctx()), trip.token)).toMatchObject({ trip: trip.tripId, worker: ids.one, seat: trip.seat, date: DAY });
    expect(mine.journey.map((j) => j.step)).toEqual(['registered', 'matched', 'confirmed', 'trip_assigned']);
    const pass = await call('one', 'GET', trip.passUrl);
    expect(pass.statusCode).toBe(200);
    expect(pass.headers['content-type']).toContain('application/pdf');
  });

  it('changes wishes, refusing a code that is not in the catalogue; an officer may do it for the worker, journaled as assisted', async () => {
    const industry = (await ctx().db.selectFrom('jobs').select('industry').where('id', '=', otherJob).executeTakeFirstOrThrow()).industry;
    const bad = await call('two', 'PATCH', '/api/m/wishes', { destinations: ['nowhere'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'destinations' });
    const changed = await call('two', 'PATCH', '/api/m/wishes', { industries: [industry], destinations: ['32', '330000'], minWage: 4000 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ id: ids.two, industries: [industry], destinations: ['320000', '330000'], minWage: 4000 });
    const assisted = await call('xingxian', 'PATCH', `/api/m/wishes?worker=${ids.two}`, { minWage: 3500 });
    expect(assisted.json()).toMatchObject({ minWage: 3500 });
    const events = await ctx().db.selectFrom('worker_events').select(['actor', 'data']).where('worker_id', '=', ids.two).where('type', '=', 'updated').orderBy('id').execute();
    expect(events.at(-1)).toMatchObject({ actor: 'xingxian', data: { assisted: true, by: 'xingxian' } });
  });

  it('withdraws with a reason: off the offer and the coach, last step withdrawn', async () => {
    const bare = await call('one', 'POST', '/api/m/withdraw', { reason: ' ' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ field: 'reason' });
    const done = await call('one', 'POST', '/api/m/withdraw', { reason: '找到本地工作' });
    expect(done.json()).toMatchObject({ id: ids.one, status: 'withdrawn' });
    const mine = await me('one');
    expect(mine).toMatchObject({ offer: null, trip: null });
    expect(mine.journey.at(-1)?.step).toBe('withdrawn');
    const live = await ctx().db.selectFrom('assignments').select('status').where('worker_id', '=', ids.one).where('status', '<>', 'withdrawn').execute();
    expect(live).toEqual([]);
  });
});
