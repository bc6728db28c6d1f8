// A stop-aware lower bound on coaches, for the benchmark only: the contract's bound
// ceil(passengers / capacity) ignores that a coach stops at most maxStops times, which
// on days with many small scattered groups is what really limits how full coaches get.
//
// Every set of (from, to) pairs that can share one coach (≤ maxStops stops, a visiting
// order keeping everyone within the detour) is a pattern. How many coaches run each
// pattern, and how many riders of each pair each carries, is then an exact model of the
// contract: its LP relaxation, minimising coaches, is a valid lower bound on coaches; on
// small instances the integer model minimising cost is solved (time-limited) for the
// true optimum to compare the planner with.

import highsPackage from 'highs';
import { buildModel } from '../../src/engines/trips/model.js';
import { enumeratePatterns, type Pattern } from '../../src/engines/trips/patterns.js';
import type { TripInstance } from '../../src/engines/trips/types.js';

export type StopAwareBound = {
  patterns: number;
  /** Fewest coaches any feasible plan can have (LP bound, rounded up). */
  lp: number;
  /** Cheapest plan of the integer model, when solved; `proven` false if the time limit cut it short. */
  exact?: { coaches: number; cost: number; proven: boolean };
};

// The package is CommonJS typed as an ES default export: under NodeNext the default
// import is the module object in the types, while at run time it may be the loader itself.
type Loader = (typeof highsPackage)['default'];
const loadHighs: Loader = (highsPackage as unknown as { default?: Loader }).default ?? (highsPackage as unknown as Loader);

// The pattern enumeration is exhaustive only up to this many pairs (beyond, it samples).
const EXHAUSTIVE_LIMIT = 1500;

export async function stopAwareBound(
  instance: TripInstance,
  options: { exact?: boolean; timeLimitSeconds?: number } = {},
): Promise<StopAwareBound | null> {
  const m = buildModel(instance);
  const pairCount = m.pairFrom.length;
  if (pairCount > EXHAUSTIVE_LIMIT) return null;
  const all = Array.from({ length: pairCount }, (_, p) => p);
  const multi = enumeratePatterns(m, all, 2_000_000);
  if (!multi) return null;
  const singles: Pattern[] = all.map((p) => ({
    pairs: [p],
    route: { pickups: [m.pairFrom[p]], dropoffs: [m.pairTo[p]], km: m.pairDirect[p] },
  }));
  const sets = [...singles, ...multi];
  const cap = m.capacity;
  const demand = m.pairPassengers.map((list) => list.length);
  const rows: string[] = [];
  const byPair: string[][] = demand.map(() => []);
  const coverByPair: string[][] = demand.map(() => []);
  sets.forEach(({ pairs }, i) => {
    rows.push(`cap${i}: ${pairs.map((p) => `y${i}_${p}`).join(' + ')} - ${cap} x${i} <= 0`);
    for (const p of pairs) {
      rows.push(`link${i}_${p}: y${i}_${p} - ${Math.min(cap, demand[p])} x${i} <= 0`);
      byPair[p].push(`y${i}_${p}`);
      coverByPair[p].push(`x${i}`);
    }
  });
  demand.forEach((n, p) => {
    rows.push(`demand${p}: ${byPair[p].join(' + ')} = ${n}`);
    rows.push(`cover${p}: ${coverByPair[p].join(' + ')} >= ${Math.ceil(n / cap)}`);
  });
  const model = (objective: string, integer: boolean): string =>
    `Minimize\n obj: ${objective}\nSubject To\n ${rows.join('\n ')}\n` +
    (integer ? `General\n ${sets.map((_, i) => `x${i}`).join(' ')}\n` : '') +
    'End\n';
  const highs = await loadHighs();
  const relaxed = highs.solve(model(sets.map((_, i) => `x${i}`).join(' + '), false), { output_flag: false });
  if (relaxed.Status !== 'Optimal') return null;
  const result: StopAwareBound = { patterns: sets.length, lp: Math.ceil(relaxed.ObjectiveValue - 1e-6) };
  if (options.exact) {
    const cost = sets.map(({ route }, i) => `${(m.fixedCost + m.perKm * route.km).toFixed(6)} x${i}`).join(' + ');
    const solved = highs.solve(model(cost, true), { output_flag: false, time_limit: options.timeLimitSeconds ?? 60 });
    if (solved.Status === 'Optimal' || solved.Status === 'Time limit reached') {
      let coaches = 0;
      sets.forEach((_, i) => (coaches += Math.round(solved.Columns[`x${i}`]?.Primal ?? 0)));
      result.exact = { coaches, cost: solved.ObjectiveValue, proven: solved.Status === 'Optimal' };
    }
  }
  return result;
}
