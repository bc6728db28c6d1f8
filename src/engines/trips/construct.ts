// Builds coaches for the groups left after full coaches: each coach starts from a seed
// group and takes on groups (splitting the last one to fill the seats) in order of the
// cheapest extra km per seat it can fill, until it is full or nothing else fits.

import type { Model } from './model.js';
import type { Route } from './route.js';
import { mortonKey } from './spatial.js';
import { addToTrip, routeWith, singlePairTrip, type WorkTrip } from './work.js';

// Above this many groups the first extension of a coach looks only at groups that are
// near in a space-filling order, so that construction stays far from quadratic.
const FULL_SCAN_LIMIT = 1000;
const WINDOW = 150;

type Index = {
  byFrom: Map<number, number[]>;
  byTo: Map<number, number[]>;
  /** Pairs in space-filling order and each pair's position in it; empty when all are scanned. */
  order: number[];
  position: Int32Array;
};

function buildIndex(m: Model, pairs: readonly number[]): Index {
  const byFrom = new Map<number, number[]>();
  const byTo = new Map<number, number[]>();
  for (const pair of pairs) {
    const a = m.pairFrom[pair];
    const b = m.pairTo[pair];
    if (!byFrom.has(a)) byFrom.set(a, []);
    if (!byTo.has(b)) byTo.set(b, []);
    byFrom.get(a)?.push(pair);
    byTo.get(b)?.push(pair);
  }
  const position = new Int32Array(m.pairFrom.length).fill(-1);
  let order: number[] = [];
  if (pairs.length > FULL_SCAN_LIMIT) {
    const keys = new Map(pairs.map((p) => [p, mortonKey(m.locations[m.pairFrom[p]], m.locations[m.pairTo[p]])]));
    order = [...pairs].sort((x, y) => (keys.get(x) as number) - (keys.get(y) as number) || x - y);
    order.forEach((p, i) => (position[p] = i));
  }
  return { byFrom, byTo, order, position };
}

// Marks pairs already listed for the current coach, so candidate lists need no Set.
let stamp = new Int32Array(0);
let stampRound = 0;

function candidates(m: Model, index: Index, trip: WorkTrip, active: readonly number[], seed: number): readonly number[] {
  const stops = trip.pickups.length + trip.dropoffs.length;
  if (stops >= m.maxStops) {
    // No new stop allowed: only groups between the coach's own stops.
    const out: number[] = [];
    for (const a of trip.pickups) for (const p of index.byFrom.get(a) ?? []) if (trip.dropoffs.includes(m.pairTo[p])) out.push(p);
    return out;
  }
  if (stops < m.maxStops - 1 && index.order.length === 0) return active;
  if (stamp.length < m.pairFrom.length) stamp = new Int32Array(m.pairFrom.length);
  const round = ++stampRound;
  const out: number[] = [];
  const add = (list: readonly number[] | undefined): void => {
    if (!list) return;
    for (const p of list) {
      if (stamp[p] === round) continue;
      stamp[p] = round;
      out.push(p);
    }
  };
  if (stops < m.maxStops - 1) {
    const at = index.position[seed];
    add(index.order.slice(Math.max(0, at - WINDOW), at + WINDOW + 1));
  }
  for (const a of trip.pickups) add(index.byFrom.get(a));
  for (const b of trip.dropoffs) add(index.byTo.get(b));
  return out;
}

/** Riders of other waiting groups that the route would also serve within their detour. */
const along = new Float64Array(64);

function lookahead(m: Model, index: Index, trip: WorkTrip, route: Route, pair: number, rem: Int32Array): number {
  const k = route.pickups.length;
  const count = k + route.dropoffs.length;
  along[0] = 0;
  let previous = route.pickups[0];
  for (let i = 1; i < count; i++) {
    const here = i < k ? route.pickups[i] : route.dropoffs[i - k];
    along[i] = along[i - 1] + m.dist(previous, here);
    previous = here;
  }
  let extra = 0;
  for (let f = 0; f < k; f++) {
    for (const p of index.byFrom.get(route.pickups[f]) ?? []) {
      if (p === pair || rem[p] === 0 || trip.pairs.includes(p)) continue;
      const t = route.dropoffs.indexOf(m.pairTo[p]);
      if (t < 0) continue;
      if ((f === k - 1 && t === 0) || along[k + t] - along[f] <= m.pairLimit[p]) extra += rem[p];
    }
  }
  return extra;
}

/**
 * Coaches for the waiting riders `rem` (per pair, any number; consumed), seeding coaches
 * in `seedOrder` (which must list every pair with riders waiting).
 */
export function construct(m: Model, rem: Int32Array, seedOrder: readonly number[]): WorkTrip[] {
  const cap = m.capacity;
  const index = buildIndex(m, seedOrder);
  let active = seedOrder.filter((p) => rem[p] > 0);
  const trips: WorkTrip[] = [];
  let built = 0;
  for (const seed of seedOrder) {
    while (rem[seed] > 0) {
      const take = Math.min(rem[seed], cap);
      const trip = singlePairTrip(m, seed, take);
      rem[seed] -= take;
      while (trip.total < cap) {
        const spare = cap - trip.total;
        let bestPair = -1;
        let bestRouteFound: Route | null = null;
        let bestScore = Infinity;
        let bestGain = 0;
        for (const pair of candidates(m, index, trip, active, seed)) {
          if (rem[pair] === 0) continue;
          const route = routeWith(m, trip, pair);
          if (!route) continue;
          const extraKm = route.km - trip.km;
          // Never worth more than a coach of the group's own.
          if (extraKm * m.perKm >= m.fixedCost + m.perKm * m.pairDirect[pair]) continue;
          const newStops = route.pickups.length + route.dropoffs.length > trip.pickups.length + trip.dropoffs.length;
          const gain = Math.min(spare, rem[pair] + (newStops ? lookahead(m, index, trip, route, pair, rem) : 0));
          const score = extraKm / gain;
          if (score < bestScore || (score === bestScore && gain > bestGain)) {
            bestScore = score;
            bestPair = pair;
            bestRouteFound = route;
            bestGain = gain;
          }
        }
        if (!bestRouteFound) break;
        const count = Math.min(spare, rem[bestPair]);
        addToTrip(trip, bestRouteFound, bestPair, count);
        rem[bestPair] -= count;
      }
      trips.push(trip);
      // Compacting now and then keeps the full scans proportional to what still waits.
      if (++built % 32 === 0) active = active.filter((p) => rem[p] > 0);
    }
  }
  return trips;
}

