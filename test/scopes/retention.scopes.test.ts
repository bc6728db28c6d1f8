// Retention follow-up by role: the home region's officers and the destination employer see
// and record a worker's checks, nobody else; the worker answers their own on the phone pages
// (an officer of their county may for them); only the campaign's own region's officers change
// its schedule; rates come only to officers (their region) and employers (their own).
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { as, type Session, signIn, TEST_PASSWORD } from '../session.js';
import { covers, type RoleLogin, useWorld } from './world.js';

type Check = { worker: { id: string }; month: number; due: string; state: string; result: { outcome: string; source: string } | null };
type Due = { total: number; items: Check[] };

describeEachDatabase('retention follow-up by role', (ctx) => {
  const world = useWorld(ctx);
  let linxian: Session | undefined;
  const req = async (who: RoleLogin | 'linxian', method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const w = world();
    if (who !== 'linxian') return w.request(who, method, url, payload);
    linxian ??= await signIn(w.app, 'linxian', TEST_PASSWORD);
    return w.app.inject(as(linxian, { method, url, payload }));
  };
  const ids = (body: Due) => body.items.map((c) => `${c.worker.id}:${c.month}`);

  it('arrivals start the checks', async () => {
    const w = world();
    // Worker A (Xing county, the demo employer's) and the demo worker arrived on 31 January 2021.
    for (const id of [w.workers.A, w.workers.self]) {
      const worker = await w.ctx.db.selectFrom('workers').select(['province', 'campaign_id']).where('id', '=', id).executeTakeFirstOrThrow();
      await w.ctx.db.insertInto('worker_events').values({
        province: worker.province, worker_id: id, campaign_id: worker.campaign_id, type: 'arrived', at: '2021-01-31T10:00:00+08:00', actor: 'test',
        client_id: `test-arrival:${id}`, data: JSON.stringify({}),
      }).execute();
    }
  });

  it(covers('GET /api/retention/due'), async () => {
    const xing = await req('xingxian', 'GET', `/api/retention/due?campaign=${world().campaignId}&date=2021-03-01`);
    expect(xing.statusCode, xing.body).toBe(200);
    const body = xing.json() as Due;
    expect(ids(body)).toContain(`${world().workers.A}:1`);
    expect(body.items.find((c) => c.worker.id === world().workers.A)).toMatchObject({ due: '2021-02-28', state: 'due' });
    // Three months later the 1-month check is overdue, the 3-month one due.
    const later = (await req('xingxian', 'GET', '/api/retention/due?state=overdue&date=2021-05-01')).json() as Due;
    expect(ids(later).filter((k) => k.startsWith(world().workers.A))).toEqual([`${world().workers.A}:1`]);
    const employer = (await req('employer', 'GET', '/api/retention/due?date=2021-05-01')).json() as Due;
    expect(ids(employer)).toEqual([`${world().workers.A}:1`, `${world().workers.A}:3`]);
    expect(((await req('linxian', 'GET', '/api/retention/due?date=2021-05-01')).json() as Due).items.filter((c) => c.worker.id === world().workers.A)).toEqual([]);
    // A filter outside the reach shows nothing.
    expect(((await req('xingxian', 'GET', '/api/retention/due?region=1401&date=2021-05-01')).json() as Due).total).toBe(0);
    for (const who of ['checkin-taiyuan', 'worker'] as const) expect((await req(who, 'GET', '/api/retention/due')).statusCode).toBe(403);
    expect((await req('anonymous', 'GET', '/api/retention/due')).statusCode).toBe(401);
  });

  it(covers('POST /api/retention/checks'), async () => {
    const A = world().workers.A;
    const own = await req('employer', 'POST', '/api/retention/checks', { items: [{ workerId: A, month: 1, outcome: 'employed' }] });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ stored: 1, items: [{ result: { outcome: 'employed', source: 'employer' } }] });
    // The same again changes nothing; another worker is not the employer's; unreachable is an officer's call.
    expect((await req('employer', 'POST', '/api/retention/checks', { items: [{ workerId: A, month: 1, outcome: 'employed' }] })).json()).toMatchObject({ stored: 0, unchanged: 1 });
    expect((await req('employer', 'POST', '/api/retention/checks', { items: [{ workerId: world().workers.B, month: 1, outcome: 'employed' }] })).statusCode).toBe(404);
    expect((await req('employer', 'POST', '/api/retention/checks', { items: [{ workerId: A, month: 3, outcome: 'unreachable' }] })).statusCode).toBe(400);
    expect((await req('linxian', 'POST', '/api/retention/checks', { items: [{ workerId: A, month: 3, outcome: 'unreachable' }] })).statusCode).toBe(404);
    const call = await req('xingxian', 'POST', '/api/retention/checks', { items: [{ workerId: A, month: 3, outcome: 'changed_job', whereText: '东莞 电子厂', whereRegion: '441900' }] });
    expect(call.statusCode, call.body).toBe(200);
    expect(call.json()).toMatchObject({ stored: 1, items: [{ result: { outcome: 'changed_job', source: 'officer' } }] });
    // The 6-month check is not due yet (today is past it, so it is: use a changed job without where).
    expect((await req('xingxian', 'POST', '/api/retention/checks', { items: [{ workerId: A, month: 6, outcome: 'changed_job' }] })).statusCode).toBe(400);
    for (const who of ['checkin-taiyuan', 'worker'] as const) {
      expect((await req(who, 'POST', '/api/retention/checks', { items: [{ workerId: A, month: 6, outcome: 'employed' }] })).statusCode).toBe(403);
    }
    const events = await world().ctx.db.selectFrom('worker_events').select('data').where('worker_id', '=', A).where('type', '=', 'retention_check').execute();
    expect(events).toHaveLength(2);
    const audit = await world().ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'retention.record').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it(covers('GET /api/retention/workers/{id}'), async () => {
    const A = world().workers.A;
    const xing = (await req('xingxian', 'GET', `/api/retention/workers/${A}`)).json() as { items: Check[] };
    expect(xing.items.map((c) => [c.month, c.result?.outcome ?? null])).toEqual([[1, 'employed'], [3, 'changed_job'], [6, null]]);
    expect((await req('linxian', 'GET', `/api/retention/workers/${A}`)).json()).toEqual({ items: [] });
    expect((await req('worker', 'GET', `/api/retention/workers/${A}`)).statusCode).toBe(403);
  });

  it(covers('GET /api/retention/stats', 'GET /api/retention/employers/{id}'), async () => {
    const xing = await req('xingxian', 'GET', '/api/retention/stats');
    expect(xing.statusCode, xing.body).toBe(200);
    expect(xing.json()).toMatchObject({ total: { checked: 1, changedJob: 1 }, threshold: 0.7, months: [1, 3, 6] });
    expect((await req('xingxian', 'GET', '/api/retention/stats?month=1')).json()).toMatchObject({ total: { checked: 1, employed: 1, rate: 1 } });
    expect((await req('linxian', 'GET', '/api/retention/stats')).json()).toMatchObject({ total: { checked: 0 } });
    expect((await req('employer', 'GET', '/api/retention/stats')).json()).toMatchObject({ total: { checked: 1 } });
    for (const who of ['checkin-taiyuan', 'worker'] as const) expect((await req(who, 'GET', '/api/retention/stats')).statusCode).toBe(403);
    const { own, other } = world().employers;
    expect((await req('employer', 'GET', `/api/retention/employers/${own}`)).json()).toMatchObject({ rate: { checked: 1, flagged: false } });
    expect((await req('employer', 'GET', `/api/retention/employers/${other}`)).statusCode).toBe(404);
    expect((await req('linxian', 'GET', `/api/retention/employers/${own}`)).statusCode).toBe(200);
    expect((await req('worker', 'GET', `/api/retention/employers/${own}`)).statusCode).toBe(403);
  });

  it(covers('GET /api/retention/settings', 'PUT /api/retention/settings/{id}'), async () => {
    const id = world().campaignId;
    expect((await req('employer', 'GET', `/api/retention/settings?campaign=${id}`)).json()).toMatchObject({ months: [1, 3, 6], threshold: 0.7 });
    expect((await req('xingxian', 'PUT', `/api/retention/settings/${id}`, { months: [1, 3], threshold: 0.8 })).statusCode).toBe(403);
    expect((await req('employer', 'PUT', `/api/retention/settings/${id}`, { months: [1, 3], threshold: 0.8 })).statusCode).toBe(403);
    expect((await req('shanxi', 'PUT', `/api/retention/settings/${id}`, { months: [0], threshold: 0.8 })).statusCode).toBe(400);
    const set = await req('shanxi', 'PUT', `/api/retention/settings/${id}`, { months: [6, 1, 3, 12], threshold: 0.75 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ months: [1, 3, 6, 12], threshold: 0.75 });
    await req('shanxi', 'PUT', `/api/retention/settings/${id}`, { months: [1, 3, 6], threshold: 0.7 });
    expect((await req('shanxi', 'PUT', `/api/retention/settings/${world().otherCampaignId}`, { months: [1], threshold: 0.7 })).statusCode).toBe(404);
  });

  it(covers('GET /api/m/retention', 'POST /api/m/retention'), async () => {
    const mine = await req('worker', 'GET', '/api/m/retention');
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json() as { items: Check[]; open: Check | null };
    expect(body.items.map((c) => c.month)).toEqual([1, 3, 6]);
    expect(body.open).toMatchObject({ month: 1 });
    expect((await req('worker', 'POST', '/api/m/retention', { month: 1, outcome: 'unreachable' })).statusCode).toBe(400);
    const answered = await req('worker', 'POST', '/api/m/retention', { month: 1, outcome: 'employed' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ stored: 1, check: { result: { source: 'worker' } } });
    const A = world().workers.A;
    expect((await req('xingxian', 'GET', `/api/m/retention?worker=${A}`)).statusCode).toBe(200);
    expect((await req('linxian', 'GET', `/api/m/retention?worker=${A}`)).statusCode).toBe(404);
    expect((await req('employer', 'GET', '/api/m/retention')).statusCode).toBe(403);
  });

  it(covers('GET /api/retention/due.xlsx', 'POST /api/retention/import'), async () => {
    const w = world();
    const sheet = await req('employer', 'GET', '/api/retention/due.xlsx');
    expect(sheet.statusCode, sheet.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    // Header, then A's 6-month check (1 and 3 are done).
    expect(rows.length).toBe(2);
    expect(rows[1][1]).toBe(w.workers.A);
    book.worksheets[0].getCell(2, 4).value = '在原单位在岗';
    book.worksheets[0].addRow([w.workers.B, '标记B', 1, '已返乡']);
    const filled = Buffer.from(await book.xlsx.writeBuffer());
    const upload = async (who: 'employer' | 'worker' | 'checkin-taiyuan') => {
      const boundary = '----menkou-retention';
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="follow-up.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`;
      const payload = Buffer.concat([Buffer.from(head), filled, Buffer.from(`\r\n--${boundary}--\r\n`)]);
      return w.app.inject({ method: 'POST', url: '/api/retention/import', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: w.sessions[who].cookie, 'x-csrf-token': w.sessions[who].csrf } });
    };
    const done = await upload('employer');
    expect(done.statusCode, done.body).toBe(200);
    // B is not the employer's worker: refused, in the refused rows' workbook.
    expect(done.json()).toMatchObject({ rows: 2, stored: 1, refused: 1 });
    const errors = new ExcelJS.Workbook();
    await errors.xlsx.load(Buffer.from((done.json() as { errorsXlsx: string }).errorsXlsx, 'base64') as unknown as ArrayBuffer);
    expect(errors.worksheets[0].rowCount).toBeGreaterThanOrEqual(2);
    for (const who of ['worker', 'checkin-taiyuan'] as const) expect((await upload(who)).statusCode).toBe(403);
    expect((await req('worker', 'GET', '/api/retention/due.xlsx')).statusCode).toBe(403);
  });
});
