// Construction over patterns: repeatedly hire the coach (a pattern, or one group alone)
// with the lowest cost per rider it would carry now, load it, and update. Costs per rider
// only rise as groups empty, so a lazy heap finds the best coach without rescoring all.

import type { Model } from './model.js';
import type { Pattern } from './patterns.js';
import type { Random } from './prng.js';
import { bestRoute } from './route.js';
import type { WorkTrip } from './work.js';

type Entry = { key: number; candidate: number };

function push(heap: Entry[], entry: Entry): void {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (less(heap[parent], heap[i])) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

function pop(heap: Entry[]): Entry | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0 && last) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  }
  return top;
}

// Ties go to the lower candidate number, so the order never depends on heap history.
function less(a: Entry, b: Entry): boolean {
  return a.key < b.key || (a.key === b.key && a.candidate < b.candidate);
}

/**
 * Coaches for the waiting riders `rem` (per pair; consumed). `patterns` are multi-pair
 * candidates; every waiting pair alone is a candidate too. `noise` perturbs the scores.
 */
export function constructFromPatterns(m: Model, rem: Int32Array, waiting: readonly number[], patterns: readonly Pattern[], noise?: Random): WorkTrip[] {
  const cap = m.capacity;
  const candidates: Pattern[] = [
    ...patterns,
    ...waiting.map((p) => ({ pairs: [p], route: { pickups: [m.pairFrom[p]], dropoffs: [m.pairTo[p]], km: m.pairDirect[p] } })),
  ];
  const jitter = new Float64Array(candidates.length).fill(1);
  if (noise) for (let i = 0; i < jitter.length; i++) jitter[i] = 0.85 + 0.3 * noise();
  const score = (c: number): number => {
    const { pairs, route } = candidates[c];
    let riders = 0;
    for (const p of pairs) {
      if (rem[p] === 0) return Infinity;
      riders += rem[p];
    }
    return ((m.fixedCost + m.perKm * route.km + 1e-9) / Math.min(cap, riders)) * jitter[c];
  };
  const heap: Entry[] = [];
  candidates.forEach((_, c) => push(heap, { key: score(c), candidate: c }));
  const trips: WorkTrip[] = [];
  for (;;) {
    const top = pop(heap);
    if (!top || top.key === Infinity) break;
    const key = score(top.candidate);
    if (key === Infinity) continue;
    if (key > top.key && heap.length > 0 && !less({ key, candidate: top.candidate }, heap[0])) {
      push(heap, { key, candidate: top.candidate });
      continue;
    }
    const { pairs, route } = candidates[top.candidate];
    // Small groups are taken whole so they need no second coach; the biggest takes what is left.
    const order = [...pairs].sort((a, b) => rem[a] - rem[b] || a - b);
    let seats = cap;
    const counts = new Map<number, number>();
    for (const p of order) {
      const take = Math.min(rem[p], seats);
      if (take > 0) counts.set(p, take);
      seats -= take;
    }
    const carried = [...counts.keys()];
    let chosen = route;
    if (carried.length < pairs.length) {
      const pickups = route.pickups.filter((loc) => carried.some((p) => m.pairFrom[p] === loc));
      const dropoffs = route.dropoffs.filter((loc) => carried.some((p) => m.pairTo[p] === loc));
      chosen = bestRoute(m, pickups, dropoffs, carried) ?? route;
    }
    const trip: WorkTrip = { pickups: chosen.pickups, dropoffs: chosen.dropoffs, pairs: [], counts: [], total: 0, km: chosen.km };
    for (const [p, take] of counts) {
      trip.pairs.push(p);
      trip.counts.push(take);
      trip.total += take;
      rem[p] -= take;
    }
    trips.push(trip);
    const again = score(top.candidate);
    if (again !== Infinity) push(heap, { key: again, candidate: top.candidate });
  }
  return trips;
}
