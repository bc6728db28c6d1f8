// Planning stored departure days on both databases: every confirmed worker planned or
// listed with a reason, feasible plans, seats, re-plans that keep people, documents.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TripDetailJson } from '../src/trips/trips.schema.js';
import { allocateCampaign, confirmAllocation } from '../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { validatePlan } from '../src/engines/trips/index.js';
import { verifyBoardingToken } from '../src/trips/documents/boarding-token.js';
import { boardingSecret, tripManifest } from '../src/trips/trips.documents.js';
import { dayInstance, DEFAULT_VEHICLE } from '../src/trips/trips.instance.js';
import { loadDayPassengers, loadGatheringPoints } from '../src/trips/trips.repository.js';
import { planDay } from '../src/trips/trips.service.js';
import { buildServer } from '../src/server.js';
import { describeEachDatabase } from './db.js';
import { as, type Session, signIn } from './session.js';

const DAY = '2021-01-06';

describeEachDatabase('trip planning of a stored campaign', (ctx) => {
  let campaignId = '';
  let app: FastifyInstance;
  let admin: Session;
  beforeAll(async () => {
    const demo = await buildDemo(ctx(), { workers: 700, seed: 31 });
    campaignId = demo.campaign.id;
    await allocateCampaign(ctx(), CLI_ACTOR, campaignId);
    await confirmAllocation(ctx(), CLI_ACTOR, campaignId, {});
    app = await buildServer(ctx(), { printCode: () => undefined });
    admin = await signIn(app, 'admin', demo);
  });
  afterAll(async () => app?.close());

  async function riders() {
    return ctx().db.selectFrom('trip_passengers as tp').innerJoin('trips as t', 't.id', 'tp.trip_id')
      .select(['tp.worker_id', 'tp.seat', 't.number', 't.id as trip', 't.capacity']).where('t.status', '=', 'planned').execute();
  }

  it('plans every confirmed worker of the day onto a feasible coach with a seat', async () => {
    const confirmed = await loadDayPassengers(ctx().db, campaignId, DAY);
    expect(confirmed.length).toBeGreaterThan(100);
    const summary = await planDay(ctx(), CLI_ACTOR, { campaignId, date: DAY });
    expect(summary.passengers + summary.unplanned.length).toBe(confirmed.length);
    expect(summary.cost).toBeLessThanOrEqual(summary.naive.cost);
    expect(summary.coaches).toBeGreaterThanOrEqual(summary.lowerBoundCoaches);
    const seated = await riders();
    expect(seated).toHaveLength(summary.passengers);
    const seatKeys = new Set(seated.map((r) => `${r.trip}#${r.seat}`));
    expect(seatKeys.size).toBe(seated.length);
    expect(seated.every((r) => r.seat >= 1 && r.seat <= r.capacity)).toBe(true);
    // The stored trips are the contract's plan: rebuild and validate them.
    const points = await loadGatheringPoints(ctx().db, campaignId);
    const { instance } = dayInstance(confirmed, points, DEFAULT_VEHICLE);
    const trips = await ctx().db.selectFrom('trips').select(['id', 'stops']).where('status', '=', 'planned').execute();
    const plan = {
      cost: 0, coaches: trips.length, km: 0,
      trips: trips.map((t) => {
        const stops = t.stops as { kind: string; location: string }[];
        return { pickups: stops.filter((s) => s.kind === 'pickup').map((s) => s.location), dropoffs: stops.filter((s) => s.kind === 'dropoff').map((s) => s.location), passengers: seated.filter((r) => r.trip === t.id).map((r) => r.worker_id) };
      }),
    };
    const check = validatePlan(instance, { ...plan, ...(await import('../src/engines/trips/index.js')).costOf(instance, plan.trips) });
    expect(check.violations).toEqual([]);
    const events = await ctx().db.selectFrom('worker_events').select('id').where('type', '=', 'trip_assigned').execute();
    expect(events).toHaveLength(summary.passengers);
  });

  it('re-plans after a withdrawal without moving the others', async () => {
    const before = await riders();
    const leaving = before[0].worker_id;
    const withdraw = await app.inject(as(admin, { method: 'POST', url: `/api/workers/${leaving}/withdraw`, payload: { reason: '家中有事' } }));
    expect(withdraw.statusCode).toBe(200);
    const summary = await planDay(ctx(), CLI_ACTOR, { campaignId, date: DAY });
    expect(summary.changes?.passengersRemoved.map((p) => p.id)).toEqual([leaving]);
    expect(summary.changes?.passengersMoved).toEqual([]);
    const after = await riders();
    expect(after.find((r) => r.worker_id === leaving)).toBeUndefined();
    const was = new Map(before.map((r) => [r.worker_id, `${r.number}#${r.seat}`]));
    for (const r of after) expect(`${r.number}#${r.seat}`).toBe(was.get(r.worker_id));
    // Nobody who stayed got a second "assigned to trip" event.
    const events = await ctx().db.selectFrom('worker_events').select('id').where('type', '=', 'trip_assigned').execute();
    expect(events).toHaveLength(before.length);
  });

  it('halves the seats with alternate spacing', async () => {
    // Riders per coach of the day's saved plan, read back through the API.
    const riders = async (): Promise<number[]> => {
      const list = (await app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${campaignId}/trips?date=${DAY}` }))).json() as { items: { riders: number }[] };
      return list.items.map((t) => t.riders);
    };
    const normal = await planDay(ctx(), CLI_ACTOR, { campaignId, date: DAY });
    expect(normal.lowerBoundCoaches).toBe(Math.ceil(normal.passengers / 50));
    const normalRiders = await riders();
    expect(Math.max(...normalRiders)).toBeLessThanOrEqual(50);
    const spaced = await planDay(ctx(), CLI_ACTOR, { campaignId, date: DAY, spacing: 'alternate' });
    // Whether that takes more coaches depends on how full the normal ones were (most routes
    // here carry a handful): the rule is 25 riders a coach, and the bound follows it.
    expect(spaced.passengers).toBe(normal.passengers);
    expect(spaced.lowerBoundCoaches).toBe(Math.ceil(spaced.passengers / 25));
    expect(spaced.coaches).toBeGreaterThanOrEqual(spaced.lowerBoundCoaches);
    const spacedRiders = await riders();
    expect(spacedRiders).toHaveLength(spaced.coaches);
    expect(Math.max(...spacedRiders)).toBeLessThanOrEqual(25);
    expect(spacedRiders.reduce((a, b) => a + b, 0)).toBe(spaced.passengers);
  });

  it('serves trips, manifests and boarding passes by API, with signed tokens and masked numbers', async () => {
    const list = (await app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${campaignId}/trips?date=${DAY}` }))).json() as { items: { id: string; riders: number }[] };
    expect(list.items.length).toBeGreaterThan(0);
    const tripId = list.items[0].id;
    const trip = (await app.inject(as(admin, { method: 'GET', url: `/api/trips/${tripId}` }))).json() as TripDetailJson;
    expect(trip.passengers.length).toBe(list.items[0].riders);
    expect(trip.stops[0].eta).toBe('07:00');
    // Every stop is placed on the map: Shanxi's gathering points and the sites' county seats.
    for (const stop of trip.stops) {
      expect(stop.lat, stop.location).toBeGreaterThan(18);
      expect(stop.lon, stop.location).toBeGreaterThan(73);
    }
    expect(trip.stops[0].lat).toBeGreaterThan(34.5);
    expect(trip.stops[0].lat).toBeLessThan(40.8);
    expect(trip.seatPlan.usable).toHaveLength(trip.spacing === 'normal' ? trip.capacity : Math.ceil(trip.capacity / 2));
    expect(trip.passengers.every((p) => trip.seatPlan.usable.includes(p.seat) && p.pickupName !== p.pickup)).toBe(true);
    const pdf = await app.inject(as(admin, { method: 'GET', url: `/api/trips/${tripId}/manifest.pdf` }));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await app.inject(as(admin, { method: 'GET', url: `/api/trips/${tripId}/manifest.xlsx` }));
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pass = await app.inject(as(admin, { method: 'GET', url: `/api/trips/${tripId}/passes/${trip.passengers[0].workerId}` }));
    expect(pass.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const manifest = await tripManifest(ctx(), CLI_ACTOR, tripId);
    const claims = verifyBoardingToken(boardingSecret(ctx()), manifest.passengers[0].token);
    expect(claims).toEqual({ trip: tripId, worker: manifest.passengers[0].workerId, seat: manifest.passengers[0].seat, date: DAY });
    expect(manifest.passengers[0].token).not.toContain(manifest.passengers[0].name);
  });
});
