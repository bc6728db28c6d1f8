// Officers' rebooking and cancelling. A rebooked passenger keeps their old row (state
// `rebooked`) and gets a seat on the new coach by the seat rules, travelling with their
// group unless the officer splits it on purpose; both are audited and in the journey.
import { sql } from 'kysely';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError } from '../core/errors.js';
import { assignSeats } from '../trips/documents/seats.js';
import { usableSeats } from '../trips/documents/seat-layout.js';
import { announceChange, assertOfficer, writerOf } from './access.js';
import { findTripInReach, loadPassenger, loadPassengers, type Passenger } from './departure.repository.js';
import { tripNotFound } from './departure.service.js';
import { applyChanges, type Change, passengerJob, tripSeats } from './records.repository.js';
import { passengerState } from './state.js';

const MOVABLE = new Set(['expected', 'no_show', 'refused']);

function conflict(zh: string, en: string, field?: string): Error {
  return domainError({ code: 'conflict', field, zh, en });
}

async function passengerOrNotFound(ctx: AppContext, actor: Actor, tripId: string, workerId: string): Promise<Passenger> {
  assertOfficer(actor);
  const passenger = await loadPassenger(ctx.db, actor.scope, tripId, workerId);
  if (!passenger) {
    throw domainError({ code: 'not_found', record: `trip ${tripId}`, field: 'workerId', zh: '该车次没有这位乘客', en: 'no such passenger on this trip' });
  }
  return passenger;
}

/** Seats for the newcomers on a coach, keeping everyone already seated where they are. */
function seatNewcomers(capacity: number, spacing: 'normal' | 'alternate', taken: readonly { worker_id: string; seat: number }[], group: readonly string[]): Map<string, number> {
  const usable = usableSeats(capacity, spacing);
  const takenSeats = new Set(taken.map((t) => t.seat));
  const free = usable.filter((s) => !takenSeats.has(s));
  if (free.length < group.length) throw conflict(`目标车次仅余 ${free.length} 个座位`, `the coach has only ${free.length} free seats`, 'toTripId');
  try {
    const plan = assignSeats(
      [...taken.map((t) => ({ id: t.worker_id })), ...group.map((id) => ({ id, groupKey: group.length > 1 ? 'group' : undefined }))],
      { capacity, spacing, keep: new Map(taken.map((t) => [t.worker_id, t.seat])) },
    );
    const keptAll = taken.every((t) => plan.seats.get(t.worker_id) === t.seat);
    if (keptAll) return new Map(group.map((id) => [id, plan.seats.get(id) as number]));
  } catch {
    // Rows left from earlier rebookings can defeat the planner; the plain fill below always fits.
  }
  return new Map(group.map((id, i) => [id, free[i]]));
}

export async function rebook(ctx: AppContext, actor: Actor, tripId: string, body: { workerId: string; toTripId: string; split?: boolean }) {
  const passenger = await passengerOrNotFound(ctx, actor, tripId, body.workerId);
  const state = passengerState(passenger.facts);
  if (!MOVABLE.has(state)) throw conflict(`状态为 ${state} 的乘客不能改签`, `a passenger in state ${state} cannot be rebooked`, 'workerId');
  if (body.toTripId === tripId) throw conflict('目标车次与原车次相同', 'the new trip is the same trip', 'toTripId');
  const target = await findTripInReach(ctx.db, { kind: 'region', prefix: '' }, body.toTripId);
  if (!target || target.campaign_id !== passenger.campaign_id) throw tripNotFound(body.toTripId);
  if (target.departure_id) throw conflict('目标车次已发车', 'the new trip has already left', 'toTripId');
  // The travel group on this coach moves along, unless the officer splits it.
  let group: Passenger[] = [passenger];
  if (!body.split && passenger.travel_group) {
    const riders = await loadPassengers(ctx.db, actor.scope, sql<boolean>`tp.trip_id = ${tripId}::uuid`);
    group = riders.filter((p) => p.travel_group === passenger.travel_group && !p.facts.change && MOVABLE.has(passengerState(p.facts)));
  }
  const seats = await tripSeats(ctx.db, target.id);
  if (seats.some((s) => group.some((g) => g.worker_id === s.worker_id))) throw conflict('乘客已在目标车次上', 'the passenger is already on the new trip', 'toTripId');
  const placed = seatNewcomers(target.capacity, target.spacing, seats, group.map((g) => g.worker_id));
  const stops = (Array.isArray(target.stops) ? target.stops : []) as { kind: string; location: string }[];
  const changes: Change[] = [];
  for (const member of group) {
    const job = await passengerJob(ctx.db, tripId, member.province, member.worker_id);
    const pickups = stops.filter((s) => s.kind === 'pickup').map((s) => s.location);
    const dropoffs = stops.filter((s) => s.kind === 'dropoff').map((s) => s.location);
    const site = `site:${job.site_code}`;
    changes.push({
      tripId, province: member.province, workerId: member.worker_id, campaignId: member.campaign_id, kind: 'rebooked', reason: null, fromNumber: member.number,
      toTrip: {
        id: target.id, number: target.number, date: target.departure_date, seat: placed.get(member.worker_id) as number,
        pickup: pickups.includes(job.pickup) ? job.pickup : pickups[0] ?? job.pickup, dropoff: dropoffs.includes(site) ? site : dropoffs[dropoffs.length - 1] ?? site,
        jobProvince: job.job_province, jobId: job.job_id,
      },
    });
  }
  await applyChanges(ctx.db, changes, writerOf(actor, null));
  await recordAudit(ctx, actor, {
    action: 'departure.rebook', entity: 'trip', entityId: tripId, regionCode: passenger.region_code,
    before: { trip: tripId, workers: group.map((g) => g.worker_id) },
    after: { trip: target.id, date: target.departure_date, seats: Object.fromEntries(placed), split: body.split === true },
  });
  announceChange(passenger.campaign_id);
  return {
    tripId, toTripId: target.id,
    moved: group.map((g) => ({ workerId: g.worker_id, state: 'rebooked' as const, seat: placed.get(g.worker_id) ?? null })),
  };
}

export async function cancelPassenger(ctx: AppContext, actor: Actor, tripId: string, body: { workerId: string; reason: string }) {
  const passenger = await passengerOrNotFound(ctx, actor, tripId, body.workerId);
  const state = passengerState(passenger.facts);
  if (!MOVABLE.has(state) && state !== 'checked_in') throw conflict(`状态为 ${state} 的乘客不能取消`, `a passenger in state ${state} cannot be cancelled`, 'workerId');
  await applyChanges(ctx.db, [{
    tripId, province: passenger.province, workerId: passenger.worker_id, campaignId: passenger.campaign_id, kind: 'cancelled', reason: body.reason, fromNumber: passenger.number,
  }], writerOf(actor, null));
  await recordAudit(ctx, actor, {
    action: 'departure.cancel', entity: 'trip', entityId: tripId, regionCode: passenger.region_code,
    before: { worker: passenger.worker_id, state }, after: { worker: passenger.worker_id, state: 'cancelled', reason: body.reason },
  });
  announceChange(passenger.campaign_id);
  return { tripId, toTripId: null, moved: [{ workerId: passenger.worker_id, state: 'cancelled' as const, seat: null }] };
}
