// Used for re-runs (solve.ts, warm.ts): from the previous run's prices and pairs only what
// changed has to be routed, which is this method's strength. From scratch it is exact but
// slower than the cost scaling in mcf.ts on every benchmark instance (bench/README.md).
//
// Minimum-cost flow by the primal–dual method (successive shortest paths with many
// augmentations per shortest-path pass), for the matching networks, which are DAGs with
// small integer costs.
//
// Why not cost scaling: the values are 100..299 and an officer's instance is "easy" — most
// workers take one of their best vacancies and only the contested ones need a search.
// Cost scaling ignores that and walks every node through log(n·C) phases. Here:
// - potentials start as each node's best value still reachable (one backward pass over the
//   DAG, job classes optionally priced from a previous run), so every arc has a
//   non-negative reduced cost and every worker class already has a zero-cost path to T;
// - a depth-first search pushes supply along zero-reduced-cost ("admissible") paths to
//   nodes with a deficit, as far as capacities allow;
// - what is left is routed by Dijkstra from all nodes with excess at once, which raises
//   the potentials of the unreached nodes (Dial-free binary heap: reduced costs are
//   integers but their range is not bounded in advance);
// - repeat. Reduced costs stay ≥ 0 on every residual arc, so the flow is optimal for the
//   supply it carries; at the end all supply is routed and the flow is optimal (LP duality),
//   with the final potentials as the dual certificate.
// Any starting potentials are valid: arcs they price negatively are saturated first, which
// is what lets a re-run start from the previous run's prices.

import type { FlowNetwork, FlowSolution } from './mcf.js';
import { startingPotentials } from './potentials.js';

export type PrimalDualOptions = {
  /** Starting potential per node (in cost units, rc = cost + π(tail) − π(head)); NaN = derive. */
  potential?: Float64Array;
  /** Starting prices as they are (not derived); wins over `potential`. */
  price?: Float64Array;
  /** Starting flow per arc, within capacities. */
  flow?: Int32Array;
};

export type PrimalDualSolution = FlowSolution & {
  /** Final potentials: every residual arc has cost + π(tail) − π(head) ≥ 0. */
  potential: Float64Array;
  stats: { phases: number; augmentations: number; scanned: number; rounds: number };
};

type Residual = {
  n: number;
  first: Int32Array;
  head: Int32Array;
  rev: Int32Array;
  res: Int32Array;
  cost: Int32Array;
  pos: Int32Array;
};

function buildResidual(net: FlowNetwork): Residual {
  const n = net.nodeCount;
  const m = net.arcCount;
  const first = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) {
    first[net.tail[a] + 1]++;
    first[net.head[a] + 1]++;
  }
  for (let u = 0; u < n; u++) first[u + 1] += first[u];
  const fill = first.slice(0, n);
  const head = new Int32Array(2 * m);
  const rev = new Int32Array(2 * m);
  const res = new Int32Array(2 * m);
  const cost = new Int32Array(2 * m);
  const pos = new Int32Array(m);
  for (let a = 0; a < m; a++) {
    const t = net.tail[a];
    const h = net.head[a];
    const i = fill[t]++;
    const j = fill[h]++;
    head[i] = h;
    head[j] = t;
    rev[i] = j;
    rev[j] = i;
    res[i] = net.capacity[a];
    cost[i] = net.cost[a];
    cost[j] = -net.cost[a];
    pos[a] = i;
  }
  return { n, first, head, rev, res, cost, pos };
}

/** A binary min-heap of (key, node) with lazy deletion: stale entries are skipped on pop. */
type Heap = { key: Float64Array; node: Int32Array; size: number };

function heapPush(h: Heap, key: number, node: number): void {
  if (h.size === h.key.length) {
    const key2 = new Float64Array(h.key.length * 2);
    const node2 = new Int32Array(h.key.length * 2);
    key2.set(h.key);
    node2.set(h.node);
    h.key = key2;
    h.node = node2;
  }
  let i = h.size++;
  const keys = h.key;
  const nodes = h.node;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (keys[p] <= key) break;
    keys[i] = keys[p];
    nodes[i] = nodes[p];
    i = p;
  }
  keys[i] = key;
  nodes[i] = node;
}

/** Pops the minimum; its key is left in h.key[h.size] for the caller. */
function heapPop(h: Heap): number {
  const keys = h.key;
  const nodes = h.node;
  const top = nodes[0];
  const topKey = keys[0];
  const size = --h.size;
  const key = keys[size];
  const node = nodes[size];
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= size) break;
    if (c + 1 < size && keys[c + 1] < keys[c]) c++;
    if (keys[c] >= key) break;
    keys[i] = keys[c];
    nodes[i] = nodes[c];
    i = c;
  }
  keys[i] = key;
  nodes[i] = node;
  keys[size] = topKey;
  return top;
}

export function primalDualFlow(net: FlowNetwork, options: PrimalDualOptions = {}): PrimalDualSolution | null {
  const pi = options.price ? options.price.slice() : startingPotentials(net, options.potential);
  if (pi === null) return null;
  const r = buildResidual(net);
  const { n, first, head, rev, res, cost } = r;
  const excess = new Int32Array(n);
  for (let u = 0; u < n; u++) excess[u] = net.supply[u];
  if (options.flow) {
    for (let a = 0; a < net.arcCount; a++) {
      const f = Math.max(0, Math.min(options.flow[a], net.capacity[a]));
      if (f === 0) continue;
      res[r.pos[a]] -= f;
      res[rev[r.pos[a]]] += f;
      excess[net.tail[a]] -= f;
      excess[net.head[a]] += f;
    }
  }
  // Arcs the potentials price below zero must be full (reduced-cost optimality).
  for (let u = 0; u < n; u++) {
    const pu = pi[u];
    for (let i = first[u]; i < first[u + 1]; i++) {
      const cap = res[i];
      if (cap > 0 && cost[i] + pu - pi[head[i]] < 0) {
        res[i] = 0;
        res[rev[i]] += cap;
        excess[u] -= cap;
        excess[head[i]] += cap;
      }
    }
  }

  let active = new Int32Array(64);
  let activeCount = 0;
  for (let u = 0; u < n; u++) {
    if (excess[u] > 0) {
      if (activeCount === active.length) {
        const grown = new Int32Array(active.length * 2);
        grown.set(active);
        active = grown;
      }
      active[activeCount++] = u;
    }
  }
  const current = new Int32Array(n);
  const dead = new Uint8Array(n);
  const seen = new Int32Array(n);
  const path = new Int32Array(n);
  let stamp = 0;
  const stack = new Int32Array(n);
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  const finishedList = new Int32Array(n);
  const labelled = new Int32Array(n);
  const heap: Heap = { key: new Float64Array(1024), node: new Int32Array(1024), size: 0 };
  let phases = 0;
  let augmentations = 0;
  let rounds = 0;
  let scanned = 0;

  /**
   * Pushes excess along admissible paths from every active node; compacts the active list.
   * Without levels this is a quick search that may miss paths (an arc to a node on the
   * current path is passed over for good); with levels (distances to a deficit over
   * admissible arcs) only arcs one level down count, the graph is acyclic and a node
   * without a way down is truly dead: Dinic's blocking flow.
   */
  const augment = function augment(levels: Int32Array | null): void {
    current.set(first.subarray(0, n));
    dead.fill(0);
    let kept = 0;
    for (let k = 0; k < activeCount; k++) {
      const s = active[k];
      while (excess[s] > 0 && !dead[s]) {
        let top = 0;
        stack[0] = s;
        let target = -1;
        stamp++;
        seen[s] = stamp;
        while (top >= 0) {
          const u = stack[top];
          if (top > 0 && excess[u] < 0) {
            target = u;
            break;
          }
          const pu = pi[u];
          const end = first[u + 1];
          const down = levels ? levels[u] + 1 : 0;
          let i = current[u];
          for (; i < end; i++) {
            if (res[i] <= 0) continue;
            const v = head[i];
            if (dead[v] || seen[v] === stamp || cost[i] + pu - pi[v] !== 0) continue;
            if (levels && levels[v] !== down) continue;
            break;
          }
          current[u] = i;
          if (i < end) {
            path[top] = i;
            const v = head[i];
            stack[++top] = v;
            seen[v] = stamp;
          } else {
            dead[u] = 1;
            top--;
            if (top >= 0) current[stack[top]]++;
          }
        }
        if (target < 0) break;
        let delta = Math.min(excess[s], -excess[target]);
        for (let d = 0; d < top; d++) {
          const c = res[path[d]];
          if (c < delta) delta = c;
        }
        for (let d = 0; d < top; d++) {
          const i = path[d];
          res[i] -= delta;
          res[rev[i]] += delta;
        }
        excess[s] -= delta;
        excess[target] += delta;
        augmentations++;
      }
      if (excess[s] > 0) active[kept++] = s;
    }
    activeCount = kept;
  };

  /**
   * Breadth-first levels from the active nodes over admissible arcs, up to the first level
   * that holds a deficit (Dinic's level graph); false when no deficit is reachable at zero
   * cost. Starting from the active side keeps it local once few units are left.
   */
  const level = new Int32Array(n).fill(-1);
  const bfs = new Int32Array(n);
  let bfsCount = 0;
  const buildLevels = function buildLevels(): boolean {
    for (let k = 0; k < bfsCount; k++) level[bfs[k]] = -1;
    let qt = 0;
    for (let k = 0; k < activeCount; k++) {
      level[active[k]] = 0;
      bfs[qt++] = active[k];
    }
    let found = -1;
    for (let qh = 0; qh < qt; qh++) {
      const u = bfs[qh];
      const lu = level[u];
      if (found >= 0 && lu >= found) break;
      const pu = pi[u];
      for (let i = first[u], end = first[u + 1]; i < end; i++) {
        if (res[i] <= 0) continue;
        const v = head[i];
        if (level[v] >= 0 || cost[i] + pu - pi[v] !== 0) continue;
        level[v] = lu + 1;
        bfs[qt++] = v;
        if (excess[v] < 0 && found < 0) found = lu + 1;
      }
    }
    bfsCount = qt;
    return found >= 0;
  };

  /** Dijkstra from every active node to the nearest deficit; lowers the reached nodes' potentials. */
  const reprice = function reprice(): void {
    heap.size = 0;
    let labelledCount = 0;
    for (let k = 0; k < activeCount; k++) {
      const s = active[k];
      dist[s] = 0;
      labelled[labelledCount++] = s;
      heapPush(heap, 0, s);
    }
    let reached = -1;
    let limit = 0;
    let finished = 0;
    while (heap.size > 0) {
      const u = heapPop(heap);
      const du = heap.key[heap.size];
      if (done[u] || du > dist[u]) continue;
      if (excess[u] < 0) {
        reached = u;
        limit = du;
        break;
      }
      done[u] = 1;
      finishedList[finished++] = u;
      const pu = pi[u];
      const end = first[u + 1];
      scanned += end - first[u];
      for (let i = first[u]; i < end; i++) {
        if (res[i] <= 0) continue;
        const v = head[i];
        if (done[v]) continue;
        const nd = du + cost[i] + pu - pi[v];
        if (nd < dist[v]) {
          if (dist[v] === Infinity) labelled[labelledCount++] = v;
          dist[v] = nd;
          heapPush(heap, nd, v);
        }
      }
    }
    if (reached < 0) throw new Error('min-cost flow: infeasible network');
    // Only finished nodes (distance ≤ limit) change: π −= limit − d; the rest shift by 0.
    for (let k = 0; k < finished; k++) {
      const v = finishedList[k];
      pi[v] -= limit - dist[v];
    }
    for (let k = 0; k < labelledCount; k++) {
      const v = labelled[k];
      dist[v] = Infinity;
      done[v] = 0;
    }
  };

  for (;;) {
    phases++;
    augment(null);
    while (activeCount > 0 && buildLevels()) {
      rounds++;
      augment(level);
    }
    if (activeCount === 0) break;
    reprice();
  }

  const flow = new Int32Array(net.arcCount);
  let totalCost = 0;
  for (let a = 0; a < net.arcCount; a++) {
    flow[a] = net.capacity[a] - res[r.pos[a]];
    totalCost += flow[a] * net.cost[a];
  }
  return { flow, totalCost, potential: pi, stats: { phases, augmentations, scanned, rounds } };
}
