// Re-planning after workers withdraw or join: riders who are still on the list and still
// fit stay on their coach (their stop order is kept where it stays feasible), withdrawn
// riders leave, and newcomers and riders whose trip no longer fits them take spare seats
// or new coaches. The result lists every change so officers can tell the people concerned.

import { buildModel, type Model } from './model.js';
import { planTrips } from './plan.js';
import { bestRoute, routeFeasible, routeKm } from './route.js';
import type { Plan, PlanOptions, Trip, TripInstance } from './types.js';
import { addToTrip, routeWith, type WorkTrip } from './work.js';

export type PlanChanges = {
  /** Newcomers and the trip (index in the new plan) they were put on. */
  passengersAdded: { id: string; trip: number }[];
  /** Riders gone from the instance and the trip (index in the previous plan) they left. */
  passengersRemoved: { id: string; trip: number }[];
  /** Riders who had to change coach (previous index → new index). */
  passengersMoved: { id: string; fromTrip: number; toTrip: number }[];
  /** Trips of the new plan that did not exist before. */
  tripsAdded: number[];
  /** Trips of the previous plan that were dropped (nobody left on them). */
  tripsRemoved: number[];
  /** Kept trips whose riders or stops changed (previous index → new index). */
  tripsChanged: { previous: number; current: number }[];
  /** For each trip of the previous plan, its index in the new plan, or null if dropped. */
  tripMap: (number | null)[];
};

export type ReplanResult = { plan: Plan; changes: PlanChanges };

type Kept = { previous: number; trip: WorkTrip; riders: number[]; changed: boolean };

function pairOfPassenger(m: Model): Int32Array {
  const out = new Int32Array(m.passengerCount).fill(-1);
  m.pairPassengers.forEach((list, pair) => list.forEach((p) => (out[p] = pair)));
  return out;
}

/** Stops still needed by the trip's pairs, in the previous order. */
function usedStops(m: Model, stops: number[], pairs: number[], side: Int32Array): number[] {
  return stops.filter((loc) => pairs.some((p) => side[p] === loc));
}

/** Makes a kept trip feasible under the (possibly changed) vehicle, unseating as few riders as it can. */
function repair(m: Model, kept: Kept, maxStops: number, pairOf: Int32Array, unseat: (p: number) => void): void {
  const trip = kept.trip;
  while (trip.total > m.capacity) {
    const rider = kept.riders.pop() as number;
    unseat(rider);
    dropRider(trip, pairOf[rider]);
    kept.changed = true;
  }
  for (;;) {
    trip.pickups = usedStops(m, trip.pickups, trip.pairs, m.pairFrom);
    trip.dropoffs = usedStops(m, trip.dropoffs, trip.pairs, m.pairTo);
    if (trip.pairs.length === 0) return;
    const stops = trip.pickups.length + trip.dropoffs.length;
    if (stops <= maxStops && routeFeasible(m, trip.pickups, trip.dropoffs, trip.pairs)) break;
    const route = stops <= m.maxStops ? bestRoute(m, trip.pickups, trip.dropoffs, trip.pairs) : null;
    if (route) {
      trip.pickups = route.pickups;
      trip.dropoffs = route.dropoffs;
      kept.changed = true;
      break;
    }
    // Unseat the smallest group and try again.
    let at = 0;
    for (let i = 1; i < trip.pairs.length; i++) if (trip.counts[i] < trip.counts[at]) at = i;
    const pair = trip.pairs[at];
    kept.riders = kept.riders.filter((rider) => {
      if (pairOf[rider] !== pair) return true;
      unseat(rider);
      return false;
    });
    trip.total -= trip.counts[at];
    trip.pairs = trip.pairs.filter((_, i) => i !== at);
    trip.counts = trip.counts.filter((_, i) => i !== at);
    kept.changed = true;
  }
  trip.km = routeKm(m, trip.pickups, trip.dropoffs);
}

function dropRider(trip: WorkTrip, pair: number): void {
  const at = trip.pairs.indexOf(pair);
  trip.total--;
  if (--trip.counts[at] === 0) {
    trip.pairs.splice(at, 1);
    trip.counts.splice(at, 1);
  }
}

/**
 * Re-plans `instance` (the current passenger list) starting from `previous`. Pure and
 * deterministic for a given input and seed; the instance must have passed parseInstance.
 */
export function replanTrips(instance: TripInstance, previous: Plan, options: PlanOptions = {}): ReplanResult {
  const m = buildModel(instance);
  const pairOf = pairOfPassenger(m);
  const indexOfPassenger = new Map(instance.passengers.map((p, i) => [p.id, i]));
  const indexOfLocation = new Map(m.locationIds.map((id, i) => [id, i]));
  const changes: PlanChanges = {
    passengersAdded: [],
    passengersRemoved: [],
    passengersMoved: [],
    tripsAdded: [],
    tripsRemoved: [],
    tripsChanged: [],
    tripMap: [],
  };
  const previousTrip = new Int32Array(m.passengerCount).fill(-1);
  const seated = new Uint8Array(m.passengerCount);
  const waiting: number[] = [];

  const kept: Kept[] = previous.trips.map((old, t) => {
    // Unknown or repeated stops of a hand-edited plan are dropped; riders who needed them wait.
    const toIndex = (ids: readonly string[]): number[] => [
      ...new Set(ids.filter((id) => indexOfLocation.has(id)).map((id) => indexOfLocation.get(id) as number)),
    ];
    const pickups = toIndex(old.pickups);
    const dropoffs = toIndex(old.dropoffs).filter((loc) => !pickups.includes(loc));
    const trip: WorkTrip = { pickups, dropoffs, pairs: [], counts: [], total: 0, km: 0 };
    const entry: Kept = { previous: t, trip, riders: [], changed: false };
    for (const id of old.passengers) {
      const p = indexOfPassenger.get(id);
      if (p === undefined) {
        changes.passengersRemoved.push({ id, trip: t });
        entry.changed = true;
        continue;
      }
      if (previousTrip[p] >= 0) continue;
      previousTrip[p] = t;
      const pair = pairOf[p];
      if (!pickups.includes(m.pairFrom[pair]) || !dropoffs.includes(m.pairTo[pair])) {
        waiting.push(p);
        entry.changed = true;
        continue;
      }
      seated[p] = 1;
      entry.riders.push(p);
      const at = trip.pairs.indexOf(pair);
      if (at >= 0) trip.counts[at]++;
      else {
        trip.pairs.push(pair);
        trip.counts.push(1);
      }
      trip.total++;
    }
    const before = [pickups.length, dropoffs.length];
    repair(m, entry, instance.vehicle.maxStops, pairOf, (p) => {
      seated[p] = 0;
      waiting.push(p);
    });
    if (trip.pickups.length !== before[0] || trip.dropoffs.length !== before[1]) entry.changed = true;
    return entry;
  });
  for (let p = 0; p < m.passengerCount; p++) if (previousTrip[p] < 0) waiting.push(p);

  const live = kept.filter((k) => k.trip.total > 0);
  const placed = new Map<number, number>();
  placeInSpareSeats(m, live, waiting, pairOf, placed);
  const rest = waiting.filter((p) => !placed.has(p));
  const fresh = rest.length > 0 ? planTrips({ ...instance, passengers: rest.map((p) => instance.passengers[p]) }, options) : null;

  const trips: Trip[] = [];
  let km = 0;
  for (const k of kept) {
    if (k.trip.total === 0) {
      changes.tripsRemoved.push(k.previous);
      changes.tripMap.push(null);
      continue;
    }
    const current = trips.length;
    changes.tripMap.push(current);
    k.riders.sort((a, b) => a - b);
    trips.push({
      pickups: k.trip.pickups.map((i) => m.locationIds[i]),
      dropoffs: k.trip.dropoffs.map((i) => m.locationIds[i]),
      passengers: k.riders.map((p) => instance.passengers[p].id),
    });
    km += routeKm(m, k.trip.pickups, k.trip.dropoffs);
    if (k.changed) changes.tripsChanged.push({ previous: k.previous, current });
    for (const p of k.riders) if (placed.has(p)) record(changes, instance, p, previousTrip[p], current);
  }
  for (const trip of fresh?.trips ?? []) {
    const current = trips.length;
    changes.tripsAdded.push(current);
    trips.push(trip);
    km += routeKm(m, trip.pickups.map((id) => indexOfLocation.get(id) as number), trip.dropoffs.map((id) => indexOfLocation.get(id) as number));
    for (const id of trip.passengers) {
      const p = indexOfPassenger.get(id) as number;
      record(changes, instance, p, previousTrip[p], current);
    }
  }
  const coaches = trips.length;
  return { plan: { cost: m.fixedCost * coaches + m.perKm * km, coaches, km, trips }, changes };
}

function record(changes: PlanChanges, instance: TripInstance, p: number, from: number, to: number): void {
  const id = instance.passengers[p].id;
  if (from < 0) changes.passengersAdded.push({ id, trip: to });
  else if (from !== to) changes.passengersMoved.push({ id, fromTrip: from, toTrip: to });
}

/**
 * Puts waiting riders into spare seats of kept trips when that costs less than their
 * share of a coach of their own (seats on the way are always taken).
 */
function placeInSpareSeats(m: Model, live: Kept[], waiting: number[], pairOf: Int32Array, placed: Map<number, number>): void {
  const byPair = new Map<number, number[]>();
  for (const p of [...waiting].sort((a, b) => a - b)) {
    const pair = pairOf[p];
    if (!byPair.has(pair)) byPair.set(pair, []);
    byPair.get(pair)?.push(p);
  }
  for (const [pair, riders] of [...byPair].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])) {
    const share = (m.fixedCost + m.perKm * m.pairDirect[pair]) / m.capacity;
    while (riders.length > 0) {
      let best: Kept | null = null;
      let bestScore = Infinity;
      let bestRoute = null;
      for (const k of live) {
        const spare = m.capacity - k.trip.total;
        if (spare === 0) continue;
        const route = routeWith(m, k.trip, pair);
        if (!route) continue;
        const seats = Math.min(spare, riders.length);
        const score = ((route.km - k.trip.km) * m.perKm) / seats;
        if (score < bestScore && score <= share) {
          bestScore = score;
          best = k;
          bestRoute = route;
        }
      }
      if (!best || !bestRoute) break;
      const seats = Math.min(m.capacity - best.trip.total, riders.length);
      addToTrip(best.trip, bestRoute, pair, seats);
      for (const p of riders.splice(0, seats)) {
        best.riders.push(p);
        placed.set(p, best.previous);
      }
      best.changed = true;
    }
  }
}
