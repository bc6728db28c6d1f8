// The check-in phone's manifest: the coaches of one gathering point on one day (or one
// coach), each rider with what the staff must see (name, masked number, seat, destination,
// travel group, state), the boarding QR token the rider carries, and a keyed digest of the
// identity number for typed lookup while offline. No plaintext identity number or phone.
import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { fullName } from '../core/regions.js';
import { inScopePrefix } from '../core/scope.js';
import { splitIsoDate } from '../core/values.js';
import { signBoardingToken } from '../trips/documents/boarding-token.js';
import { boardingSecret } from '../trips/trips.documents.js';
import { assertBoarding } from './access.js';
import { DIGEST_HEX, normaliseIdNumber } from './checkin-lookup.js';
import { loadPassengers, type Passenger } from './departure.repository.js';
import type { CheckinManifest } from './manifest.schema.js';
import { findGatheringPoint, loadManifestPeople } from './manifest.repository.js';
import { tripNotFound } from './departure.service.js';
import { emptyCounts, estimatedArrival, type PassengerState, passengerState } from './state.js';

type Filter = { date?: string; gatheringPointId?: string; tripId?: string };

const pointNotFound = (id: string) => domainError({ code: 'not_found', record: `gathering point ${id}`, zh: '找不到该集合点', en: 'no such gathering point' });

/** The key a trip's digests are made with; sent to the phone with that trip only. */
export function tripLookupKey(ctx: AppContext, tripId: string): Buffer {
  return createHmac('sha256', ctx.vault.subkey('checkin-lookup')).update(`trip:${tripId}`).digest();
}

export function idDigest(key: Buffer, idNumber: string): string {
  return createHmac('sha256', key).update(normaliseIdNumber(idNumber), 'utf8').digest('hex').slice(0, DIGEST_HEX);
}

/** The riders grouped by coach, each coach with its digest key and the count in each state. */
export function byCoach(ctx: AppContext, riders: readonly Passenger[]): { id: string; list: Passenger[]; key: Buffer; counts: Record<PassengerState, number> }[] {
  const groups = new Map<string, Passenger[]>();
  for (const p of riders) groups.set(p.trip_id, [...(groups.get(p.trip_id) ?? []), p]);
  return [...groups.entries()].map(([id, list]) => {
    const counts = emptyCounts();
    for (const p of list) counts[passengerState(p.facts)] += 1;
    return { id, list, key: tripLookupKey(ctx, id), counts };
  });
}

type Stop = { kind?: string; location?: string; name?: string; eta?: string };

function departAt(date: string, stops: unknown, pointId: string | null): string | null {
  const list = Array.isArray(stops) ? (stops as Stop[]) : [];
  const stop = list.find((s) => s.kind === 'pickup' && s.location === `gp:${pointId}`) ?? list[0];
  return stop ? estimatedArrival(date, [stop])?.toISOString() ?? null : null;
}

function destinationOf(stops: unknown): string | null {
  const list = Array.isArray(stops) ? (stops as Stop[]) : [];
  return list.length > 0 ? list[list.length - 1].name ?? null : null;
}

/** Which point a request is about: check-in staff always their own, officers the one they name. */
async function pointOf(ctx: AppContext, actor: Actor, requested: string | undefined, tripGiven: boolean) {
  if (actor.scope.kind === 'gathering') {
    if (requested && requested !== actor.scope.gatheringPointId) throw pointNotFound(requested);
    const point = await findGatheringPoint(ctx.db, actor.scope.gatheringPointId);
    if (!point) throw pointNotFound(actor.scope.gatheringPointId);
    return point;
  }
  if (!requested) {
    if (tripGiven) return undefined;
    throw invalidInput(undefined, 'gatheringPointId', { zh: '请指定集合点（gatheringPointId）', en: 'name the gathering point (gatheringPointId)' });
  }
  const point = await findGatheringPoint(ctx.db, requested);
  if (!point) throw pointNotFound(requested);
  return point;
}

export async function checkinManifest(ctx: AppContext, actor: Actor, filter: Filter): Promise<CheckinManifest> {
  assertBoarding(actor);
  if (filter.date !== undefined && !splitIsoDate(filter.date)) throw invalidInput(undefined, 'date', { zh: '日期格式为 YYYY-MM-DD', en: 'the date is YYYY-MM-DD' });
  if (filter.tripId !== undefined && !isUuid(filter.tripId)) throw tripNotFound(filter.tripId);
  const point = await pointOf(ctx, actor, filter.gatheringPointId, filter.tripId !== undefined);
  const where = sql<boolean>`${filter.date ? sql`t.departure_date = ${filter.date}::date` : sql`true`}
    AND ${point ? sql`tp.pickup = ${`gp:${point.id}`}` : sql`true`}
    AND ${filter.tripId ? sql`t.id = ${filter.tripId}::uuid` : sql`true`}`;
  const riders = await loadPassengers(ctx.db, actor.scope, where);
  if (filter.tripId && riders.length === 0) throw tripNotFound(filter.tripId);
  // An officer outside the point's region who reaches none of its riders learns nothing of it.
  if (point && riders.length === 0 && actor.scope.kind === 'region' && !inScopePrefix(actor.scope.prefix, point.region_code)) throw pointNotFound(point.id);
  const people = new Map((await loadManifestPeople(ctx.db, actor.scope, where)).map((p) => [`${p.trip_id}|${p.worker_id}`, p]));
  const secret = boardingSecret(ctx);
  const coaches = byCoach(ctx, riders);
  const keys = new Map(coaches.map((c) => [c.id, c.key]));

  const trips = coaches.map(({ id, list, counts }) => {
    const first = list[0];
    return {
      id, number: first.number, date: first.departure_date, plate: null, departAt: departAt(first.departure_date, first.stops, point?.id ?? first.gathering_point_id),
      destination: destinationOf(first.stops), departedAt: first.departed_at ? new Date(first.departed_at).toISOString() : null,
      passengers: list.length, counts, lookupKey: (keys.get(id) as Buffer).toString('base64url'),
    };
  });
  const passengers = riders.map((p) => {
    const person = people.get(`${p.trip_id}|${p.worker_id}`);
    const key = keys.get(p.trip_id) as Buffer;
    return {
      tripId: p.trip_id, workerId: p.worker_id, name: person?.name ?? '', idMasked: person?.id_masked ?? '', seat: p.seat,
      destinationName: person ? fullName(person.site_code) ?? person.site_code : null, travelGroup: p.travel_group, state: passengerState(p.facts),
      token: signBoardingToken(secret, { trip: p.trip_id, worker: p.worker_id, seat: p.seat, date: p.departure_date }),
      idDigest: person ? idDigest(key, ctx.vault.decrypt(person.id_enc)) : '',
    };
  });
  await recordAudit(ctx, actor, {
    action: 'checkin.manifest', entity: filter.tripId ? 'trip' : 'gathering_point', entityId: filter.tripId ?? point?.id ?? null,
    regionCode: point?.region_code ?? riders[0]?.point_region ?? '', after: { date: filter.date ?? riders[0]?.departure_date ?? null, trips: trips.length, passengers: passengers.length },
  });
  return {
    serverTime: new Date().toISOString(), date: filter.date ?? riders[0]?.departure_date ?? '', account: { login: actor.login, role: actor.role },
    gatheringPoint: point ? { id: point.id, name: point.name } : null,
    feverThreshold: Number(riders[0]?.fever_threshold ?? point?.fever_threshold ?? 37.3), trips, passengers,
  };
}
