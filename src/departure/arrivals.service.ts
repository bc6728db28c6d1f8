// POST /api/trips/{id}/arrivals: the handover at the gate, item by item like check-ins.
// Only departed passengers can be handed over; a later handed_over wins over absent
// (the state rule, not the order of arrival).
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { announceChange, assertArrival, contentHash, instant, isManager, writerOf } from './access.js';
import { findArrival, findTripInReach, loadPassenger, type Passenger } from './departure.repository.js';
import { tripNotFound } from './departure.service.js';
import { arrivalItem, type ItemResult } from './departure.schema.js';
import { insertArrival, insertRejection } from './records.repository.js';
import { passengerState } from './state.js';

const HANDABLE = new Set(['departed', 'arrived', 'absent_at_arrival']);

export async function recordArrivals(ctx: AppContext, actor: Actor, tripId: string, batch: { deviceId: string; items: Record<string, unknown>[] }) {
  assertArrival(actor);
  const trip = await findTripInReach(ctx.db, actor.scope, tripId);
  if (!trip) throw tripNotFound(tripId);
  const by = writerOf(actor, batch.deviceId);
  const results: ItemResult[] = [];
  for (const raw of batch.items) {
    const rawId = typeof raw.id === 'string' ? raw.id.slice(0, 100) : '';
    const reject = async (reason: string, passenger?: Passenger, field?: string): Promise<ItemResult> => {
      await insertRejection(ctx.db, {
        kind: 'arrival', recordId: rawId || `(none)@${batch.deviceId}`, reason, field, campaignId: trip.campaign_id, date: trip.departure_date, tripId,
        province: passenger?.province, workerId: passenger?.worker_id, regionCode: passenger?.region_code ?? trip.region_code,
        at: typeof raw.at === 'string' ? raw.at.slice(0, 40) : null, payload: raw,
      }, by);
      return { id: rawId, outcome: 'rejected', reason, tripId, ...(field && { field }), ...(passenger && { state: passengerState(passenger.facts) }) };
    };
    const parsed = arrivalItem.safeParse(raw);
    if (!parsed.success) {
      const worker = typeof raw.workerId === 'string' ? await loadPassenger(ctx.db, actor.scope, tripId, raw.workerId) : undefined;
      results.push(await reject('invalid', worker, String(parsed.error.issues[0]?.path[0] ?? 'item')));
      continue;
    }
    const item = parsed.data;
    const hash = contentHash([tripId, item.workerId, instant(item.at), item.outcome]);
    const passenger = await loadPassenger(ctx.db, actor.scope, tripId, item.workerId);
    const existing = await findArrival(ctx.db, item.id);
    if (existing) {
      results.push(existing.content_hash === hash && passenger
        ? { id: item.id, outcome: 'duplicate', state: passengerState(passenger.facts), tripId }
        : await reject('id_reuse', passenger));
      continue;
    }
    if (!passenger || passenger.change) {
      results.push(await reject('not_on_manifest', passenger));
      continue;
    }
    if (!HANDABLE.has(passengerState(passenger.facts))) {
      results.push(await reject('not_departed', passenger));
      continue;
    }
    const stored = await insertArrival(ctx.db, {
      id: item.id, tripId, province: passenger.province, workerId: item.workerId, campaignId: trip.campaign_id, at: item.at, outcome: item.outcome,
      contentHash: hash, tripNumber: trip.number,
    }, by);
    const now = await loadPassenger(ctx.db, actor.scope, tripId, item.workerId);
    results.push({ id: item.id, outcome: stored ? 'stored' : 'duplicate', state: passengerState((now ?? passenger).facts), tripId });
  }
  if (results.some((r) => r.outcome === 'stored')) announceChange(trip.campaign_id);
  if (isManager(actor) && batch.items.length > 0) {
    await recordAudit(ctx, actor, {
      action: 'departure.arrivals', entity: 'trip', entityId: tripId, regionCode: trip.region_code,
      after: { items: batch.items.length, stored: results.filter((r) => r.outcome === 'stored').length },
    });
  }
  return { serverTime: new Date().toISOString(), results };
}
