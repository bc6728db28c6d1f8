// The cheapest feasible visiting order for one coach's stops. With at most six stops,
// every order of pick-ups times every order of drop-offs is tried (≤ 720 routes), which is
// exact and, with per-order tails and prefixes computed once, cheap.

import { PLANNER_STOP_CAP, type Model } from './model.js';

export type Route = { pickups: number[]; dropoffs: number[]; km: number };

function permutations(k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (const rest of permutations(k - 1)) {
    for (let at = 0; at <= rest.length; at++) out.push([...rest.slice(0, at), k - 1, ...rest.slice(at)]);
  }
  return out;
}

const PERMS: number[][][] = Array.from({ length: PLANNER_STOP_CAP }, (_, k) => permutations(k));
const MAX_PERMS = PERMS[PLANNER_STOP_CAP - 1].length;

// Scratch space reused across calls; the engine is single-threaded per instance.
const pLen = new Float64Array(MAX_PERMS);
const pLast = new Int32Array(MAX_PERMS);
const pTail = new Float64Array(MAX_PERMS * PLANNER_STOP_CAP);
const dLen = new Float64Array(MAX_PERMS);
const dFirst = new Int32Array(MAX_PERMS);
const dPref = new Float64Array(MAX_PERMS * PLANNER_STOP_CAP);
let fromSlot = new Int32Array(64);
let toSlot = new Int32Array(64);

/**
 * Best order of the given pick-up and drop-off sets such that every listed pair rides
 * within its detour limit, or null when no order works. Sets must be disjoint and duplicate-free.
 */
export function bestRoute(
  m: Model,
  pickups: readonly number[],
  dropoffs: readonly number[],
  pairs: readonly number[],
): Route | null {
  const k = pickups.length;
  const q = dropoffs.length;
  const dist = m.dist;
  if (k === 1 && q === 1) return { pickups: [pickups[0]], dropoffs: [dropoffs[0]], km: dist(pickups[0], dropoffs[0]) };
  const np = pairs.length;
  if (np > fromSlot.length) {
    fromSlot = new Int32Array(np * 2);
    toSlot = new Int32Array(np * 2);
  }
  for (let j = 0; j < np; j++) {
    fromSlot[j] = pickups.indexOf(m.pairFrom[pairs[j]]);
    toSlot[j] = dropoffs.indexOf(m.pairTo[pairs[j]]);
  }
  const pPerms = PERMS[k];
  const dPerms = PERMS[q];
  for (let a = 0; a < pPerms.length; a++) {
    const order = pPerms[a];
    let run = 0;
    pTail[a * k + order[k - 1]] = 0;
    for (let i = k - 2; i >= 0; i--) {
      run += dist(pickups[order[i]], pickups[order[i + 1]]);
      pTail[a * k + order[i]] = run;
    }
    pLen[a] = run;
    pLast[a] = order[k - 1];
  }
  for (let b = 0; b < dPerms.length; b++) {
    const order = dPerms[b];
    let run = 0;
    dPref[b * q + order[0]] = 0;
    for (let i = 1; i < q; i++) {
      run += dist(dropoffs[order[i - 1]], dropoffs[order[i]]);
      dPref[b * q + order[i]] = run;
    }
    dLen[b] = run;
    dFirst[b] = order[0];
  }
  let best = Infinity;
  let bestA = -1;
  let bestB = -1;
  for (let a = 0; a < pPerms.length; a++) {
    const last = pLast[a];
    for (let b = 0; b < dPerms.length; b++) {
      const first = dFirst[b];
      const link = dist(pickups[last], dropoffs[first]);
      const km = pLen[a] + link + dLen[b];
      if (km >= best) continue;
      let ok = true;
      for (let j = 0; j < np; j++) {
        const f = fromSlot[j];
        const t = toSlot[j];
        // The direct leg is exactly the direct distance, allowed for any detour ≥ 1.
        if (f === last && t === first) continue;
        if (pTail[a * k + f] + link + dPref[b * q + t] > m.pairLimit[pairs[j]]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        best = km;
        bestA = a;
        bestB = b;
      }
    }
  }
  if (bestA < 0) return null;
  return {
    pickups: pPerms[bestA].map((i) => pickups[i]),
    dropoffs: dPerms[bestB].map((i) => dropoffs[i]),
    km: best,
  };
}

/** Km of a route in the given order. */
export function routeKm(m: Model, pickups: readonly number[], dropoffs: readonly number[]): number {
  const stops = [...pickups, ...dropoffs];
  let km = 0;
  for (let i = 1; i < stops.length; i++) km += m.dist(stops[i - 1], stops[i]);
  return km;
}

/** Whether every pair rides within its limit on the route in the given order. */
export function routeFeasible(
  m: Model,
  pickups: readonly number[],
  dropoffs: readonly number[],
  pairs: readonly number[],
): boolean {
  const stops = [...pickups, ...dropoffs];
  const k = pickups.length;
  for (const pair of pairs) {
    const f = pickups.indexOf(m.pairFrom[pair]);
    const t = dropoffs.indexOf(m.pairTo[pair]);
    if (f < 0 || t < 0) return false;
    if (f === k - 1 && t === 0) continue;
    // Summed leg by leg from the pick-up, as a checker walking the route would.
    let ride = 0;
    for (let i = f + 1; i <= k + t; i++) ride += m.dist(stops[i - 1], stops[i]);
    if (ride > m.pairLimit[pair]) return false;
  }
  return true;
}
