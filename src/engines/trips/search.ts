// The search behind planTrips: full coaches for big groups, a few constructions for what
// is left (from the naive plan, from patterns, from seeded coaches), each followed by
// local improvement, then a large-neighbourhood search from the cheapest. Every budget is
// counted in iterations, never in time, so the plan does not depend on the machine.

import { construct } from './construct.js';
import { dissolve } from './dissolve.js';
import { largeNeighbourhoodSearch } from './lns.js';
import type { Model } from './model.js';
import { constructFromPatterns } from './pattern-construct.js';
import { enumeratePatterns } from './patterns.js';
import { seededRandom } from './prng.js';
import { relocate } from './relocate.js';
import type { PlanOptions } from './types.js';
import { cloneTrip, mayShare, singlePairTrip, totalCost, type WorkTrip } from './work.js';

const RELOCATE_ROUNDS = 4;
// Up to this many waiting groups the extra constructions are affordable.
const SMALL = 300;
const PATTERN_LIMIT = 200_000;
// Counting partners is quadratic in groups; beyond this, every group counts as equally hard.
const PARTNER_LIMIT = 3000;
const HARD_ROUND_LIMIT = 1000;
// About 30 rebuilds per coach, at most 6000: a 2,000-rider day gets ~1,500 in ~0.3 s,
// a 27,000-rider campaign 6,000 in a few seconds.
const LNS_ITERATIONS_PER_COACH = 30;
const LNS_ITERATION_CAP = 6000;
// Each rebuild ranks every coach by closeness; with many coaches this caps the total.
const LNS_SCAN_BUDGET = 3_000_000;

function improve(m: Model, trips: (WorkTrip | null)[]): void {
  dissolve(m, trips);
  relocate(m, trips, RELOCATE_ROUNDS);
  dissolve(m, trips);
}

/** How many other groups each group could ever share a coach with (a cheap hardness measure). */
function partnerCounts(m: Model, pairs: readonly number[]): Int32Array {
  const partners = new Int32Array(m.pairFrom.length);
  if (pairs.length > PARTNER_LIMIT) return partners;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const p = pairs[i];
      const q = pairs[j];
      if (m.pairFrom[p] === m.pairTo[q] || m.pairTo[p] === m.pairFrom[q] || !mayShare(m, p, q)) continue;
      partners[p]++;
      partners[q]++;
    }
  }
  return partners;
}

export function searchTrips(m: Model, options: PlanOptions = {}): WorkTrip[] {
  const cap = m.capacity;
  const pairCount = m.pairFrom.length;
  const allPairs = Array.from({ length: pairCount }, (_, p) => p);
  const demand = Int32Array.from(m.pairPassengers, (list) => list.length);
  const full: WorkTrip[] = [];
  const rem0 = new Int32Array(pairCount);
  for (let pair = 0; pair < pairCount; pair++) {
    // Straight full coaches are the cheapest way to carry a big group's riders; later
    // moves may still trade some of their seats for stragglers.
    for (let k = 0; k < Math.floor(demand[pair] / cap); k++) full.push(singlePairTrip(m, pair, cap));
    rem0[pair] = demand[pair] % cap;
  }
  const waiting = allPairs.filter((pair) => rem0[pair] > 0);
  const small = waiting.length <= SMALL;
  const random = seededRandom(options.seed ?? 1);
  const partners = partnerCounts(m, allPairs);
  const patterns = small ? enumeratePatterns(m, waiting, PATTERN_LIMIT) : null;

  const rounds = (small ? 2 : 0) + (patterns ? 1 : 0) + (pairCount <= HARD_ROUND_LIMIT ? 2 : 1);
  const total = rounds + 1;
  let done = 0;
  const progress = (): void => options.onProgress?.({ phase: 'search', done: ++done, total });
  let best: WorkTrip[] = [];
  let bestCost = Infinity;
  const consider = (trips: (WorkTrip | null)[]): void => {
    improve(m, trips);
    const cost = totalCost(m, trips);
    if (cost < bestCost) {
      bestCost = cost;
      best = trips.filter((trip): trip is WorkTrip => trip !== null);
    }
    progress();
  };
  const withFull = (rest: WorkTrip[]): (WorkTrip | null)[] => [...full.map(cloneTrip), ...rest];

  // From the naive plan, improvement only merges, so the result is never worse than naive.
  if (small) consider(withFull(waiting.map((pair) => singlePairTrip(m, pair, rem0[pair]))));
  if (patterns) consider(withFull(constructFromPatterns(m, rem0.slice(), waiting, patterns)));
  // Remainders seeded biggest first (they fill most of a coach), long ones before short.
  const seeded = [...waiting].sort((a, b) => rem0[b] - rem0[a] || m.pairDirect[b] - m.pairDirect[a] || a - b);
  consider(withFull(construct(m, rem0.slice(), seeded)));
  // The whole demand, hardest groups first (fewest partners, fewest riders), so big
  // groups' riders fill the coaches of isolated small groups.
  const hardness = (noise: (p: number) => number) =>
    [...allPairs].sort((a, b) => partners[a] * noise(a) - partners[b] * noise(b) || demand[a] - demand[b] || a - b);
  // Beyond a thousand groups (never on a real day: most coaches then carry one group) the
  // seeded construction alone has to do.
  if (pairCount <= HARD_ROUND_LIMIT) consider(construct(m, demand.slice(), hardness(() => 1)));
  if (small) {
    const jitter = Float64Array.from(allPairs, () => 0.7 + 0.6 * random());
    consider(construct(m, demand.slice(), hardness((p) => jitter[p])));
  }

  const live = best.length;
  best = largeNeighbourhoodSearch(m, best, random, {
    iterations: Math.min(LNS_ITERATION_CAP, LNS_ITERATIONS_PER_COACH * live, Math.ceil(LNS_SCAN_BUDGET / live)),
    patience: Math.max(300, 4 * live),
    partners,
  });
  progress();
  return best;
}
