// Local improvement by relocation: a whole group moves to another coach when that
// shortens the routes. Like every move of the search, it never makes the plan dearer.

import type { Model } from './model.js';
import { keyOrder, mortonKey } from './spatial.js';
import { addToTrip, removeFromTrip, routeWith, routeWithout, type WorkTrip } from './work.js';

export const EPS = 1e-7;
// Past this many candidate coaches, only the nearest in Z-order are tried.
const SCAN_LIMIT = 600;
const WINDOW = 120;

function tripKey(m: Model, trip: WorkTrip): number {
  return mortonKey(m.locations[trip.pickups[0]], m.locations[trip.dropoffs[0]]);
}

/** Candidate coaches to receive riders from coach `self`: all of the pool, or its Z-order neighbours. */
export function neighbourhood(m: Model, trips: readonly (WorkTrip | null)[], pool: number[]): (self: number) => number[] {
  if (pool.length <= SCAN_LIMIT) return () => pool;
  const order = keyOrder(pool, (i) => tripKey(m, trips[i] as WorkTrip));
  return (self) => order.near(tripKey(m, trips[self] as WorkTrip), WINDOW);
}

/** Moves whole groups between coaches while that lowers the total km; returns the km saved. */
export function relocate(m: Model, trips: (WorkTrip | null)[], rounds: number): number {
  const cap = m.capacity;
  let savedTotal = 0;
  for (let round = 0; round < rounds; round++) {
    let saved = 0;
    const live = trips.map((_, i) => i).filter((i) => trips[i] !== null);
    const near = neighbourhood(m, trips, live.filter((i) => (trips[i] as WorkTrip).total < cap));
    for (const t of live) {
      const trip = trips[t] as WorkTrip;
      if (trip.pairs.length < 2) continue;
      for (const pair of trip.pairs.slice()) {
        const at = trip.pairs.indexOf(pair);
        if (at < 0 || trip.pairs.length < 2) continue;
        const count = trip.counts[at];
        const without = routeWithout(m, trip, pair);
        if (!without) continue;
        const gain = trip.km - without.route.km;
        if (gain <= EPS) continue;
        let best = -1;
        let bestDelta = gain - EPS;
        let bestRoute = null;
        for (const u of near(t)) {
          const other = trips[u];
          if (u === t || !other || cap - other.total < count) continue;
          const route = routeWith(m, other, pair);
          if (!route) continue;
          const delta = route.km - other.km;
          if (delta < bestDelta) {
            bestDelta = delta;
            best = u;
            bestRoute = route;
          }
        }
        if (best < 0 || !bestRoute) continue;
        removeFromTrip(trip, without.route, pair);
        addToTrip(trips[best] as WorkTrip, bestRoute, pair, count);
        saved += gain - bestDelta;
      }
    }
    savedTotal += saved;
    if (saved <= EPS) break;
  }
  return savedTotal;
}
