// Departure day on both databases, against the contract (shared/spec/departure.md):
// check-in outcomes and reasons, departure, late sync, rebooking with travel groups,
// cancelling, arrivals, overdue, reconciliation, board and its event stream, the
// needs-attention list, audit and journey.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allocateCampaign, confirmAllocation } from '../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { reconcile } from '../src/departure/reconcile.service.js';
import type { Board, ItemResult, Reconciliation } from '../src/departure/departure.schema.js';
import { planDay } from '../src/trips/trips.service.js';
import { buildServer } from '../src/server.js';
import { describeEachDatabase } from './db.js';
import { addUser } from '../src/auth/users.service.js';
import { as, type Session, signIn, TEST_PASSWORD } from './session.js';

const DAY = '2021-01-06';
const NEXT = '2021-01-07';

type Rider = { trip_id: string; worker_id: string; gathering_point_id: string | null; region_code: string };

describeEachDatabase('departure day', (ctx) => {
  let campaignId = '';
  let app: FastifyInstance;
  let admin: Session;
  let staff: Session;
  let trip = '';
  let riders: string[] = [];
  let otherTrip = '';
  let otherRider = '';
  let nextTrip = '';

  beforeAll(async () => {
    const demo = await buildDemo(ctx(), { workers: 700, seed: 31 });
    campaignId = demo.campaign.id;
    await allocateCampaign(ctx(), CLI_ACTOR, campaignId);
    await confirmAllocation(ctx(), CLI_ACTOR, campaignId, {});
    await planDay(ctx(), CLI_ACTOR, { campaignId, date: DAY });
    // A second day to rebook onto: the same people re-planned would move, so plan it empty-handed
    // by copying one coach of the first day onto the next (a fresh trip row, no riders yet).
    app = await buildServer(ctx(), { printCode: () => undefined });
    admin = await signIn(app, 'admin', demo);
    // The fullest coach of the day, and a check-in account of its gathering point.
    const rows = (await sql<Rider & { n: number }>`
      SELECT tp.trip_id, tp.worker_id, t.gathering_point_id, t.region_code, count(*) OVER (PARTITION BY tp.trip_id)::int AS n
      FROM trip_passengers tp JOIN trips t ON t.id = tp.trip_id
      WHERE t.status = 'planned' AND tp.pickup = 'gp:' || t.gathering_point_id::text ORDER BY n DESC, tp.trip_id, tp.seat`.execute(ctx().db)).rows
      .filter((r, _, all) => r.gathering_point_id === all[0].gathering_point_id);
    await addUser(ctx(), CLI_ACTOR, { role: 'checkin', name: '检录员', login: 'checkin-big', password: TEST_PASSWORD, gatheringPointId: rows[0].gathering_point_id ?? '' });
    staff = await signIn(app, 'checkin-big', TEST_PASSWORD);
    trip = rows[0].trip_id;
    riders = rows.filter((r) => r.trip_id === trip).map((r) => r.worker_id);
    expect(riders.length).toBeGreaterThanOrEqual(8);
    const other = rows.find((r) => r.trip_id !== trip);
    if (!other) throw new Error('need a second Taiyuan coach');
    otherTrip = other.trip_id;
    otherRider = other.worker_id;
    const copy = await sql<{ id: string }>`
      INSERT INTO trips (plan_id, campaign_id, departure_date, number, gathering_point_id, region_code, capacity, spacing, km, cost, stops)
      SELECT plan_id, campaign_id, ${NEXT}::date, number || '-next', gathering_point_id, region_code, capacity, spacing, km, cost, stops
      FROM trips WHERE id = ${otherTrip}::uuid RETURNING id`.execute(ctx().db);
    nextTrip = copy.rows[0].id;
    // The next-day coach needs a rider for scoped reads: one seat taken by a placeholder passenger.
    await sql`INSERT INTO trip_passengers (province, worker_id, trip_id, seat, pickup, dropoff, job_province, job_id)
      SELECT province, worker_id, ${nextTrip}::uuid, 1, pickup, dropoff, job_province, job_id FROM trip_passengers
      WHERE trip_id = ${otherTrip}::uuid AND worker_id = ${otherRider}::uuid`.execute(ctx().db);
  });
  afterAll(async () => app?.close());

  const post = (who: Session, url: string, payload: object) => app.inject(as(who, { method: 'POST', url, payload }));
  const checkin = (workerId: string, fields: Partial<{ at: string; temperature: number; identity: string; security: string; tripId: string; id: string }> = {}) => ({
    id: fields.id ?? randomUUID(), tripId: fields.tripId ?? trip, workerId, at: fields.at ?? '2021-01-06T07:41:12+08:00',
    identity: fields.identity ?? 'verified', temperature: fields.temperature ?? 36.6, security: fields.security ?? 'passed',
  });
  const send = async (items: object[], who = staff, deviceId = 'phone-07') => {
    const response = await post(who, '/api/checkins', { deviceId, items });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { serverTime: string; results: ItemResult[] };
  };
  const recon = async () => (await app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${campaignId}/reconciliation?date=${DAY}` }))).json() as Reconciliation;

  it('answers every check-in item on its own: stored, duplicate and each rejection', async () => {
    const pass = checkin(riders[0]);
    const fever = checkin(riders[1], { temperature: 37.3 });
    const mismatch = checkin(riders[2], { identity: 'mismatch', temperature: 38.5, security: 'failed' });
    const hot = checkin(riders[3], { temperature: 43.5 });
    const reused = { ...pass, temperature: 36.8 };
    const stranger = checkin(riders[4], { tripId: otherTrip });
    const wrong = checkin(otherRider);
    const { serverTime, results } = await send([pass, fever, mismatch, hot, pass, reused, stranger, wrong]);
    expect(Math.abs(Date.parse(serverTime) - Date.now())).toBeLessThan(60_000);
    expect(results.map((r) => r.id)).toEqual([pass.id, fever.id, mismatch.id, hot.id, pass.id, pass.id, stranger.id, wrong.id]);
    expect(results[0]).toMatchObject({ outcome: 'stored', state: 'checked_in', tripId: trip });
    expect(results[1]).toMatchObject({ outcome: 'stored', state: 'refused', reason: 'fever' });
    expect(results[2]).toMatchObject({ outcome: 'stored', state: 'refused', reason: 'identity' });
    expect(results[3]).toMatchObject({ outcome: 'rejected', reason: 'invalid', field: 'temperature' });
    expect(results[4]).toMatchObject({ outcome: 'duplicate', state: 'checked_in' });
    expect(results[5]).toMatchObject({ outcome: 'rejected', reason: 'id_reuse' });
    // riders[4] rides `trip`, not `otherTrip`: sent to the right coach of the day.
    expect(results[6]).toMatchObject({ outcome: 'rejected', reason: 'wrong_trip', tripId: trip });
    expect(results[7]).toMatchObject({ outcome: 'rejected', reason: 'wrong_trip', tripId: otherTrip });
    const stored = await sql<{ n: number; received: number }>`SELECT count(*)::int AS n, count(received_at)::int AS received FROM checkin_records`.execute(ctx().db);
    expect(stored.rows[0]).toEqual({ n: 3, received: 3 });
    const kept = await sql<{ at: Date }>`SELECT at FROM checkin_records WHERE id = ${pass.id}::uuid`.execute(ctx().db);
    expect(new Date(kept.rows[0].at).toISOString()).toBe('2021-01-05T23:41:12.000Z');
    // A re-check after the fever that passes boards them.
    const recheck = await send([checkin(riders[1], { temperature: 36.9, at: '2021-01-06T07:55:00+08:00' })]);
    expect(recheck.results[0]).toMatchObject({ outcome: 'stored', state: 'checked_in' });
    // Not on any coach of the day at all.
    const nobody = await send([checkin(randomUUID())]);
    expect(nobody.results[0]).toMatchObject({ outcome: 'rejected', reason: 'not_on_manifest' });
  });

  it('lists every rejected record for officers with device, account and both times, until resolved', async () => {
    const list = await app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${campaignId}/needs-attention` }));
    expect(list.statusCode, list.body).toBe(200);
    const items = (list.json() as { items: { id: string; reason: string; deviceId: string; account: string; at: string; receivedAt: string; field: string | null; rightTripId: string | null }[] }).items;
    expect(items.map((i) => i.reason).sort()).toEqual(['id_reuse', 'invalid', 'not_on_manifest', 'wrong_trip', 'wrong_trip']);
    for (const item of items) {
      expect(item.deviceId).toBe('phone-07');
      expect(item.account).toBe('checkin-big');
      expect(item.at).toBe('2021-01-06T07:41:12+08:00');
      expect(Date.parse(item.receivedAt)).toBeGreaterThan(Date.parse('2026-01-01'));
    }
    expect(items.find((i) => i.reason === 'invalid')?.field).toBe('temperature');
    // Staff cannot read or resolve the list.
    expect((await app.inject(as(staff, { method: 'GET', url: `/api/campaigns/${campaignId}/needs-attention` }))).statusCode).toBe(403);
    const first = items[0].id;
    const resolved = await post(admin, `/api/needs-attention/${first}/resolve`, { resolution: '已核实，设备误扫 / a mis-scan' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect((await post(admin, `/api/needs-attention/${first}/resolve`, { resolution: 'again' })).statusCode).toBe(409);
    const open = (await app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${campaignId}/needs-attention?status=open` }))).json() as { items: unknown[] };
    expect(open.items).toHaveLength(items.length - 1);
    const audit = await ctx().db.selectFrom('audit_log').select('action').where('action', '=', 'departure.resolve').execute();
    expect(audit).toHaveLength(1);
  });

  it('departs once: checked_in → departed, expected → no_show, refused stays; late records before it count', async () => {
    const departure = { id: randomUUID(), at: '2021-01-06T08:30:00+08:00', onBoard: 3 };
    const response = await post(staff, `/api/trips/${trip}/departure`, departure);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { outcome: string; departed: number; counts: Record<string, number>; mismatch: boolean; difference: number };
    expect(body).toMatchObject({ outcome: 'stored', departed: 2, mismatch: true, difference: 1 });
    // The coach may also pick up at another point: the counts are the whole coach's.
    const aboard = await ctx().db.selectFrom('trip_passengers').select('worker_id').where('trip_id', '=', trip).execute();
    expect(body.counts).toMatchObject({ departed: 2, refused: 1, no_show: aboard.length - 3 });
    expect((await post(staff, `/api/trips/${trip}/departure`, departure)).json()).toMatchObject({ outcome: 'duplicate', departed: 2 });
    expect((await post(staff, `/api/trips/${trip}/departure`, { ...departure, id: randomUUID() })).json()).toMatchObject({ outcome: 'rejected', reason: 'already_departed' });
    // A phone that was offline for an hour: made before the departure, synced after.
    const late = await send([checkin(riders[5], { at: '2021-01-06T08:10:00+08:00' }), checkin(riders[6], { at: '2021-01-06T08:31:00+08:00' })], staff, 'phone-03');
    expect(late.results[0]).toMatchObject({ outcome: 'stored', state: 'departed' });
    expect(late.results[1]).toMatchObject({ outcome: 'rejected', reason: 'trip_departed', state: 'no_show' });
    const r = await recon();
    expect(r.states.departed).toBe(3);
    expect(r.unaccounted).toBe(0);
  });

  it('rebooks a no-show with their travel group onto another day, seated together, and cancels another', async () => {
    const [a, b] = [riders[6], riders[7]];
    await sql`UPDATE workers SET travel_group = 'household-1' WHERE id IN (${a}::uuid, ${b}::uuid)`.execute(ctx().db);
    const rebooked = await post(admin, `/api/trips/${trip}/rebook`, { workerId: a, toTripId: nextTrip });
    expect(rebooked.statusCode, rebooked.body).toBe(200);
    const moved = (rebooked.json() as { moved: { workerId: string; seat: number }[] }).moved;
    expect(moved.map((m) => m.workerId).sort()).toEqual([a, b].sort());
    const seats = moved.map((m) => m.seat).sort((x, y) => x - y);
    expect(seats[1] - seats[0]).toBe(1);
    // Rebooked here, expected there: a check-in on the old coach is sent to the new one only on its day.
    const there = await ctx().db.selectFrom('trip_passengers').select('seat').where('trip_id', '=', nextTrip).execute();
    expect(there).toHaveLength(3);
    expect((await post(admin, `/api/trips/${trip}/rebook`, { workerId: a, toTripId: nextTrip })).statusCode).toBe(409);
    // A departed passenger cannot be rebooked.
    expect((await post(admin, `/api/trips/${trip}/rebook`, { workerId: riders[0], toTripId: nextTrip })).statusCode).toBe(409);
    const cancelled = await post(admin, `/api/trips/${otherTrip}/cancel`, { workerId: otherRider, reason: '身体不适 / ill' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const r = await recon();
    expect(r.states.rebooked).toBe(2);
    expect(r.states.cancelled).toBe(1);
    expect(Object.values(r.states).reduce((x, y) => x + y, 0)).toBe(r.passengers);
    expect(r.unaccounted).toBe(0);
    const journey = await ctx().db.selectFrom('worker_events').select(['type', 'device', 'actor']).where('worker_id', '=', a).orderBy('id').execute();
    expect(journey.map((e) => e.type)).toEqual(expect.arrayContaining(['trip_assigned', 'no_show', 'rebooked_to']));
    const audit = await ctx().db.selectFrom('audit_log').select('action').where('action', 'in', ['departure.rebook', 'departure.cancel']).execute();
    expect(audit.map((x) => x.action).sort()).toEqual(['departure.cancel', 'departure.rebook']);
  });

  it('records a conflict when the worker is already checked in on another coach, and never overwrites', async () => {
    // A worker left on two coaches of the day (a planning slip): the second check-in is for an officer.
    const dup = riders[0];
    await sql`INSERT INTO trip_passengers (province, worker_id, trip_id, seat, pickup, dropoff, job_province, job_id)
      SELECT province, worker_id, ${otherTrip}::uuid, 49, pickup, dropoff, job_province, job_id FROM trip_passengers
      WHERE trip_id = ${trip}::uuid AND worker_id = ${dup}::uuid`.execute(ctx().db);
    const result = await send([checkin(dup, { tripId: otherTrip })]);
    expect(result.results[0]).toMatchObject({ outcome: 'rejected', reason: 'conflict' });
    expect((await recon()).conflicts).toBe(1);
    await sql`DELETE FROM trip_passengers WHERE trip_id = ${otherTrip}::uuid AND worker_id = ${dup}::uuid`.execute(ctx().db);
  });

  it('hands over departed passengers at the gate: a later handed_over wins, overdue after the window', async () => {
    const items = [
      { id: randomUUID(), workerId: riders[0], at: '2021-01-06T15:00:00+08:00', outcome: 'handed_over' },
      { id: randomUUID(), workerId: riders[1], at: '2021-01-06T15:00:00+08:00', outcome: 'absent' },
      { id: randomUUID(), workerId: riders[1], at: '2021-01-06T15:20:00+08:00', outcome: 'handed_over' },
      { id: randomUUID(), workerId: riders[2], at: '2021-01-06T15:00:00+08:00', outcome: 'handed_over' },
    ];
    const response = await post(admin, `/api/trips/${trip}/arrivals`, { deviceId: 'gate-1', items: [items[2], items[0], items[1], items[3], items[0]] });
    expect(response.statusCode, response.body).toBe(200);
    const results = (response.json() as { results: ItemResult[] }).results;
    expect(results.map((r) => r.outcome)).toEqual(['stored', 'stored', 'stored', 'rejected', 'duplicate']);
    expect(results[2].state).toBe('arrived');
    expect(results[3].reason).toBe('not_departed');
    const later = await reconcile(ctx(), CLI_ACTOR, campaignId, DAY, new Date('2021-01-08T00:00:00Z'));
    // riders[5] departed (late sync) and nobody handed them over: overdue long after arrival.
    expect(later.overdue).toBeGreaterThanOrEqual(1);
    const atArrival = await reconcile(ctx(), CLI_ACTOR, campaignId, DAY, new Date('2021-01-06T00:00:00Z'));
    expect(atArrival.overdue).toBe(0);
    const r = await recon();
    expect(r.states.arrived).toBe(2);
    expect(r.unaccounted).toBe(0);
  });

  it('shows the same numbers on the board, per point and coach, and streams changes', async () => {
    const response = await app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${campaignId}/board?date=${DAY}` }));
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json() as Board;
    const r = await recon();
    expect(board.passengers).toBe(r.passengers);
    expect(board.counts).toEqual(r.states);
    const sum = board.points.reduce((n, p) => n + p.passengers, 0);
    expect(sum).toBe(r.passengers);
    for (const p of board.points) expect(p.trips.reduce((n, t) => n + t.passengers, 0)).toBe(p.passengers);

    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const stream = await fetch(`${address}/api/campaigns/${campaignId}/board/stream?date=${DAY}`, { headers: { cookie: admin.cookie }, signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    const readUntil = async (events: number) => {
      while ((text.match(/event: board/g) ?? []).length < events) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    };
    await readUntil(1);
    const started = Date.now();
    const fresh = await send([checkin(otherRider, { tripId: nextTrip, at: '2021-01-07T07:00:00+08:00' })]);
    expect(fresh.results[0].outcome).toBe('stored');
    // A change on another day of the campaign: this day's board is the same, so
    // send a change of this day too.
    await send([checkin(riders[3], { at: '2021-01-06T08:00:00+08:00', id: randomUUID() })]);
    await readUntil(2);
    expect(Date.now() - started).toBeLessThan(5000);
    const events = text.split('\n\n').filter((e) => e.includes('event: board'));
    expect(events[0]).toMatch(/^(retry: \d+\n\n)?id: 1/m);
    const second = JSON.parse(events[1].split('data: ')[1]) as Board;
    expect(second.counts.departed).toBe(r.states.departed + 1);
    controller.abort();
  });

  it('reconciles every passenger of the day into exactly one state', async () => {
    const r = await recon();
    const planned = await sql<{ n: number }>`SELECT count(*)::int AS n FROM trip_passengers tp JOIN trips t ON t.id = tp.trip_id
      WHERE t.status = 'planned' AND t.departure_date = ${DAY}::date`.execute(ctx().db);
    expect(r.passengers).toBe(planned.rows[0].n);
    expect(Object.values(r.states).reduce((x, y) => x + y, 0)).toBe(r.passengers);
    expect(r.unaccounted).toBe(0);
    expect(Object.keys(r)).toEqual(['date', 'trips', 'passengers', 'states', 'overdue', 'conflicts', 'unaccounted']);
    expect(Object.keys(r.states)).toEqual(['expected', 'checked_in', 'refused', 'departed', 'no_show', 'arrived', 'absent_at_arrival', 'rebooked', 'cancelled']);
    // Check-in staff see only their point's riders.
    const mine = (await app.inject(as(staff, { method: 'GET', url: `/api/campaigns/${campaignId}/reconciliation?date=${DAY}` }))).json() as Reconciliation;
    expect(mine.passengers).toBeGreaterThan(0);
    expect(mine.passengers).toBeLessThan(r.passengers);
  });
});
