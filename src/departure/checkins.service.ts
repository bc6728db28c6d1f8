// POST /api/checkins: each item on its own. The outcome of an item depends only on what is
// stored, so a phone that resends a batch (or a second phone relaying it) changes nothing.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { announceChange, assertBoarding, chinaDay, contentHash, instant, isManager, writerOf } from './access.js';
import { sql } from 'kysely';
import { isUuid } from '../core/ids.js';
import { findCheckin, findCheckins, findTripInReach, loadPassenger, loadPassengers, loadWorkerTrips, type Passenger } from './departure.repository.js';
import { checkinItem, type ItemResult } from './departure.schema.js';
import { insertCheckins, insertRejection, type NewCheckin, type WriterRef } from './records.repository.js';
import { failReason, passengerState } from './state.js';

type Batch = { deviceId: string; items: Record<string, unknown>[] };

const HELD = new Set(['checked_in', 'departed', 'arrived', 'absent_at_arrival']);

function text(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, 100) : null;
}

export async function recordCheckins(ctx: AppContext, actor: Actor, batch: Batch): Promise<{ serverTime: string; results: ItemResult[] }> {
  assertBoarding(actor);
  const by = writerOf(actor, batch.deviceId);
  const results: ItemResult[] = [];
  const campaigns = new Set<string>();
  const known = await prefetch(ctx, actor, batch.items);
  for (const raw of batch.items) results.push(await one(ctx, actor, by, raw, campaigns, known));
  // The batch's new records go in together; a record another request stored in between is
  // answered as if it had come first (same content: duplicate, other content: id_reuse).
  const stored = await insertCheckins(ctx.db, known.pending, by);
  for (const record of known.pending) {
    if (stored.has(record.id)) continue;
    const again = await findCheckin(ctx.db, record.id);
    for (const result of results) {
      if (result.id !== record.id || result.outcome !== 'stored') continue;
      if (again?.content_hash === record.contentHash) result.outcome = 'duplicate';
      else Object.assign(result, { outcome: 'rejected', reason: 'id_reuse', state: undefined });
    }
  }
  for (const id of campaigns) announceChange(id);
  if (isManager(actor) && batch.items.length > 0) {
    const count = (o: string) => results.filter((r) => r.outcome === o).length;
    await recordAudit(ctx, actor, {
      action: 'departure.checkins', entity: 'device', entityId: batch.deviceId, regionCode: actor.scope.kind === 'region' ? actor.scope.prefix : '',
      after: { items: batch.items.length, stored: count('stored'), duplicate: count('duplicate'), rejected: count('rejected') },
    });
  }
  return { serverTime: new Date().toISOString(), results };
}

// What a batch needs, read in three queries instead of several per item: the stored
// records with these ids, and every coach of every worker named (for wrong_trip and
// conflict). Items of the same batch then see each other through these maps.
type Known = { hashes: Map<string, string>; byWorker: Map<string, Passenger[]>; pending: NewCheckin[] };

async function prefetch(ctx: AppContext, actor: Actor, items: readonly Record<string, unknown>[]): Promise<Known> {
  const uuids = (key: string) => [...new Set(items.map((i) => i[key]).filter((v): v is string => typeof v === 'string' && isUuid(v)))];
  const ids = uuids('id');
  const hashes = new Map((await findCheckins(ctx.db, ids)).map((r) => [r.id, r.content_hash]));
  const seated = await loadPassengers(ctx.db, actor.scope, sql<boolean>`tp.trip_id = ANY(${uuids('tripId')}::uuid[]) AND tp.worker_id = ANY(${uuids('workerId')}::uuid[])`);
  const pairs = new Set(seated.map((p) => `${p.province}|${p.worker_id}`));
  // Two arrays, not a row-value IN over unnest: the planner then finds the rows by the
  // primary key (province, worker_id, …) instead of joining every passenger of the day
  // (42 ms against 0.5 ms at 5,000 passengers). A pair the arrays cross-match is dropped.
  const all = pairs.size === 0 ? [] : (await loadPassengers(ctx.db, actor.scope,
    sql<boolean>`tp.province = ANY(${[...new Set(seated.map((p) => p.province))]}::text[]) AND tp.worker_id = ANY(${[...new Set(seated.map((p) => p.worker_id))]}::uuid[])`))
    .filter((p) => pairs.has(`${p.province}|${p.worker_id}`));
  const byWorker = new Map<string, Passenger[]>();
  for (const p of all) byWorker.set(p.worker_id, [...(byWorker.get(p.worker_id) ?? []), p]);
  return { hashes, byWorker, pending: [] };
}

async function one(ctx: AppContext, actor: Actor, by: WriterRef, raw: Record<string, unknown>, campaigns: Set<string>, known: Known): Promise<ItemResult> {
  const rawId = text(raw.id) ?? '';
  const reject = async (reason: string, extra: { field?: string; passenger?: Passenger; rightTripId?: string; tripId?: string | null }): Promise<ItemResult> => {
    const p = extra.passenger;
    const tripId = extra.tripId ?? text(raw.tripId);
    const uuidOrNull = (v: string | null | undefined) => (v && /^[0-9a-f-]{36}$/i.test(v) ? v : null);
    // Someone on no manifest is filed under the coach the phone named, when the caller sees it.
    const trip = p || !uuidOrNull(tripId) ? undefined : await findTripInReach(ctx.db, actor.scope, tripId as string);
    await insertRejection(ctx.db, {
      kind: 'checkin', recordId: rawId || `(none)@${by.deviceId}`, reason, field: extra.field ?? null, campaignId: p?.campaign_id ?? trip?.campaign_id ?? null,
      date: p?.departure_date ?? trip?.departure_date ?? null, tripId: uuidOrNull(tripId), rightTripId: extra.rightTripId ?? null, province: p?.province ?? null,
      workerId: p?.worker_id ?? null, regionCode: p?.region_code ?? trip?.region_code ?? '', at: text(raw.at), payload: raw,
    }, by);
    return {
      id: rawId, outcome: 'rejected', reason, ...(extra.field && { field: extra.field }),
      ...(p && reason !== 'wrong_trip' && { state: passengerState(p.facts) }),
      ...((extra.rightTripId ?? tripId) && { tripId: extra.rightTripId ?? tripId ?? undefined }),
    };
  };

  const parsed = checkinItem.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'item');
    // An invalid record whose passenger is known is filed against them, for the officer's list.
    const known = typeof raw.tripId === 'string' && typeof raw.workerId === 'string'
      ? await loadPassenger(ctx.db, actor.scope, raw.tripId, raw.workerId) : undefined;
    return reject('invalid', { field, passenger: known });
  }
  const item = parsed.data;
  const at = instant(item.at);
  const hash = contentHash([item.tripId, item.workerId, at, item.identity, Math.round(item.temperature * 10), item.security]);
  const existingHash = known.hashes.get(item.id);
  const coaches = known.byWorker.get(item.workerId);
  const passenger = coaches ? coaches.find((p) => p.trip_id === item.tripId) : await loadPassenger(ctx.db, actor.scope, item.tripId, item.workerId);
  if (existingHash !== undefined) {
    if (existingHash === hash && passenger) return { id: item.id, outcome: 'duplicate', state: passengerState(passenger.facts), tripId: item.tripId };
    if (existingHash !== hash) return reject('id_reuse', { passenger });
    return reject('not_on_manifest', {});
  }
  if (!passenger || passenger.change) {
    // The worker's coach of the same day, when the caller may see it.
    const trip = await findTripInReach(ctx.db, actor.scope, item.tripId);
    const day = trip?.departure_date ?? passenger?.departure_date ?? chinaDay(at);
    const theirs = (await loadWorkerTrips(ctx.db, actor.scope, item.workerId))
      .filter((p) => p.departure_date === day && !p.change && p.trip_id !== item.tripId);
    if (theirs.length > 0) return reject('wrong_trip', { passenger: theirs[0], rightTripId: theirs[0].trip_id, tripId: item.tripId });
    return reject('not_on_manifest', { passenger });
  }
  const departedAt = passenger.facts.departedAt;
  if (departedAt && at > departedAt.getTime()) return reject('trip_departed', { passenger });
  // Already boarding or gone on another coach: never last-write-wins, an officer decides.
  const others = (coaches ?? await loadWorkerTrips(ctx.db, actor.scope, item.workerId, passenger.province)).filter((p) => p.trip_id !== item.tripId);
  if (others.some((p) => HELD.has(passengerState(p.facts)))) return reject('conflict', { passenger });

  const reason = failReason(item, Number(passenger.fever_threshold));
  known.pending.push({
    id: item.id, tripId: item.tripId, province: passenger.province, workerId: item.workerId, campaignId: passenger.campaign_id, at: item.at,
    identity: item.identity, temperature: item.temperature, security: item.security, passed: reason === null, failReason: reason,
    contentHash: hash, tripNumber: passenger.number,
  });
  campaigns.add(passenger.campaign_id);
  // The set as read plus this record: no second read on the hot path; later items of the
  // batch see it too.
  passenger.facts = { ...passenger.facts, checkins: [...passenger.facts.checkins, { at: new Date(at), passed: reason === null }] };
  known.hashes.set(item.id, hash);
  const state = passengerState(passenger.facts);
  return { id: item.id, outcome: 'stored', state, tripId: item.tripId, ...(reason && { reason }) };
}
