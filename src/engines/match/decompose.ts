// Turns the optimal flow back into (worker, job) pairs. At an entry, any worker class that
// sent flow in may leave by any arc out; along a chain, flow only climbs, so a unit that
// entered at or below a node may leave there. Each resulting pair therefore follows a real
// path of the network: it is eligible and worth at least the path's value.

import type { Classes } from './classes.js';
import type { MatchNetwork } from './network.js';

/** Triples (worker class, job class, count), flattened. */
export function decomposeFlow(mn: MatchNetwork, flow: Int32Array): number[] {
  const { net, entryBase, chainBase, jobBase } = mn;
  const entryCount = chainBase - entryBase;
  const chainCount = jobBase - chainBase;

  // Worker classes arriving at each entry.
  const [w0, w1] = mn.workerArcs;
  const poolStart = new Int32Array(entryCount + 1);
  for (let a = w0; a < w1; a++) if (flow[a] > 0) poolStart[net.head[a] - entryBase + 1]++;
  for (let e = 0; e < entryCount; e++) poolStart[e + 1] += poolStart[e];
  const fill = poolStart.slice(0, entryCount);
  const poolClass = new Int32Array(poolStart[entryCount]);
  const poolAmount = new Int32Array(poolStart[entryCount]);
  for (let a = w0; a < w1; a++) {
    if (flow[a] <= 0) continue;
    const k = fill[net.head[a] - entryBase]++;
    poolClass[k] = net.tail[a];
    poolAmount[k] = flow[a];
  }
  const poolNext = poolStart.slice(0, entryCount);

  // Arcs into and out of each chain node.
  const byNode = (range: [number, number], endpoint: Int32Array): { start: Int32Array; arcs: Int32Array } => {
    const start = new Int32Array(chainCount + 1);
    for (let a = range[0]; a < range[1]; a++) if (flow[a] > 0) start[endpoint[a] - chainBase + 1]++;
    for (let p = 0; p < chainCount; p++) start[p + 1] += start[p];
    const at = start.slice(0, chainCount);
    const arcs = new Int32Array(start[chainCount]);
    for (let a = range[0]; a < range[1]; a++) if (flow[a] > 0) arcs[at[endpoint[a] - chainBase]++] = a;
    return { start, arcs };
  };
  const incoming = byNode(mn.entryArcs, net.head);
  const outgoing = byNode(mn.exitArcs, net.tail);

  const triples: number[] = [];
  const tokenClass: number[] = [];
  const tokenAmount: number[] = [];
  const groupCount = mn.groupStart.length - 1;
  for (let g = 0; g < groupCount; g++) {
    tokenClass.length = 0;
    tokenAmount.length = 0;
    let tokenHead = 0;
    for (let p = mn.groupStart[g]; p < mn.groupStart[g + 1]; p++) {
      for (let k = incoming.start[p]; k < incoming.start[p + 1]; k++) {
        const a = incoming.arcs[k];
        const e = net.tail[a] - entryBase;
        let need = flow[a];
        while (need > 0) {
          const slot = poolNext[e];
          const take = Math.min(need, poolAmount[slot]);
          tokenClass.push(poolClass[slot]);
          tokenAmount.push(take);
          poolAmount[slot] -= take;
          if (poolAmount[slot] === 0) poolNext[e]++;
          need -= take;
        }
      }
      for (let k = outgoing.start[p]; k < outgoing.start[p + 1]; k++) {
        const a = outgoing.arcs[k];
        const jobClass = net.head[a] - jobBase;
        let need = flow[a];
        while (need > 0) {
          const take = Math.min(need, tokenAmount[tokenHead]);
          triples.push(tokenClass[tokenHead], jobClass, take);
          tokenAmount[tokenHead] -= take;
          if (tokenAmount[tokenHead] === 0) tokenHead++;
          need -= take;
        }
      }
    }
  }
  return triples;
}

/** Hands out actual worker and job indices to the class-level triples: pairs flattened. */
export function assignIndices(classes: Classes, triples: number[], capacity: Int32Array): Int32Array {
  let total = 0;
  for (let t = 2; t < triples.length; t += 3) total += triples[t];
  const out = new Int32Array(2 * total);
  const workerNext = new Int32Array(classes.workerClasses.length);
  const jobNext = new Int32Array(classes.jobClasses.length);
  const left = capacity.slice();
  let o = 0;
  for (let t = 0; t < triples.length; t += 3) {
    const c = triples[t];
    const jcId = triples[t + 1];
    const members = classes.workerClasses[c].members.data;
    const jobs = classes.jobClasses[jcId].members.data;
    for (let n = 0; n < triples[t + 2]; n++) {
      while (left[jobs[jobNext[jcId]]] === 0) jobNext[jcId]++;
      const job = jobs[jobNext[jcId]];
      left[job]--;
      out[o++] = members[workerNext[c]++];
      out[o++] = job;
    }
  }
  return out;
}
