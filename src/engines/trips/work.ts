// A coach under construction: its stop order, the (from, to) pairs it carries with how
// many of each, and its km. Shared by construction, improvement and re-planning.

import type { Model } from './model.js';
import { bestRoute, routeFeasible, type Route } from './route.js';

export type WorkTrip = {
  pickups: number[];
  dropoffs: number[];
  pairs: number[];
  counts: number[];
  total: number;
  km: number;
};

export function singlePairTrip(m: Model, pair: number, count: number): WorkTrip {
  const from = m.pairFrom[pair];
  const to = m.pairTo[pair];
  return { pickups: [from], dropoffs: [to], pairs: [pair], counts: [count], total: count, km: m.dist(from, to) };
}

export function cloneTrip(trip: WorkTrip): WorkTrip {
  return {
    pickups: trip.pickups.slice(),
    dropoffs: trip.dropoffs.slice(),
    pairs: trip.pairs.slice(),
    counts: trip.counts.slice(),
    total: trip.total,
    km: trip.km,
  };
}

export function copyInto(target: WorkTrip, source: WorkTrip): void {
  target.pickups = source.pickups;
  target.dropoffs = source.dropoffs;
  target.pairs = source.pairs;
  target.counts = source.counts;
  target.total = source.total;
  target.km = source.km;
}

/** Stop sets after adding a pair, or null when a stop would repeat or the limit is passed. */
export function stopsWith(m: Model, trip: WorkTrip, pair: number): { pickups: number[]; dropoffs: number[] } | null {
  const from = m.pairFrom[pair];
  const to = m.pairTo[pair];
  // A place may not be both a pick-up and a drop-off of one coach (rule 3).
  if (trip.dropoffs.includes(from) || trip.pickups.includes(to)) return null;
  const pickups = trip.pickups.includes(from) ? trip.pickups : [...trip.pickups, from];
  const dropoffs = trip.dropoffs.includes(to) ? trip.dropoffs : [...trip.dropoffs, to];
  if (pickups.length + dropoffs.length > m.maxStops) return null;
  return { pickups, dropoffs };
}

/**
 * False when two pairs can never share a coach: whichever of two distinct pick-ups comes
 * first, its rider passes the other on the way, and likewise for drop-offs, so by the
 * triangle inequality one of them rides at least two known legs. A cheap necessary test
 * that spares most of the exact route enumerations.
 */
export function mayShare(m: Model, p: number, q: number): boolean {
  const memo = m.shareMemo;
  if (!memo) return mayShareNow(m, p, q);
  const k = p * m.pairFrom.length + q;
  if (memo[k] === 0) {
    const answer = mayShareNow(m, p, q) ? 1 : 2;
    memo[k] = answer;
    memo[q * m.pairFrom.length + p] = answer;
  }
  return memo[k] === 1;
}

function mayShareNow(m: Model, p: number, q: number): boolean {
  const dist = m.dist;
  const a = m.pairFrom[p];
  const b = m.pairTo[p];
  const c = m.pairFrom[q];
  const d = m.pairTo[q];
  const lp = m.pairLimit[p] * LOOSE;
  const lq = m.pairLimit[q] * LOOSE;
  if (a !== c && dist(a, c) + dist(c, b) > lp && dist(c, a) + dist(a, d) > lq) return false;
  if (b !== d && dist(c, b) + dist(b, d) > lq && dist(a, d) + dist(d, b) > lp) return false;
  return true;
}

// Rounding in the two-leg sums must never reject a pair the exact check would accept.
const LOOSE = 1 + 1e-9;

/** The trip's best route once it also carries the pair, or null if it cannot. */
export function routeWith(m: Model, trip: WorkTrip, pair: number): Route | null {
  if (trip.pairs.includes(pair)) return { pickups: trip.pickups, dropoffs: trip.dropoffs, km: trip.km };
  for (const other of trip.pairs) if (!mayShare(m, pair, other)) return null;
  const stops = stopsWith(m, trip, pair);
  if (!stops) return null;
  // Same stops and the pair already fits the current order: nothing changes.
  if (stops.pickups === trip.pickups && stops.dropoffs === trip.dropoffs && routeFeasible(m, trip.pickups, trip.dropoffs, [pair])) {
    return { pickups: trip.pickups, dropoffs: trip.dropoffs, km: trip.km };
  }
  return bestRoute(m, stops.pickups, stops.dropoffs, [...trip.pairs, pair]);
}

/** Puts `count` more riders of the pair on the trip, following the given route. */
export function addToTrip(trip: WorkTrip, route: Route, pair: number, count: number): void {
  trip.pickups = route.pickups;
  trip.dropoffs = route.dropoffs;
  trip.km = route.km;
  const at = trip.pairs.indexOf(pair);
  if (at >= 0) {
    trip.counts = trip.counts.slice();
    trip.counts[at] += count;
  } else {
    trip.pairs = [...trip.pairs, pair];
    trip.counts = [...trip.counts, count];
  }
  trip.total += count;
}

/** The trip without one pair: stops no other pair uses are dropped and the order re-optimised. */
export function routeWithout(m: Model, trip: WorkTrip, pair: number): { route: Route; pairs: number[] } | null {
  const pairs = trip.pairs.filter((p) => p !== pair);
  if (pairs.length === 0) return null;
  const pickups = trip.pickups.filter((loc) => pairs.some((p) => m.pairFrom[p] === loc));
  const dropoffs = trip.dropoffs.filter((loc) => pairs.some((p) => m.pairTo[p] === loc));
  const route = bestRoute(m, pickups, dropoffs, pairs);
  return route ? { route, pairs } : null;
}

export function removeFromTrip(trip: WorkTrip, route: Route, pair: number): number {
  const at = trip.pairs.indexOf(pair);
  const count = trip.counts[at];
  trip.pairs = trip.pairs.filter((_, i) => i !== at);
  trip.counts = trip.counts.filter((_, i) => i !== at);
  trip.total -= count;
  trip.pickups = route.pickups;
  trip.dropoffs = route.dropoffs;
  trip.km = route.km;
  return count;
}

export function totalCost(m: Model, trips: readonly (WorkTrip | null)[]): number {
  let coaches = 0;
  let km = 0;
  for (const trip of trips) {
    if (!trip) continue;
    coaches++;
    km += trip.km;
  }
  return m.fixedCost * coaches + m.perKm * km;
}
