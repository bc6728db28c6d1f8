// Registration on the phone pages on both databases: from a code to a session, a worker
// already imported is linked (never duplicated), companions share a travel group, bad
// input is refused naming the field in Chinese and English, and an officer's assisted
// registration is journaled as such.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeIdNumber } from '../src/core/id-number.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { buildServer } from '../src/server.js';
import { sealWorker } from '../src/workers/workers.import.js';
import { upsertWorkers } from '../src/workers/workers.repository.js';
import type { SmsSender } from '../src/worker-portal/sms.js';
import { describeEachDatabase } from './db.js';
import { as, type Session, signIn } from './session.js';

const BIRTH = '1990-02-03';
const id = (seq: number, region = '141123') => makeIdNumber(region, BIRTH, seq);

describeEachDatabase('worker phone pages: registration', (ctx) => {
  let app: FastifyInstance;
  let campaignId = '';
  let xingxian: Session;
  const sent: { phone: string; text: string }[] = [];
  const sms: SmsSender = { kind: 'console', send: async (phone, text) => { sent.push({ phone, text }); } };
  let address = 0;

  beforeAll(async () => {
    const demo = await buildDemo(ctx(), { workers: 30, seed: 7 });
    campaignId = demo.campaign.id;
    app = await buildServer(ctx(), { printCode: () => undefined, sms });
    xingxian = await signIn(app, 'xingxian', demo);
  });
  afterAll(async () => app?.close());

  /** Code, ticket: what the phone pages do before the form. Each call from its own address (the rate limit). */
  async function ticketFor(phone: string): Promise<{ ticket: string; verify: LightMyRequestResponse }> {
    const remoteAddress = `10.8.${Math.floor(address / 200)}.${(address++ % 200) + 1}`;
    await app.inject({ method: 'POST', url: '/api/m/code', payload: { phone }, remoteAddress });
    const code = /(\d{6})/.exec(sent.at(-1)?.text ?? '')?.[1] ?? '';
    const verify = await app.inject({ method: 'POST', url: '/api/m/code/verify', payload: { phone, code }, remoteAddress });
    expect(verify.statusCode).toBe(200);
    return { ticket: (verify.json() as { ticket: string }).ticket, verify };
  }

  const form = (over: Record<string, unknown>) => ({
    name: '王小明', idNumber: id(11), regionCode: '141123', industries: [], destinations: ['32'], minWage: 3000, certificates: [], consent: true, ...over,
  });

  async function register(phone: string, over: Record<string, unknown>) {
    const { ticket } = await ticketFor(phone);
    return app.inject({ method: 'POST', url: '/api/m/register', payload: form({ ticket, ...over }), remoteAddress: `10.9.${address++ % 200}.1` });
  }

  function sessionOf(response: LightMyRequestResponse): Session {
    const setCookie = response.headers['set-cookie'];
    return { cookie: (Array.isArray(setCookie) ? setCookie[0] : String(setCookie)).split(';')[0], csrf: (response.json() as { csrfToken: string }).csrfToken };
  }

  const me = async (session: Session, query = '') => app.inject(as(session, { method: 'GET', url: `/api/m/me${query}` }));
  const rowsOf = async (idNumber: string) =>
    ctx().db.selectFrom('workers').select(['id', 'travel_group', 'phone_masked', 'consent_at']).where('id_hash', '=', ctx().vault.blindIndex(idNumber)).execute();

  it('registers from a code to a session, and the next code signs the phone in', async () => {
    const { ticket, verify } = await ticketFor('13811110001');
    expect(verify.json()).toMatchObject({ signedIn: false, csrfToken: null });
    expect(verify.headers['set-cookie']).toBeUndefined();
    const response = await app.inject({ method: 'POST', url: '/api/m/register', payload: form({ ticket }), remoteAddress: '10.7.0.1' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { workerId: string; linked: boolean; signedIn: boolean };
    expect(body).toMatchObject({ linked: false, signedIn: true });
    expect(response.body).not.toContain('13811110001');
    const session = sessionOf(response);
    const mine = (await me(session)).json() as { worker: Record<string, unknown>; journey: { step: string }[]; offer: unknown; trip: unknown };
    expect(mine.worker).toMatchObject({ id: body.workerId, name: '王小明', phoneMasked: '138****0001', regionCode: '141123', destinations: ['320000'], minWage: 3000, status: 'registered', campaignId });
    expect(String(mine.worker.idMasked)).not.toBe(id(11));
    expect(mine.journey.map((j) => j.step)).toEqual(['registered']);
    expect(mine).toMatchObject({ offer: null, trip: null });
    const [row] = await rowsOf(id(11));
    expect(row.consent_at).not.toBeNull();

    // The ticket served once.
    const again = await app.inject({ method: 'POST', url: '/api/m/register', payload: form({ ticket }), remoteAddress: '10.7.0.2' });
    expect(again.statusCode).toBe(401);
    expect(again.json()).toMatchObject({ field: 'ticket' });

    // Back another day: the code signs the phone in.
    const { verify: back } = await ticketFor('13811110001');
    expect(back.json()).toMatchObject({ signedIn: true });
    const signed = sessionOf(back);
    expect((await me(signed)).json()).toMatchObject({ worker: { id: body.workerId } });
  });

  it('refuses a mistyped identity number, a missing consent and a county that is no county, naming the field', async () => {
    const typo = id(12).slice(0, 17) + (id(12).endsWith('1') ? '2' : '1');
    const cases: [Record<string, unknown>, string][] = [
      [{ idNumber: typo }, 'idNumber'],
      [{ consent: false }, 'consent'],
      [{ regionCode: '140000', idNumber: id(13) }, 'regionCode'],
      [{ idNumber: id(14), industries: ['nonsense'] }, 'industries'],
      [{ idNumber: id(15), companionIdNumbers: [typo] }, 'companionIdNumbers'],
    ];
    for (const [over, field] of cases) {
      const response = await register('13811110002', over);
      expect(response.statusCode, field).toBe(400);
      const problem = response.json() as { field: string; zh: string; en: string };
      expect(problem.field).toBe(field);
      expect(problem.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(problem.en).toMatch(/[a-z]/);
    }
    expect(await rowsOf(typo)).toHaveLength(0);
    // No ticket and no officer: refused, naming the ticket.
    const anonymous = await app.inject({ method: 'POST', url: '/api/m/register', payload: form({ idNumber: id(16) }), remoteAddress: '10.7.0.3' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('links a worker imported from a county sheet instead of registering them twice', async () => {
    await upsertWorkers(ctx().db, campaignId, [sealWorker(ctx().vault, {
      name: '李四', idNumber: id(21), birthDate: BIRTH, gender: 'male', phone: null, regionCode: '141123', priority: true,
      certificates: [], industries: [], destinations: [], minWage: 0,
    })], { actor: 'test', source: 'import' });
    const [imported] = await rowsOf(id(21));
    // Someone else's phone with the number but another name gets nothing.
    const stranger = await register('13811110003', { name: '张三', idNumber: id(21) });
    expect(stranger.statusCode).toBe(409);
    expect(stranger.json()).toMatchObject({ field: 'idNumber' });

    const response = await register('13811110004', { name: '李四', idNumber: id(21), certificates: [] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ workerId: imported.id, linked: true, signedIn: true });
    const rows = await rowsOf(id(21));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ phone_masked: '138****0004' });
    expect(rows[0].consent_at).not.toBeNull();
    const worker = await ctx().db.selectFrom('workers').select(['priority', 'destinations']).where('id', '=', imported.id).executeTakeFirstOrThrow();
    expect(worker).toMatchObject({ priority: true, destinations: ['320000'] });
  });

  it('puts companions into one travel group, whoever registers first', async () => {
    // B is registered; A names B: both share a group.
    const b = await register('13811110005', { name: '赵大', idNumber: id(31) });
    expect(b.statusCode).toBe(200);
    const a = await register('13811110006', { name: '赵二', idNumber: id(33), companionIdNumbers: [id(31)] });
    expect(a.statusCode).toBe(200);
    const [rowA] = await rowsOf(id(33));
    const [rowB] = await rowsOf(id(31));
    expect(rowA.travel_group).not.toBeNull();
    expect(rowA.travel_group).toBe(rowB.travel_group);
    const mine = (await me(sessionOf(a))).json() as { worker: { travelGroup: { members: { name: string }[] } | null } };
    expect(mine.worker.travelGroup?.members).toEqual([{ name: '赵大' }]);

    // C names D before D registers; D registering later joins C (without naming C).
    const c = await register('13811110007', { name: '钱一', idNumber: id(35), companionIdNumbers: [id(37)] });
    expect(c.statusCode).toBe(200);
    expect((await rowsOf(id(35)))[0].travel_group).toBeNull();
    const d = await register('13811110008', { name: '钱二', idNumber: id(37) });
    expect(d.statusCode).toBe(200);
    const [rowC] = await rowsOf(id(35));
    const [rowD] = await rowsOf(id(37));
    expect(rowC.travel_group).not.toBeNull();
    expect(rowD.travel_group).toBe(rowC.travel_group);
  });

  it('lets a county officer register someone at a village service point, journaled as assisted', async () => {
    const officer = (payload: object): InjectOptions => as(xingxian, { method: 'POST', url: '/api/m/register', payload, remoteAddress: '10.7.1.1' });
    const outside = await app.inject(officer(form({ idNumber: id(41, '140213'), regionCode: '140213', phone: '13811110009' })));
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ field: 'regionCode' });
    const noPhone = await app.inject(officer(form({ idNumber: id(43) })));
    expect(noPhone.statusCode).toBe(400);
    expect(noPhone.json()).toMatchObject({ field: 'phone' });
    // The route is public for tickets, so the officer's CSRF token is checked by the route itself.
    const forged = await app.inject({ method: 'POST', url: '/api/m/register', payload: form({ idNumber: id(45), phone: '13811110010' }), headers: { cookie: xingxian.cookie }, remoteAddress: '10.7.1.2' });
    expect(forged.statusCode).toBe(403);

    const response = await app.inject(officer(form({ name: '孙五', idNumber: id(45), phone: '13811110010' })));
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { workerId: string; signedIn: boolean };
    expect(body.signedIn).toBe(false);
    expect(response.headers['set-cookie']).toBeUndefined();
    const event = await ctx().db.selectFrom('worker_events').select(['type', 'actor', 'data']).where('worker_id', '=', body.workerId).where('type', '=', 'registered').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor: 'xingxian', data: { assisted: true, by: 'xingxian' } });
    // The officer opens the same status page on the worker's behalf.
    const assisted = await me(xingxian, `?worker=${body.workerId}`);
    expect(assisted.statusCode).toBe(200);
    expect(assisted.json()).toMatchObject({ worker: { name: '孙五', phoneMasked: '138****0010' } });
    // The worker signs in with their own phone afterwards.
    const { verify } = await ticketFor('13811110010');
    expect(verify.json()).toMatchObject({ signedIn: true });
    const audit = await ctx().db.selectFrom('audit_log').select(['action', 'actor_login']).where('entity_id', '=', body.workerId).execute();
    expect(audit).toContainEqual({ action: 'worker.register', actor_login: 'xingxian' });
  });
});
