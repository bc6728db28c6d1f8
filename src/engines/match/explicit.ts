// The same problem with one arc per eligible (worker class, job class) pair. When the pairs
// are few enough this beats the compressed network: push-relabel on it scans each worker
// class's arcs sequentially against a small, cache-resident array of job prices, while
// the compressed network's extra layers turn every step into a cache miss.

import { WAGE_PART_CAP, WAGE_STEP } from './rules.js';
import { intList, push, toArray } from './intlist.js';
import type { Classes } from './classes.js';
import type { FlowNetwork } from './mcf.js';

export type PairNetwork = { net: FlowNetwork; jobBase: number; pairArcs: number };

/** Job classes reachable per (bucket, requirement, age class), built once. */
function index(classes: Classes): Map<number, number[]> {
  const byKey = new Map<number, number[]>();
  const { jobClasses, requirementCount, ageCount } = classes;
  jobClasses.forEach((jc, id) => {
    for (const b of jc.buckets) {
      for (let a = jc.lo; a <= jc.hi; a++) {
        const key = (b * requirementCount + jc.requirement) * ageCount + a;
        let list = byKey.get(key);
        if (!list) byKey.set(key, (list = []));
        list.push(id);
      }
    }
  });
  return byKey;
}

/** Counts eligible class pairs without building anything, stopping past `limit`. */
export function countPairs(classes: Classes, limit: number): number {
  const byKey = index(classes);
  const seen = new Int32Array(classes.jobClasses.length).fill(-1);
  let count = 0;
  classes.workerClasses.forEach((wc, c) => {
    if (count > limit) return;
    const m = classes.breakpoints[wc.mIdx];
    for (let a = 0; a < wc.arcs.length; a += 2) {
      for (const req of classes.satisfied[wc.certSet]) {
        const list = byKey.get((wc.arcs[a] * classes.requirementCount + req) * classes.ageCount + wc.ageIdx);
        if (!list) continue;
        for (const j of list) {
          if (seen[j] !== c && classes.jobClasses[j].wage >= m) {
            seen[j] = c;
            count++;
          }
        }
      }
    }
  });
  return count;
}

export function buildPairNetwork(classes: Classes): PairNetwork {
  const { workerClasses, jobClasses, breakpoints } = classes;
  const byKey = index(classes);
  const best = new Int32Array(jobClasses.length).fill(-1);
  const touched: number[] = [];
  const tail = intList();
  const head = intList();
  const cap = intList();
  const cost = intList();
  let totalSupply = 0;
  for (const wc of workerClasses) totalSupply += wc.count;
  const INF = totalSupply + 1;
  const jobBase = workerClasses.length;
  const sink = jobBase + jobClasses.length;
  workerClasses.forEach((wc, c) => {
    const m = breakpoints[wc.mIdx];
    for (let a = 0; a < wc.arcs.length; a += 2) {
      for (const req of classes.satisfied[wc.certSet]) {
        const list = byKey.get((wc.arcs[a] * classes.requirementCount + req) * classes.ageCount + wc.ageIdx);
        if (!list) continue;
        for (const j of list) {
          const wage = jobClasses[j].wage;
          if (wage < m) continue;
          const v = wc.arcs[a + 1] + Math.min(WAGE_PART_CAP, Math.floor((wage - m) / WAGE_STEP));
          if (best[j] < 0) touched.push(j);
          if (v > best[j]) best[j] = v;
        }
      }
    }
    for (const j of touched) {
      push(tail, c);
      push(head, jobBase + j);
      push(cap, INF);
      push(cost, -best[j]);
      best[j] = -1;
    }
    touched.length = 0;
  });
  const pairArcs = tail.length;
  for (let j = 0; j < jobClasses.length; j++) {
    push(tail, jobBase + j);
    push(head, sink);
    push(cap, jobClasses[j].capacity);
    push(cost, 0);
  }
  // "Not placed" goes straight to T here: T's degree only matters when T is relabelled, and
  // with the pair layout that is rare.
  for (let c = 0; c < workerClasses.length; c++) {
    push(tail, c);
    push(head, sink);
    push(cap, INF);
    push(cost, 0);
  }
  const supply = new Int32Array(sink + 1);
  workerClasses.forEach((wc, c) => (supply[c] = wc.count));
  supply[sink] = -totalSupply;
  return {
    net: { nodeCount: sink + 1, supply, arcCount: tail.length, tail: toArray(tail), head: toArray(head), capacity: toArray(cap), cost: toArray(cost) },
    jobBase,
    pairArcs,
  };
}
