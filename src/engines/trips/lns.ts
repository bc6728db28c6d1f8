// Large-neighbourhood search: take a part-full coach and a few coaches near it, pool their
// riders (big groups included, so their seats can be traded for stragglers), rebuild those
// coaches from scratch with a randomised construction, and keep the rebuild only if it is
// cheaper. Iterations are counted, not timed, so the result is deterministic.

import { construct } from './construct.js';
import { dissolve } from './dissolve.js';
import type { Model } from './model.js';
import type { Random } from './prng.js';
import { relocate } from './relocate.js';
import { totalCost, type WorkTrip } from './work.js';

const EPS = 1e-7;
// Threshold at the start, as a share of the average coach's cost.
const ACCEPT = 0.005;
// A neighbourhood is the anchor and 3 to 10 coaches near it: big enough to trade a big
// group's seats among several coaches, small enough to rebuild in well under a millisecond.
const SIZE_MIN = 4;
const SIZE_SPAN = 8;
const SAMPLE_LIMIT = 600;

// How far coach b is from the anchor a: from b's first pick-up to a's nearest pick-up,
// plus the same for drop-offs (one stop of b each keeps this cheap for every coach).
function closeness(m: Model, a: WorkTrip, b: WorkTrip): number {
  const y = b.pickups[0];
  let pick = Infinity;
  for (const x of a.pickups) pick = Math.min(pick, m.dist(x, y));
  const z = b.dropoffs[0];
  let drop = Infinity;
  for (const x of a.dropoffs) drop = Math.min(drop, m.dist(x, z));
  return pick + drop;
}

/** Indices of the `size` smallest scores among 0..n-1 (ties to the lower index), smallest first. */
function nearest(size: number, n: number, score: (i: number) => number): number[] {
  const picked: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = score(i);
    if (picked.length === size && d >= scores[size - 1]) continue;
    let at = picked.length === size ? size - 1 : picked.length;
    while (at > 0 && scores[at - 1] > d) {
      if (at < size) {
        picked[at] = picked[at - 1];
        scores[at] = scores[at - 1];
      }
      at--;
    }
    picked[at] = i;
    scores[at] = d;
  }
  return picked;
}

export type LnsBudget = {
  iterations: number;
  /** Stop after this many iterations without an improvement. */
  patience: number;
  /** How many groups each group could share with: rebuilds seed the hardest first. */
  partners: Int32Array;
};

export function largeNeighbourhoodSearch(m: Model, start: readonly WorkTrip[], random: Random, budget: LnsBudget): WorkTrip[] {
  const cap = m.capacity;
  const { partners } = budget;
  let trips: WorkTrip[] = start.slice();
  let cost = totalCost(m, trips);
  let best = trips;
  let bestCost = cost;
  // Threshold acceptance: early on a rebuild may cost a little more, which lets the
  // search leave local optima; the threshold shrinks to zero by the last iteration.
  const threshold0 = ACCEPT * (cost / Math.max(1, trips.length));
  const rem = new Int32Array(m.pairFrom.length);
  let lastGain = 0;
  for (let it = 0; it < budget.iterations && it - lastGain < budget.patience && trips.length > 1; it++) {
    // The emptiest of a few random coaches anchors the neighbourhood.
    let seed = Math.floor(random() * trips.length);
    for (let k = 0; k < 2; k++) {
      const other = Math.floor(random() * trips.length);
      if (trips[other].total < trips[seed].total) seed = other;
    }
    if (trips[seed].total === cap && random() < 0.8) continue;
    const anchor = trips[seed];
    const size = Math.min(trips.length, SIZE_MIN + Math.floor(random() * SIZE_SPAN));
    // With thousands of coaches (never on a real day) only a random sample is ranked.
    const sample =
      trips.length <= SAMPLE_LIMIT
        ? null
        : [...new Set([seed, ...Array.from({ length: SAMPLE_LIMIT }, () => Math.floor(random() * trips.length))])];
    const ranked = sample
      ? nearest(size, sample.length, (k) => (k === 0 ? -1 : closeness(m, anchor, trips[sample[k]]))).map((k) => sample[k])
      : nearest(size, trips.length, (i) => (i === seed ? -1 : closeness(m, anchor, trips[i]) * (0.8 + 0.4 * random())));
    const chosen = new Set(ranked);
    // Half the rebuilds seed the hardest groups first, half the biggest.
    const hardFirst = random() < 0.5;
    const pool: number[] = [];
    let oldCost = 0;
    for (const i of ranked) {
      const trip = trips[i];
      oldCost += m.fixedCost + m.perKm * trip.km;
      trip.pairs.forEach((pair, k) => {
        if (rem[pair] === 0) pool.push(pair);
        rem[pair] += trip.counts[k];
      });
    }
    const noise = new Map(pool.map((p) => [p, 0.6 + 0.8 * random()]));
    const weight = (p: number): number => (noise.get(p) as number) * (hardFirst ? partners[p] : -rem[p]);
    const order = pool.sort((a, b) => weight(a) - weight(b) || rem[a] - rem[b] || a - b);
    const rebuilt: (WorkTrip | null)[] = construct(m, rem, order);
    dissolve(m, rebuilt);
    relocate(m, rebuilt, 2);
    for (const p of pool) rem[p] = 0;
    const newCost = totalCost(m, rebuilt);
    const threshold = threshold0 * (1 - it / budget.iterations);
    if (newCost < oldCost - EPS || (threshold > 0 && newCost < oldCost + threshold)) {
      trips = [...trips.filter((_, i) => !chosen.has(i)), ...rebuilt.filter((t): t is WorkTrip => t !== null)];
      cost += newCost - oldCost;
      if (cost < bestCost - EPS) {
        best = trips;
        bestCost = cost;
        lastGain = it;
      }
    }
  }
  return best;
}
