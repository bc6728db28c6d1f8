// Dissolving a part-full coach: its riders move into spare seats elsewhere, splitting
// groups as needed. When a coach on the way has no spare seat, riders of another group on
// it may make room by moving to a third coach that already serves their group (an
// ejection): that is how a straggler rides on a big group's coach while the big group's
// overflow takes seats on its own remainder coach. The coach is dropped only when the
// fixed cost and km saved exceed the km added; otherwise everything is put back.

import type { Model } from './model.js';
import { EPS, neighbourhood } from './relocate.js';
import type { Route } from './route.js';
import { addToTrip, cloneTrip, copyInto, routeWith, type WorkTrip } from './work.js';

type Move = { score: number; u: number; route: Route; seats: number; eject?: { pair: number; v: number } };

function takeFrom(trip: WorkTrip, pair: number, count: number): void {
  const at = trip.pairs.indexOf(pair);
  trip.counts = trip.counts.slice();
  trip.counts[at] -= count;
  trip.total -= count;
  if (trip.counts[at] === 0) {
    // Its stops stay: the route was feasible with the group aboard and remains so without it.
    trip.pairs = trip.pairs.filter((_, i) => i !== at);
    trip.counts = trip.counts.filter((_, i) => i !== at);
  }
}

export function dissolve(m: Model, trips: (WorkTrip | null)[]): number {
  const cap = m.capacity;
  const live = trips.map((_, i) => i).filter((i) => trips[i] !== null);
  const donors = live
    .filter((i) => (trips[i] as WorkTrip).total < cap)
    .sort((a, b) => (trips[a] as WorkTrip).total - (trips[b] as WorkTrip).total || a - b);
  const near = neighbourhood(m, trips, live);
  // Which coaches carry each group; entries may go stale and are checked on use.
  const carriers = new Map<number, number[]>();
  const noteCarrier = (pair: number, trip: number): void => {
    const list = carriers.get(pair);
    if (!list) carriers.set(pair, [trip]);
    else if (!list.includes(trip)) list.push(trip);
  };
  for (const i of live) for (const pair of (trips[i] as WorkTrip).pairs) noteCarrier(pair, i);

  let dropped = 0;
  for (const t of donors) {
    const donor = trips[t];
    if (!donor) continue;
    const receivers = near(t);
    const backups = new Map<number, WorkTrip>();
    const backup = (i: number): void => {
      if (!backups.has(i)) backups.set(i, cloneTrip(trips[i] as WorkTrip));
    };
    let addedKm = 0;
    let placed = true;
    const groups = donor.pairs.map((pair, i) => ({ pair, count: donor.counts[i] })).sort((a, b) => b.count - a.count);
    for (const { pair, count } of groups) {
      let left = count;
      while (left > 0) {
        let best: Move | null = null;
        for (const u of receivers) {
          const trip = trips[u];
          if (u === t || !trip) continue;
          const route = routeWith(m, trip, pair);
          if (!route) continue;
          const added = route.km - trip.km;
          const spare = cap - trip.total;
          if (spare > 0) {
            const seats = Math.min(spare, left);
            const score = added / seats;
            if (!best || score < best.score) best = { score, u, route, seats };
            continue;
          }
          for (let k = 0; k < trip.pairs.length; k++) {
            const other = trip.pairs[k];
            if (other === pair) continue;
            for (const v of carriers.get(other) ?? []) {
              const target = trips[v];
              if (v === t || v === u || !target || !target.pairs.includes(other)) continue;
              const room = cap - target.total;
              if (room === 0) continue;
              const seats = Math.min(left, trip.counts[k], room);
              const score = added / seats;
              if (!best || score < best.score) best = { score, u, route, seats, eject: { pair: other, v } };
            }
          }
        }
        if (!best) {
          placed = false;
          break;
        }
        const trip = trips[best.u] as WorkTrip;
        backup(best.u);
        if (best.eject) {
          const target = trips[best.eject.v] as WorkTrip;
          backup(best.eject.v);
          takeFrom(trip, best.eject.pair, best.seats);
          addToTrip(target, { pickups: target.pickups, dropoffs: target.dropoffs, km: target.km }, best.eject.pair, best.seats);
        }
        addedKm += best.route.km - trip.km;
        addToTrip(trip, best.route, pair, best.seats);
        noteCarrier(pair, best.u);
        left -= best.seats;
      }
      if (!placed) break;
    }
    if (placed && m.fixedCost + m.perKm * (donor.km - addedKm) > EPS) {
      trips[t] = null;
      dropped++;
    } else {
      for (const [u, saved] of backups) copyInto(trips[u] as WorkTrip, saved);
    }
  }
  return dropped;
}
