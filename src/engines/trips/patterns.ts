// Patterns: sets of (from, to) pairs that can ride one coach together (at most maxStops
// stops, no place both a pick-up and a drop-off, and a visiting order keeping every rider
// within the detour), each with its cheapest route. Grown one pair at a time: a pair
// joins only if the stops stay within the limit, so after the first step only pairs
// sharing stops with the set are tried.

import type { Model } from './model.js';
import { bestRoute, type Route } from './route.js';
import { keyOrder, mortonKey } from './spatial.js';
import { mayShare } from './work.js';

export type Pattern = { pairs: number[]; route: Route };

// Beyond this many pairs, a pair is tried only with its neighbours in Z-order.
const FULL_PAIRING_LIMIT = 1500;
const WINDOW = 300;

function index(m: Model, pairs: readonly number[]): { byFrom: Map<number, number[]>; byTo: Map<number, number[]> } {
  const byFrom = new Map<number, number[]>();
  const byTo = new Map<number, number[]>();
  for (const p of pairs) {
    const a = m.pairFrom[p];
    const b = m.pairTo[p];
    if (!byFrom.has(a)) byFrom.set(a, []);
    if (!byTo.has(b)) byTo.set(b, []);
    byFrom.get(a)?.push(p);
    byTo.get(b)?.push(p);
  }
  return { byFrom, byTo };
}

/**
 * Every pattern over the given pairs with two or more pairs (single pairs are always
 * feasible on their own), or null when there would be more than `limit`.
 */
export function enumeratePatterns(m: Model, pairs: readonly number[], limit: number): Pattern[] | null {
  const out: Pattern[] = [];
  if (m.maxStops < 3 || m.capacity < 2) return out;
  const { byFrom, byTo } = index(m, pairs);
  const sorted = [...pairs].sort((a, b) => a - b);
  const near =
    sorted.length > FULL_PAIRING_LIMIT
      ? keyOrder(sorted, (p) => mortonKey(m.locations[m.pairFrom[p]], m.locations[m.pairTo[p]]))
      : null;

  let level: Pattern[] = [];
  for (const p of sorted) {
    const partners = near ? near.near(mortonKey(m.locations[m.pairFrom[p]], m.locations[m.pairTo[p]]), WINDOW) : sorted;
    for (const q of partners) {
      if (q <= p) continue;
      const a = m.pairFrom[p];
      const b = m.pairTo[p];
      const c = m.pairFrom[q];
      const d = m.pairTo[q];
      if (a === d || b === c) continue;
      const pickups = a === c ? [a] : [a, c];
      const dropoffs = b === d ? [b] : [b, d];
      if (pickups.length + dropoffs.length > m.maxStops || !mayShare(m, p, q)) continue;
      const route = bestRoute(m, pickups, dropoffs, [p, q]);
      if (route) level.push({ pairs: [p, q], route });
    }
  }
  while (level.length > 0) {
    out.push(...level);
    if (out.length > limit) return null;
    const next: Pattern[] = [];
    for (const pattern of level) {
      const { pickups, dropoffs } = pattern.route;
      const room = m.maxStops - pickups.length - dropoffs.length;
      const last = pattern.pairs[pattern.pairs.length - 1];
      const tried = new Set<number>();
      const consider = (q: number): void => {
        if (q <= last || tried.has(q)) return;
        tried.add(q);
        const from = m.pairFrom[q];
        const to = m.pairTo[q];
        const newFrom = !pickups.includes(from);
        const newTo = !dropoffs.includes(to);
        if ((newFrom ? 1 : 0) + (newTo ? 1 : 0) > room) return;
        if (dropoffs.includes(from) || pickups.includes(to)) return;
        for (const p of pattern.pairs) if (!mayShare(m, p, q)) return;
        const grown = [...pattern.pairs, q];
        const route = bestRoute(m, newFrom ? [...pickups, from] : pickups, newTo ? [...dropoffs, to] : dropoffs, grown);
        if (route) next.push({ pairs: grown, route });
      };
      // A pair with neither end among the stops needs two new stops.
      if (room >= 2) for (const q of sorted) consider(q);
      else {
        for (const a of pickups) for (const q of byFrom.get(a) ?? []) consider(q);
        for (const b of dropoffs) for (const q of byTo.get(b) ?? []) consider(q);
      }
    }
    level = next;
  }
  return out;
}
