// Starting prices for the min-cost flow. Both matching networks are DAGs (worker class →
// … → job class → T), so one backward pass gives every node the best value a unit there
// can still earn: π(u) = max over arcs (π(head) − cost), 0 at the deficit node. Then no
// arc has a negative reduced cost (cost + π(tail) − π(head) ≥ 0) and every worker class
// has a zero-cost path to T, which is much closer to the optimal prices than zero. Cost
// scaling is exact from any prices; good ones only save it phases (bench/README.md).

import type { FlowNetwork } from './mcf.js';

/** Nodes in topological order of the arcs, plus the out-arc lists; null when there is a cycle. */
export function topologicalOrder(net: FlowNetwork): { order: Int32Array; outStart: Int32Array; outArcs: Int32Array } | null {
  const n = net.nodeCount;
  const indegree = new Int32Array(n);
  const outStart = new Int32Array(n + 1);
  for (let a = 0; a < net.arcCount; a++) {
    indegree[net.head[a]]++;
    outStart[net.tail[a] + 1]++;
  }
  for (let u = 0; u < n; u++) outStart[u + 1] += outStart[u];
  const fill = outStart.slice(0, n);
  const outArcs = new Int32Array(net.arcCount);
  for (let a = 0; a < net.arcCount; a++) outArcs[fill[net.tail[a]]++] = a;
  const order = new Int32Array(n);
  let size = 0;
  for (let u = 0; u < n; u++) if (indegree[u] === 0) order[size++] = u;
  for (let k = 0; k < size; k++) {
    const u = order[k];
    for (let i = outStart[u]; i < outStart[u + 1]; i++) {
      const v = net.head[outArcs[i]];
      if (--indegree[v] === 0) order[size++] = v;
    }
  }
  return size === n ? { order, outStart, outArcs } : null;
}

/**
 * Best-value-to-go potentials in cost units (rc = cost + π(tail) − π(head)), or null when
 * the network is not a DAG. `given` (NaN = derive) fixes some nodes, e.g. job classes at a
 * previous run's prices. Nodes that reach no deficit get a price below every other one
 * minus the largest cost, so arcs into them stay non-negative too.
 */
export function startingPotentials(net: FlowNetwork, given?: Float64Array): Float64Array | null {
  const topo = topologicalOrder(net);
  if (topo === null) return null;
  const { order, outStart, outArcs } = topo;
  const n = net.nodeCount;
  const pi = new Float64Array(n);
  const unreachable = new Uint8Array(n);
  let lowest = 0;
  let maxCost = 0;
  for (let a = 0; a < net.arcCount; a++) maxCost = Math.max(maxCost, Math.abs(net.cost[a]));
  for (let k = n - 1; k >= 0; k--) {
    const u = order[k];
    const g = given ? given[u] : Number.NaN;
    if (!Number.isNaN(g)) pi[u] = g;
    else if (net.supply[u] < 0) pi[u] = 0;
    else {
      let best = -Infinity;
      for (let i = outStart[u]; i < outStart[u + 1]; i++) {
        const a = outArcs[i];
        const v = net.head[a];
        if (unreachable[v] || net.capacity[a] <= 0) continue;
        const candidate = pi[v] - net.cost[a];
        if (candidate > best) best = candidate;
      }
      if (best === -Infinity) {
        unreachable[u] = 1;
        continue;
      }
      pi[u] = best;
    }
    if (pi[u] < lowest) lowest = pi[u];
  }
  const floor = lowest - maxCost - 1;
  for (let u = 0; u < n; u++) if (unreachable[u]) pi[u] = floor;
  return pi;
}
