// POST /api/trips/{id}/departure: once per trip. The coach's state moves with it
// (checked_in → departed, expected → no_show, refused stays) because states are computed
// from the departure's time; a late-synced record made before it still counts.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError } from '../core/errors.js';
import { sql } from 'kysely';
import { announceChange, assertBoarding, isManager, writerOf } from './access.js';
import { findTripInReach, loadPassengers } from './departure.repository.js';
import { insertDeparture, insertRejection } from './records.repository.js';
import { emptyCounts, passengerState } from './state.js';

export function tripNotFound(id: string): Error {
  return domainError({ code: 'not_found', record: `trip ${id}`, zh: '找不到该车次', en: 'no such trip' });
}

type DepartureInput = { id: string; at: string; onBoard: number; deviceId?: string };

export async function recordDeparture(ctx: AppContext, actor: Actor, tripId: string, input: DepartureInput) {
  assertBoarding(actor);
  const trip = await findTripInReach(ctx.db, actor.scope, tripId);
  if (!trip) throw tripNotFound(tripId);
  const by = writerOf(actor, input.deviceId ?? null);
  // Counts over the whole coach (not only the caller's riders): the head count is the coach's.
  const everyone = (scopeAll: boolean) => loadPassengers(ctx.db, scopeAll ? { kind: 'region', prefix: '' } : actor.scope, sql<boolean>`tp.trip_id = ${tripId}::uuid`);
  let outcome: 'stored' | 'duplicate' | 'rejected' = 'stored';
  let reason: string | undefined;
  if (trip.departure_id) {
    outcome = trip.departure_id === input.id ? 'duplicate' : 'rejected';
    if (outcome === 'rejected') reason = 'already_departed';
  } else {
    const at = new Date(input.at);
    const before = await everyone(true);
    const steps = before.map((p) => ({ province: p.province, workerId: p.worker_id, state: passengerState({ ...p.facts, departedAt: at }) }))
      .filter((s) => s.state === 'departed' || s.state === 'no_show');
    const departed = steps.filter((s) => s.state === 'departed').length;
    const stored = await insertDeparture(ctx.db, { id: input.id, tripId, campaignId: trip.campaign_id, at: input.at, onBoard: input.onBoard, tripNumber: trip.number }, by, departed, steps);
    if (!stored) {
      const again = await findTripInReach(ctx.db, actor.scope, tripId);
      outcome = again?.departure_id === input.id ? 'duplicate' : 'rejected';
      if (outcome === 'rejected') reason = 'already_departed';
    }
  }
  if (outcome === 'rejected') {
    await insertRejection(ctx.db, {
      kind: 'departure', recordId: input.id, reason: 'already_departed', campaignId: trip.campaign_id, date: trip.departure_date, tripId,
      regionCode: trip.region_code, at: input.at, payload: input,
    }, by);
  }
  const after = await everyone(true);
  const counts = emptyCounts();
  for (const p of after) counts[passengerState(p.facts)] += 1;
  const current = await findTripInReach(ctx.db, actor.scope, tripId);
  const onBoard = outcome === 'rejected' ? input.onBoard : current?.on_board ?? input.onBoard;
  const departed = counts.departed + counts.arrived + counts.absent_at_arrival;
  if (outcome === 'stored') {
    announceChange(trip.campaign_id);
    if (isManager(actor)) {
      await recordAudit(ctx, actor, {
        action: 'departure.depart', entity: 'trip', entityId: tripId, regionCode: trip.region_code, after: { at: input.at, onBoard: input.onBoard, departed },
      });
    }
  }
  return {
    id: input.id, tripId, outcome, ...(reason && { reason }), at: current?.departed_at ? new Date(current.departed_at).toISOString() : input.at,
    onBoard, departed, counts, mismatch: onBoard !== departed, difference: onBoard - departed, serverTime: new Date().toISOString(),
  };
}
