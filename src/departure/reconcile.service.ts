// The day in numbers: reconciliation (every passenger in exactly one state), the live
// board per gathering point and coach, the overdue list, all within the caller's reach.
import { sql } from 'kysely';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { getVisibleCampaign } from '../campaigns/campaigns.service.js';
import { invalidInput } from '../core/errors.js';
import { splitIsoDate } from '../core/values.js';
import { countUnseated, loadPassengers, type Passenger } from './departure.repository.js';
import type { Board, Reconciliation } from './departure.schema.js';
import { countOpenConflicts } from './records.repository.js';
import { emptyCounts, estimatedArrival, isOverdue, type PassengerState, passengerState, STATES } from './state.js';

export type Counted = Passenger & { state: PassengerState; overdue: boolean; eta: Date | null };

/** Every passenger of the campaign's day in reach, with the state, ETA and overdue flag. */
export async function dayOf(ctx: AppContext, actor: Actor, campaignId: string, date: string, now: Date): Promise<Counted[]> {
  if (!splitIsoDate(date)) throw invalidInput('date', 'date', { zh: '日期格式为 YYYY-MM-DD', en: 'the date is YYYY-MM-DD' });
  const campaign = await getVisibleCampaign(ctx, actor.scope, campaignId);
  const rows = await loadPassengers(ctx.db, actor.scope, sql<boolean>`t.campaign_id = ${campaign.id}::uuid AND t.departure_date = ${date}::date`);
  return rows.map((p) => {
    const state = passengerState(p.facts);
    const eta = estimatedArrival(p.departure_date, p.stops);
    return { ...p, state, eta, overdue: isOverdue(state, eta, p.arrival_window_minutes, now) };
  });
}

export async function reconcile(ctx: AppContext, actor: Actor, campaignId: string, date: string, now = new Date()): Promise<Reconciliation> {
  const day = await dayOf(ctx, actor, campaignId, date, now);
  const states = emptyCounts();
  const seen = new Set<string>();
  let unaccounted = 0;
  for (const p of day) {
    const key = `${p.trip_id}|${p.province}|${p.worker_id}`;
    // A pair counted twice, or a state outside the list, is a defect the number must show.
    if (seen.has(key) || !STATES.includes(p.state)) unaccounted += 1;
    seen.add(key);
    states[p.state] += 1;
  }
  const prefix = actor.scope.kind === 'region' ? actor.scope.prefix : '-';
  unaccounted += await countUnseated(ctx.db, actor.scope, campaignId, date);
  return {
    date, trips: new Set(day.map((p) => p.trip_id)).size, passengers: seen.size, states,
    overdue: day.filter((p) => p.overdue).length, conflicts: prefix === '-' ? 0 : await countOpenConflicts(ctx.db, prefix, campaignId, date), unaccounted,
  };
}

export async function board(ctx: AppContext, actor: Actor, campaignId: string, date: string, now = new Date()): Promise<Board> {
  const day = await dayOf(ctx, actor, campaignId, date, now);
  const total = { passengers: 0, counts: emptyCounts(), overdue: 0 };
  const points = new Map<string, Board['points'][number]>();
  const trips = new Map<string, Board['points'][number]['trips'][number]>();
  for (const p of day) {
    const pointKey = p.gathering_point_id ?? '';
    let point = points.get(pointKey);
    if (!point) {
      point = { gatheringPointId: p.gathering_point_id, name: p.point_name, regionCode: p.point_region, passengers: 0, counts: emptyCounts(), overdue: 0, trips: [] };
      points.set(pointKey, point);
    }
    let trip = trips.get(p.trip_id);
    if (!trip) {
      trip = {
        tripId: p.trip_id, number: p.number, departedAt: p.facts.departedAt?.toISOString() ?? null, estimatedArrival: p.eta?.toISOString() ?? null,
        passengers: 0, counts: emptyCounts(), overdue: 0,
      };
      trips.set(p.trip_id, trip);
      point.trips.push(trip);
    }
    for (const bucket of [total, point, trip]) {
      bucket.passengers += 1;
      bucket.counts[p.state] += 1;
      if (p.overdue) bucket.overdue += 1;
    }
  }
  return { date, campaignId, ...total, points: [...points.values()].sort((a, b) => (a.regionCode ?? '').localeCompare(b.regionCode ?? '')) };
}

export async function overdueList(ctx: AppContext, actor: Actor, campaignId: string, date: string, now = new Date()) {
  const day = await dayOf(ctx, actor, campaignId, date, now);
  return {
    items: day.filter((p) => p.overdue).map((p) => ({
      tripId: p.trip_id, number: p.number, workerId: p.worker_id, regionCode: p.region_code, estimatedArrival: p.eta?.toISOString() ?? null,
    })),
  };
}
