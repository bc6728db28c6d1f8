// The arrivals desk's manifest (GET /api/arrivals/manifest): the coaches of a departure day
// bringing the caller's people, each rider with name, masked number, seat and state, and a
// keyed digest of the identity number for typed lookup offline, like the check-in manifest.
// Reach is the rider predicate: an employer gets only the riders bound for its vacancies.
import { sql } from 'kysely';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { fullName } from '../core/regions.js';
import { assertArrival } from './access.js';
import { loadPassengers } from './departure.repository.js';
import { tripNotFound } from './departure.service.js';
import { byCoach, idDigest } from './manifest.service.js';
import { loadManifestPeople } from './manifest.repository.js';
import type { ArrivalManifest } from './manifest.schema.js';
import { estimatedArrival, isOverdue, passengerState } from './state.js';

type Stop = { name?: string };

function destinationOf(stops: unknown): string | null {
  const list = Array.isArray(stops) ? (stops as Stop[]) : [];
  return list.length > 0 ? list[list.length - 1].name ?? null : null;
}

export async function arrivalManifest(ctx: AppContext, actor: Actor, filter: { date: string; tripId?: string }, now = new Date()): Promise<ArrivalManifest> {
  assertArrival(actor);
  const where = sql<boolean>`t.departure_date = ${filter.date}::date AND ${filter.tripId ? sql`t.id = ${filter.tripId}::uuid` : sql`true`}`;
  const riders = await loadPassengers(ctx.db, actor.scope, where);
  if (filter.tripId && riders.length === 0) throw tripNotFound(filter.tripId);
  const people = new Map((await loadManifestPeople(ctx.db, actor.scope, where)).map((p) => [`${p.trip_id}|${p.worker_id}`, p]));
  const coaches = byCoach(ctx, riders);
  const keys = new Map(coaches.map((c) => [c.id, c.key]));

  const trips = coaches.map(({ id, list, counts }) => {
    const first = list[0];
    return {
      id, number: first.number, date: first.departure_date, pointName: first.point_name, destination: destinationOf(first.stops),
      departedAt: first.departed_at ? new Date(first.departed_at).toISOString() : null,
      estimatedArrival: estimatedArrival(first.departure_date, first.stops)?.toISOString() ?? null,
      passengers: list.length, counts, lookupKey: (keys.get(id) as Buffer).toString('base64url'),
    };
  });
  const passengers = riders.map((p) => {
    const person = people.get(`${p.trip_id}|${p.worker_id}`);
    const state = passengerState(p.facts);
    return {
      tripId: p.trip_id, workerId: p.worker_id, name: person?.name ?? p.name, idMasked: person?.id_masked ?? p.id_masked, seat: p.seat,
      destinationName: person ? fullName(person.site_code) ?? person.site_code : null, travelGroup: p.travel_group, state,
      overdue: isOverdue(state, estimatedArrival(p.departure_date, p.stops), p.arrival_window_minutes, now),
      idDigest: person ? idDigest(keys.get(p.trip_id) as Buffer, ctx.vault.decrypt(person.id_enc)) : '',
    };
  });
  await recordAudit(ctx, actor, {
    action: 'arrival.manifest', entity: filter.tripId ? 'trip' : 'day', entityId: filter.tripId ?? null,
    regionCode: riders[0]?.point_region ?? '', after: { date: filter.date, trips: trips.length, passengers: passengers.length },
  });
  return { serverTime: now.toISOString(), date: filter.date, account: { login: actor.login, role: actor.role }, trips, passengers };
}
