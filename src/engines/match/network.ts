// The flow network that makes the problem linear in size instead of workers × jobs.
//
//   worker class ──(−value: base + industry + destination part)──▶ entry
//   entry = (bucket, certificate requirement R ⊆ worker's set, age, minWage breakpoint)
//   entry ──▶ chain of every group (bucket, R, age range ∋ age) at its breakpoint
//   chain: nodes sorted by breakpoint, 0-cost arcs upwards ("can also serve a higher one")
//   chain node ──(−k)──▶ job class, from the highest node ≤ wage − 200k, k = 29..0
//   job class ──(headcount)──▶ T;  worker class ──(0, "not placed")──▶ T
//
// Every path corresponds to an eligible pair and is worth at most its value; every
// eligible pair has a path worth exactly its value (the best bucket, the best k). So the
// network's optimum is the contract's optimum, and any flow decomposes into pairs.

import { domainError } from '../../core/errors.js';
import { WAGE_PART_CAP, WAGE_STEP } from './rules.js';
import { intList, push, toArray, type IntList } from './intlist.js';
import type { Classes } from './classes.js';
import type { FlowNetwork } from './mcf.js';

export type MatchNetwork = {
  net: FlowNetwork;
  entryBase: number;
  chainBase: number;
  jobBase: number;
  sink: number;
  /** Arc index ranges by kind, for decomposing the flow. */
  workerArcs: [number, number];
  entryArcs: [number, number];
  exitArcs: [number, number];
  /** First chain node of each group (a group's chain nodes are contiguous, ascending). */
  groupStart: Int32Array;
};

const FAN_IN = 32;

/**
 * The most arcs a network may have: the solver holds about 130 bytes per arc at its peak
 * (measured: 14.2 M arcs, 2.3 GB with the instance), so this keeps a run within ~4 GB.
 * Beyond it the instance is refused with a message instead of exhausting the memory.
 */
export const MAX_ARCS = 30_000_000;

function tooLarge(arcs: number): Error {
  return domainError({
    code: 'payload_too_large',
    record: 'instance',
    zh: `分配问题过大：网络超过 ${arcs.toLocaleString('en-US')} 条弧（约 4 GB 内存）；请按省或市分批分配`,
    en: `allocation too large: the network exceeds ${arcs.toLocaleString('en-US')} arcs (about 4 GB of memory); allocate by province or city`,
  });
}

type Arcs = { tail: IntList; head: IntList; cap: IntList; cost: IntList; max: number };

function addArc(arcs: Arcs, tail: number, head: number, cap: number, cost: number): void {
  if (arcs.tail.length >= arcs.max) throw tooLarge(arcs.max);
  push(arcs.tail, tail);
  push(arcs.head, head);
  push(arcs.cap, cap);
  push(arcs.cost, cost);
}

export function buildNetwork(classes: Classes, maxArcs = MAX_ARCS): MatchNetwork {
  const { workerClasses, jobClasses, breakpoints, ageCount, requirementCount, satisfied } = classes;
  const mCount = breakpoints.length;
  let totalSupply = 0;
  for (const c of workerClasses) totalSupply += c.count;
  // One more than any flow can carry, so "unbounded" arcs always stay residual (the dual read-out relies on it).
  const INF = totalSupply + 1;

  // Groups: (sub-bucket = bucket × requirement, age range), holding job classes.
  const subBuckets = new Map<number, number>();
  const groupsOfSub: number[][] = [];
  const groupIds = new Map<string, number>();
  const groupLo: number[] = [];
  const groupHi: number[] = [];
  const groupJobs: number[][] = [];
  for (let jc = 0; jc < jobClasses.length; jc++) {
    const job = jobClasses[jc];
    for (const b of job.buckets) {
      const subKey = b * requirementCount + job.requirement;
      let sub = subBuckets.get(subKey);
      if (sub === undefined) {
        sub = groupsOfSub.length;
        subBuckets.set(subKey, sub);
        groupsOfSub.push([]);
      }
      const gKey = `${sub},${job.lo},${job.hi}`;
      let g = groupIds.get(gKey);
      if (g === undefined) {
        g = groupLo.length;
        groupIds.set(gKey, g);
        groupLo.push(job.lo);
        groupHi.push(job.hi);
        groupJobs.push([]);
        groupsOfSub[sub].push(g);
      }
      groupJobs[g].push(jc);
    }
  }

  // Entries, and worker → entry arcs (heads are entry ids for now, shifted later).
  const entryIds = new Map<number, number>();
  const entryGroups: number[][] = [];
  const entryM: number[] = [];
  let memberships = 0;
  const wTail = intList(workerClasses.length * 4);
  const wHead = intList(workerClasses.length * 4);
  const wValue = intList(workerClasses.length * 4);
  for (let c = 0; c < workerClasses.length; c++) {
    const wc = workerClasses[c];
    const reqs = satisfied[wc.certSet];
    for (let a = 0; a < wc.arcs.length; a += 2) {
      const bucket = wc.arcs[a];
      for (const req of reqs) {
        const sub = subBuckets.get(bucket * requirementCount + req);
        if (sub === undefined) continue;
        const key = (sub * ageCount + wc.ageIdx) * mCount + wc.mIdx;
        let e = entryIds.get(key);
        if (e === undefined) {
          const groups = groupsOfSub[sub].filter((g) => groupLo[g] <= wc.ageIdx && wc.ageIdx <= groupHi[g]);
          // Each membership becomes an arc: refuse before the lists outgrow the memory.
          memberships += groups.length;
          if (memberships > maxArcs) throw tooLarge(maxArcs);
          e = groups.length === 0 ? -1 : entryGroups.length;
          entryIds.set(key, e);
          if (e >= 0) {
            entryGroups.push(groups);
            entryM.push(wc.mIdx);
          }
        }
        if (e < 0) continue;
        push(wTail, c);
        push(wHead, e);
        push(wValue, wc.arcs[a + 1]);
      }
    }
  }

  // Chains: per group, the distinct breakpoints of its entries, ascending.
  const groupCount = groupLo.length;
  const groupPositions: number[][] = Array.from({ length: groupCount }, () => []);
  for (let e = 0; e < entryGroups.length; e++) for (const g of entryGroups[e]) groupPositions[g].push(entryM[e]);
  const groupStart = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g++) {
    const sorted = [...new Set(groupPositions[g])].sort((x, y) => x - y);
    groupPositions[g] = sorted;
    groupStart[g + 1] = groupStart[g] + sorted.length;
  }
  const chainCount = groupStart[groupCount];
  const entryBase = workerClasses.length;
  const chainBase = entryBase + entryGroups.length;
  const jobBase = chainBase + chainCount;
  const sink = jobBase + jobClasses.length;

  const positionIndex = (g: number, m: number): number => {
    const positions = groupPositions[g];
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (positions[mid] < m) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Tight capacities: every one is implied by the supplies (so the optimum is unchanged), but
  // cost scaling saturates negative arcs at each phase start, and "unbounded" arcs would
  // dump the whole supply on a node and make it push it all back.
  const entryIn = new Float64Array(entryGroups.length);
  for (let k = 0; k < wTail.length; k++) entryIn[wHead.data[k]] += workerClasses[wTail.data[k]].count;
  const reach = new Float64Array(chainCount);
  for (let e = 0; e < entryGroups.length; e++) {
    for (const g of entryGroups[e]) reach[groupStart[g] + positionIndex(g, entryM[e])] += entryIn[e];
  }
  for (let g = 0; g < groupCount; g++) {
    for (let p = groupStart[g] + 1; p < groupStart[g + 1]; p++) reach[p] += reach[p - 1];
  }
  const bounded = (x: number): number => Math.min(INF, x);

  const arcs: Arcs = { tail: intList(wTail.length * 3), head: intList(wTail.length * 3), cap: intList(wTail.length * 3), cost: intList(wTail.length * 3), max: maxArcs };
  for (let k = 0; k < wTail.length; k++) addArc(arcs, wTail.data[k], entryBase + wHead.data[k], workerClasses[wTail.data[k]].count, -wValue.data[k]);
  const workerEnd = arcs.tail.length;
  for (let e = 0; e < entryGroups.length; e++) {
    for (const g of entryGroups[e]) addArc(arcs, entryBase + e, chainBase + groupStart[g] + positionIndex(g, entryM[e]), bounded(entryIn[e]), 0);
  }
  const entryEnd = arcs.tail.length;
  for (let g = 0; g < groupCount; g++) {
    for (let p = groupStart[g]; p + 1 < groupStart[g + 1]; p++) addArc(arcs, chainBase + p, chainBase + p + 1, bounded(reach[p]), 0);
  }
  const exitStart = arcs.tail.length;
  for (let g = 0; g < groupCount; g++) {
    const positions = groupPositions[g];
    if (positions.length === 0) continue;
    for (const jc of groupJobs[g]) {
      const wage = jobClasses[jc].wage;
      let lastNode = -1;
      for (let k = WAGE_PART_CAP; k >= 0; k--) {
        const x = wage - WAGE_STEP * k;
        // Highest chain position whose breakpoint is ≤ x.
        let lo = 0;
        let hi = positions.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (breakpoints[positions[mid]] <= x) lo = mid + 1;
          else hi = mid;
        }
        const node = lo - 1;
        if (node < 0 || node === lastNode) continue;
        lastNode = node;
        addArc(arcs, chainBase + groupStart[g] + node, jobBase + jc, bounded(Math.min(jobClasses[jc].capacity, reach[groupStart[g] + node])), -k);
      }
    }
  }
  const exitEnd = arcs.tail.length;
  // Job classes and "not placed" reach T through a tree of fan-in nodes: one node with tens
  // of thousands of arcs makes every push-relabel scan of it (and of its neighbours) slow.
  let nextNode = sink + 1;
  const fanIn = (sources: number[], caps: number[]): void => {
    let level = sources;
    let levelCaps = caps;
    while (level.length > FAN_IN) {
      const up: number[] = [];
      const upCaps: number[] = [];
      for (let k = 0; k < level.length; k += FAN_IN) {
        const node = nextNode++;
        let cap = 0;
        for (let q = k; q < Math.min(level.length, k + FAN_IN); q++) {
          addArc(arcs, level[q], node, levelCaps[q], 0);
          cap = Math.min(INF, cap + levelCaps[q]);
        }
        up.push(node);
        upCaps.push(cap);
      }
      level = up;
      levelCaps = upCaps;
    }
    for (let q = 0; q < level.length; q++) addArc(arcs, level[q], sink, levelCaps[q], 0);
  };
  fanIn(jobClasses.map((_, jc) => jobBase + jc), jobClasses.map((jc) => jc.capacity));
  fanIn(workerClasses.map((_, c) => c), workerClasses.map((c) => c.count));
  const nodeCount = nextNode;

  const supply = new Int32Array(nodeCount);
  for (let c = 0; c < workerClasses.length; c++) supply[c] = workerClasses[c].count;
  supply[sink] = -totalSupply;
  return {
    net: {
      nodeCount,
      supply,
      arcCount: arcs.tail.length,
      tail: toArray(arcs.tail),
      head: toArray(arcs.head),
      capacity: toArray(arcs.cap),
      cost: toArray(arcs.cost),
    },
    entryBase,
    chainBase,
    jobBase,
    sink,
    workerArcs: [0, workerEnd],
    entryArcs: [workerEnd, entryEnd],
    exitArcs: [exitStart, exitEnd],
    groupStart,
  };
}
