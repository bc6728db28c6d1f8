// Departure-day routes by role: check-in staff reach only their own point's coaches, an
// employer only its own workers, officers their region; outside reach answers 404 (or a
// rejected item that names nobody), roles that may not write answer 403.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { ItemResult, Reconciliation } from '../../src/departure/departure.schema.js';
import type { CheckinManifest } from '../../src/departure/manifest.schema.js';
import { idDigest, tripLookupKey } from '../../src/departure/manifest.service.js';
import { makeIdNumber } from '../../src/core/id-number.js';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const DAY = '2021-01-06';
const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];

describeEachDatabase('departure routes by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers(
    'POST /api/checkins', 'POST /api/trips/{id}/departure', 'POST /api/trips/{id}/arrivals', 'POST /api/trips/{id}/rebook', 'POST /api/trips/{id}/cancel',
    'GET /api/campaigns/{id}/reconciliation', 'GET /api/campaigns/{id}/board', 'GET /api/campaigns/{id}/board/stream', 'GET /api/campaigns/{id}/overdue',
    'GET /api/campaigns/{id}/needs-attention', 'POST /api/needs-attention/{id}/resolve',
  ), async () => {
    const w = world();
    const db = w.ctx.db;
    expect((await w.request('admin', 'POST', `/api/campaigns/${w.campaignId}/trips`, { date: DAY })).statusCode).toBe(200);
    const trip = (await db.selectFrom('trips').select(['id', 'gathering_point_id']).where('status', '=', 'planned').executeTakeFirstOrThrow());
    // B (Datong, the province's only) and D (Taiyuan) ride A's coach from Lüliang; a copy of
    // the coach on the next day, with B as its placeholder rider, is where D gets rebooked.
    for (const [key, seat] of [['B', 30], ['D', 31]] as const) {
      await sql`INSERT INTO trip_passengers (province, worker_id, trip_id, seat, pickup, dropoff, job_province, job_id)
        SELECT '14', ${w.workers[key]}::uuid, trip_id, ${seat}, pickup, dropoff, job_province, job_id FROM trip_passengers WHERE trip_id = ${trip.id}::uuid AND worker_id = ${w.workers.A}::uuid`.execute(db);
    }
    const next = (await sql<{ id: string }>`
      INSERT INTO trips (plan_id, campaign_id, departure_date, number, gathering_point_id, region_code, capacity, spacing, km, cost, stops)
      SELECT plan_id, campaign_id, '2021-01-07', number || '-next', gathering_point_id, region_code, capacity, spacing, km, cost, stops FROM trips WHERE id = ${trip.id}::uuid
      RETURNING id`.execute(db)).rows[0].id;
    await sql`INSERT INTO trip_passengers (province, worker_id, trip_id, seat, pickup, dropoff, job_province, job_id)
      SELECT province, worker_id, ${next}::uuid, 1, pickup, dropoff, job_province, job_id FROM trip_passengers WHERE trip_id = ${trip.id}::uuid AND worker_id = ${w.workers.B}::uuid`.execute(db);

    const item = (workerId: string) => ({ id: randomUUID(), tripId: trip.id, workerId, at: '2021-01-06T07:30:00+08:00', identity: 'verified', temperature: 36.5, security: 'passed' });
    const REACH_A: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian'];
    const REACH_B: RoleLogin[] = ['admin', 'shanxi'];
    for (const role of ROLES) {
      const response = await w.request(role, 'POST', '/api/checkins', { deviceId: `phone-${role}`, items: [item(w.workers.A), item(w.workers.B)] });
      if (role === 'anonymous') { expect(response.statusCode).toBe(401); continue; }
      if (role === 'employer' || role === 'worker') { expect(response.statusCode, role).toBe(403); continue; }
      expect(response.statusCode, role).toBe(200);
      const [a, b] = (response.json() as { results: ItemResult[] }).results;
      expect(a.outcome, `${role} A`).toBe(REACH_A.includes(role) ? 'stored' : 'rejected');
      expect(b.outcome, `${role} B`).toBe(REACH_B.includes(role) ? 'stored' : 'rejected');
      if (b.outcome === 'rejected') {
        expect(b.reason, role).toBe('not_on_manifest');
        expect(b.state, role).toBeUndefined();
      }
    }

    // Reading the day: each role counts only the passengers it may see.
    const SEES: Partial<Record<RoleLogin, number>> = { admin: 3, shanxi: 3, lvliang: 1, xingxian: 1, employer: 1, 'checkin-taiyuan': 0, worker: 0 };
    for (const role of ROLES) {
      for (const path of ['reconciliation', 'board', 'overdue']) {
        const response = await w.request(role, 'GET', `/api/campaigns/${w.campaignId}/${path}?date=${DAY}`);
        if (role === 'anonymous') { expect(response.statusCode).toBe(401); continue; }
        expect(response.statusCode, `${role} ${path}`).toBe(200);
        if (path === 'reconciliation') expect((response.json() as Reconciliation).passengers, role).toBe(SEES[role]);
        const other = await w.request(role, 'GET', `/api/campaigns/${w.otherCampaignId}/${path}?date=${DAY}`);
        expect(other.statusCode, `${role} other ${path}`).toBe(role === 'admin' ? 200 : 404);
      }
      // An open stream never ends under inject: only refusals are asked for here, the rest over a socket below.
      if (role === 'admin') continue;
      const stream = await w.request(role, 'GET', `/api/campaigns/${w.otherCampaignId}/board/stream?date=${DAY}`);
      expect(stream.statusCode, `${role} other stream`).toBe(role === 'anonymous' ? 401 : 404);
    }
    const address = await w.app.listen({ port: 0, host: '127.0.0.1' });
    for (const role of ['shanxi', 'checkin-taiyuan'] as const) {
      const controller = new AbortController();
      const response = await fetch(`${address}/api/campaigns/${w.campaignId}/board/stream?date=${DAY}`, { headers: { cookie: w.sessions[role].cookie }, signal: controller.signal });
      expect(response.status, role).toBe(200);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let text = '';
      while (!/data: .*\n\n/.test(text)) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += new TextDecoder().decode(chunk.value);
      }
      const board = JSON.parse(/data: (.*)\n/.exec(text)?.[1] ?? '{}') as { passengers: number };
      expect(board.passengers, role).toBe(SEES[role]);
      controller.abort();
    }

    // The needs-attention list: officers only, each their region's.
    const lists: Partial<Record<RoleLogin, { id: string; workerId: string | null }[]>> = {};
    for (const role of ROLES) {
      const response = await w.request(role, 'GET', `/api/campaigns/${w.campaignId}/needs-attention`);
      if (role === 'anonymous') { expect(response.statusCode).toBe(401); continue; }
      expect(response.statusCode, role).toBe(REACH_A.includes(role) ? 200 : 403);
      if (response.statusCode === 200) lists[role] = (response.json() as { items: { id: string; workerId: string | null }[] }).items;
    }
    expect(lists.shanxi?.length).toBeGreaterThan(0);
    expect(lists.xingxian?.some((i) => i.workerId === w.workers.B)).toBe(false);
    const outside = lists.shanxi?.find((i) => !lists.xingxian?.some((x) => x.id === i.id));
    expect(outside).toBeDefined();
    for (const role of ROLES) {
      if (role === 'shanxi' || role === 'admin') continue;
      const response = await w.request(role, 'POST', `/api/needs-attention/${outside?.id}/resolve`, { resolution: 'x' });
      expect(response.statusCode, role).toBe(role === 'anonymous' ? 401 : role === 'lvliang' ? 200 : REACH_A.includes(role) ? 404 : 403);
      if (role === 'lvliang') break;
    }

    // Departure: officers in reach and the point's own staff; not the employer or a worker.
    const departure = { id: randomUUID(), at: '2021-01-06T08:30:00+08:00', onBoard: 2 };
    for (const role of ['anonymous', 'employer', 'worker', 'checkin-taiyuan', 'lvliang'] as const) {
      const response = await w.request(role, 'POST', `/api/trips/${trip.id}/departure`, departure);
      expect(response.statusCode, role).toBe({ anonymous: 401, employer: 403, worker: 403, 'checkin-taiyuan': 404, lvliang: 200 }[role]);
    }

    // Arrivals: the employer of its own workers, officers; not check-in staff or a worker.
    for (const role of ['anonymous', 'worker', 'checkin-taiyuan', 'employer'] as const) {
      const response = await w.request(role, 'POST', `/api/trips/${trip.id}/arrivals`, {
        deviceId: 'gate', items: [{ id: randomUUID(), workerId: w.workers.A, at: '2021-01-06T18:00:00+08:00', outcome: 'handed_over' }, { id: randomUUID(), workerId: w.workers.B, at: '2021-01-06T18:00:00+08:00', outcome: 'handed_over' }],
      });
      expect(response.statusCode, role).toBe({ anonymous: 401, worker: 403, 'checkin-taiyuan': 403, employer: 200 }[role]);
      if (role === 'employer') {
        const [a, b] = (response.json() as { results: ItemResult[] }).results;
        expect(a).toMatchObject({ outcome: 'stored', state: 'arrived' });
        expect(b).toMatchObject({ outcome: 'rejected', reason: 'not_on_manifest' });
        expect(b.state).toBeUndefined();
      }
    }

    // Rebooking the no-show D (Taiyuan) and cancelling: officers whose region holds D.
    for (const role of ['anonymous', 'employer', 'worker', 'checkin-taiyuan', 'xingxian', 'lvliang', 'shanxi'] as const) {
      const response = await w.request(role, 'POST', `/api/trips/${trip.id}/rebook`, { workerId: w.workers.D, toTripId: next });
      expect(response.statusCode, role).toBe({ anonymous: 401, employer: 403, worker: 403, 'checkin-taiyuan': 403, xingxian: 404, lvliang: 404, shanxi: 200 }[role]);
    }
    for (const role of ['anonymous', 'employer', 'worker', 'checkin-taiyuan', 'xingxian', 'shanxi'] as const) {
      const response = await w.request(role, 'POST', `/api/trips/${next}/cancel`, { workerId: w.workers.D, reason: '本人放弃' });
      expect(response.statusCode, role).toBe({ anonymous: 401, employer: 403, worker: 403, 'checkin-taiyuan': 403, xingxian: 404, shanxi: 200 }[role]);
    }
    const audit = await db.selectFrom('audit_log').select('action').where('action', 'like', 'departure.%').execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(['departure.checkins', 'departure.resolve', 'departure.depart', 'departure.rebook', 'departure.cancel']));
  });

  // After the test above: A's coach leaves from Lüliang's point (A, B on it); a coach of
  // Taiyuan's point is added here with D, who lives in Taiyuan and boards there.
  it(covers('GET /api/checkin/manifest', 'GET /api/trips/{id}/checkin-manifest'), async () => {
    const w = world();
    const db = w.ctx.db;
    const lvliangTrip = await db.selectFrom('trips').select(['id', 'gathering_point_id']).where('status', '=', 'planned').where('departure_date', '=', DAY).executeTakeFirstOrThrow();
    const taiyuan = await db.selectFrom('users').select('gathering_point_id').where('login', '=', 'checkin-taiyuan').executeTakeFirstOrThrow();
    const own = (await sql<{ id: string }>`
      INSERT INTO trips (plan_id, campaign_id, departure_date, number, gathering_point_id, region_code, capacity, spacing, km, cost, stops)
      SELECT plan_id, campaign_id, departure_date, 'TY-01', ${taiyuan.gathering_point_id}::uuid, '140100', capacity, spacing, km, cost, stops FROM trips WHERE id = ${lvliangTrip.id}::uuid
      RETURNING id`.execute(db)).rows[0].id;
    await sql`INSERT INTO trip_passengers (province, worker_id, trip_id, seat, pickup, dropoff, job_province, job_id)
      SELECT '14', ${w.workers.D}::uuid, ${own}::uuid, 5, ${`gp:${taiyuan.gathering_point_id}`}, dropoff, job_province, job_id
      FROM trip_passengers WHERE trip_id = ${lvliangTrip.id}::uuid AND worker_id = ${w.workers.A}::uuid`.execute(db);

    const manifest = (role: RoleLogin, query = '') => w.request(role, 'GET', `/api/checkin/manifest?date=${DAY}${query}`);
    const staff = await manifest('checkin-taiyuan');
    expect(staff.statusCode).toBe(200);
    const body = staff.json() as CheckinManifest;
    expect(body.trips.map((t) => t.id)).toEqual([own]);
    expect(body.passengers.map((p) => p.workerId)).toEqual([w.workers.D]);
    expect(body.gatheringPoint?.id).toBe(taiyuan.gathering_point_id);
    // No plaintext number in the answer; the digest is the trip's keyed one of the real number.
    const number = makeIdNumber('140105', '1995-06-06', 507);
    expect(staff.body).not.toContain(number);
    expect(staff.body).not.toContain('17700000003');
    expect(body.passengers[0].idDigest).toBe(idDigest(tripLookupKey(w.ctx, own), number.toLowerCase()));
    expect(body.trips[0].lookupKey).toBe(tripLookupKey(w.ctx, own).toString('base64url'));

    // Another point, by name or by trip: not found for the staff of this one.
    expect((await manifest('checkin-taiyuan', `&gatheringPointId=${lvliangTrip.gathering_point_id}`)).statusCode).toBe(404);
    expect((await w.request('checkin-taiyuan', 'GET', `/api/trips/${lvliangTrip.id}/checkin-manifest`)).statusCode).toBe(404);
    expect((await w.request('checkin-taiyuan', 'GET', `/api/trips/${own}/checkin-manifest`)).statusCode).toBe(200);

    // Officers: a point they name, only the riders in their reach.
    const at = `&gatheringPointId=${lvliangTrip.gathering_point_id}`;
    const riders = async (role: RoleLogin, query: string) => ((await manifest(role, query)).json() as CheckinManifest).passengers.map((p) => p.workerId).sort();
    // D rode this coach too until rebooked above: still listed, as rebooked.
    expect(await riders('shanxi', at)).toEqual([w.workers.A, w.workers.B, w.workers.D].sort());
    expect(await riders('xingxian', at)).toEqual([w.workers.A]);
    expect((await manifest('lvliang', `&gatheringPointId=${taiyuan.gathering_point_id}`)).statusCode).toBe(404);
    expect((await manifest('admin')).statusCode).toBe(400);
    expect((await w.request('xingxian', 'GET', `/api/trips/${own}/checkin-manifest`)).statusCode).toBe(404);
    expect(((await w.request('shanxi', 'GET', `/api/trips/${own}/checkin-manifest`)).json() as CheckinManifest).passengers).toHaveLength(1);
    for (const [role, status] of [['employer', 403], ['worker', 403], ['anonymous', 401]] as const) {
      expect((await manifest(role, at)).statusCode, role).toBe(status);
      expect((await w.request(role, 'GET', `/api/trips/${own}/checkin-manifest`)).statusCode, role).toBe(status);
    }
  });
});
