// Minimum-cost flow by cost scaling with push-relabel (Goldberg's method, as in CS2 and
// LEMON's CostScaling): exact for integer costs, and its running time depends on
// log(n·C) phases rather than on the number of distinct path lengths, which is what makes
// a million-node network feasible. Everything lives in typed arrays.
//
// Costs are multiplied by (n + 1) so that the last phase, ε = 1, is ε-optimal with
// ε < 1/n in the original units — and an ε-optimal flow with ε < 1/n is optimal.
// Global price updates (a Dial-bucket shortest-path pass from the deficit nodes) keep the
// number of relabels practical; without them cost scaling is slow on long chains. Push
// look-ahead avoids sending flow to a node that could only send it back. Once ε drops
// below 1 in original units the flow is usually optimal already, and a bounded
// label-correcting pass that finds exact potentials proves it and ends the scaling early.
// Starting prices may be given (any prices are valid: the first refine saturates every
// arc they price negatively); close ones let the scaling start at a small ε.

/** Relabel work (arcs scanned) between global price updates, in passes over the graph. */
const UPDATE_FACTOR = 3;

export type FlowNetwork = {
  nodeCount: number;
  /** Positive = supply, negative = demand; must sum to zero. */
  supply: Int32Array;
  arcCount: number;
  tail: Int32Array;
  head: Int32Array;
  capacity: Int32Array;
  cost: Int32Array;
};

export type FlowSolution = {
  /** Flow on each arc of the network, in arc order. */
  flow: Int32Array;
  totalCost: number;
  /** Final prices in cost units, per node (ε-optimal, for a later warm start). */
  price?: Float64Array;
};

export type FlowOptions = {
  alpha?: number;
  onPhase?: (phase: number, phases: number) => void;
  /** Starting potentials in cost units (rc = cost + π(tail) − π(head)), per node. */
  price?: Float64Array;
  /** First ε in cost units (default: the largest cost), when the prices are already close. */
  startEps?: number;
  /** Starting flow per arc (within capacities; need not balance: the rest is routed). */
  flow?: Int32Array;
};

type Residual = {
  n: number;
  first: Int32Array;
  head: Int32Array;
  rev: Int32Array;
  res: Int32Array;
  cost: Float64Array;
  price: Float64Array;
  excess: Float64Array;
  current: Int32Array;
};

/**
 * Node order for memory locality: breadth-first from the deficit nodes along reversed arcs,
 * so that nodes sharing neighbours sit together and price look-ups hit the cache.
 */
function localOrder(net: FlowNetwork): Int32Array {
  const n = net.nodeCount;
  const m = net.arcCount;
  const start = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) start[net.head[a] + 1]++;
  for (let u = 0; u < n; u++) start[u + 1] += start[u];
  const at = start.slice(0, n);
  const inArcs = new Int32Array(m);
  for (let a = 0; a < m; a++) inArcs[at[net.head[a]]++] = a;
  const order = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let qh = 0;
  let qt = 0;
  let next = 0;
  const visit = (u: number): void => {
    if (order[u] >= 0) return;
    order[u] = next++;
    queue[qt++] = u;
  };
  for (let u = 0; u < n; u++) if (net.supply[u] < 0) visit(u);
  for (let root = 0; root < n; root++) {
    visit(root);
    while (qh < qt) {
      const v = queue[qh++];
      for (let k = start[v]; k < start[v + 1]; k++) visit(net.tail[inArcs[k]]);
    }
  }
  return order;
}

function buildResidual(net0: FlowNetwork, scale: number): { r: Residual; pos: Int32Array; order: Int32Array } {
  const order = localOrder(net0);
  const n = net0.nodeCount;
  const m = net0.arcCount;
  const supply = new Int32Array(n);
  for (let u = 0; u < n; u++) supply[order[u]] = net0.supply[u];
  const net = { ...net0, supply, tail: net0.tail.map((u) => order[u]), head: net0.head.map((u) => order[u]) };
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
  const cost = new Float64Array(2 * m);
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
    cost[i] = net.cost[a] * scale;
    cost[j] = -net.cost[a] * scale;
    pos[a] = i;
  }
  const excess = new Float64Array(n);
  for (let u = 0; u < n; u++) excess[u] = net.supply[u];
  const current = first.slice(0, n);
  return { r: { n, first, head, rev, res, cost, price: new Float64Array(n), excess, current }, pos, order };
}

/**
 * Sets prices from ε-scaled shortest distances to the deficit nodes, stopping once every
 * node with excess has been reached. Keeps ε-optimality (see CS2's price update).
 */
function globalUpdate(r: Residual, eps: number, dist: Int32Array, bucketHead: Int32Array, next: Int32Array, prev: Int32Array): void {
  const { n, first, head, rev, res, cost, price, excess } = r;
  const maxB = bucketHead.length - 1;
  const UNSEEN = 0x7fffffff;
  const SCANNED = -1;
  dist.fill(UNSEEN);
  let activeLeft = 0;
  let top = 0;
  for (let u = 0; u < n; u++) {
    if (excess[u] < 0) {
      dist[u] = 0;
      const h = bucketHead[0];
      next[u] = h;
      prev[u] = -1;
      if (h >= 0) prev[h] = u;
      bucketHead[0] = u;
    } else if (excess[u] > 0) activeLeft++;
  }
  let level = 0;
  for (; level <= top && activeLeft > 0; level++) {
    while (bucketHead[level] >= 0 && activeLeft > 0) {
      const v = bucketHead[level];
      const after = next[v];
      bucketHead[level] = after;
      if (after >= 0) prev[after] = -1;
      dist[v] = SCANNED - level;
      if (excess[v] > 0) activeLeft--;
      const pv = price[v];
      for (let j = first[v], end = first[v + 1]; j < end; j++) {
        const i = rev[j];
        if (res[i] <= 0) continue;
        const u = head[j];
        const du = dist[u];
        if (du < 0) continue;
        const nd = level + 1 + Math.floor((cost[i] + price[u] - pv) / eps);
        if (nd < du && nd <= maxB) {
          if (du !== UNSEEN) {
            const p = prev[u];
            const q = next[u];
            if (p >= 0) next[p] = q;
            else bucketHead[du] = q;
            if (q >= 0) prev[q] = p;
          }
          dist[u] = nd;
          const h = bucketHead[nd];
          next[u] = h;
          prev[u] = -1;
          if (h >= 0) prev[h] = u;
          bucketHead[nd] = u;
          if (nd > top) top = nd;
        }
      }
    }
    if (activeLeft === 0) break;
  }
  const cap = Math.min(level, maxB);
  for (let b = 0; b <= top; b++) bucketHead[b] = -1;
  for (let u = 0; u < n; u++) {
    const du = dist[u];
    const d = du < 0 ? SCANNED - du : cap;
    if (d > 0) price[u] -= eps * d;
    r.current[u] = first[u];
  }
}

type Work = { dist: Int32Array; bucketHead: Int32Array; next: Int32Array; prev: Int32Array; queue: Int32Array };

/**
 * Lowers u's price just enough to make its cheapest residual arc admissible; returns arcs
 * scanned, or −1 (price untouched) when u has no residual arc at all.
 */
function relabel(r: Residual, u: number, eps: number): number {
  const { first, head, res, cost, price } = r;
  let best = -Infinity;
  const end = first[u + 1];
  for (let j = first[u]; j < end; j++) {
    if (res[j] > 0) {
      const candidate = price[head[j]] - cost[j];
      if (candidate > best) best = candidate;
    }
  }
  if (best === -Infinity) return -1;
  price[u] = best - eps;
  r.current[u] = first[u];
  return end - first[u] + 1;
}

/** True when v can pass flow on at once (it has an admissible arc); positions current[v] on it. */
function hasAdmissible(r: Residual, v: number): boolean {
  const { first, head, res, cost, price, current } = r;
  const pv = price[v];
  const end = first[v + 1];
  for (let i = current[v]; i < end; i++) {
    if (res[i] > 0 && cost[i] + pv - price[head[i]] < 0) {
      current[v] = i;
      return true;
    }
  }
  current[v] = end;
  return false;
}

function refine(r: Residual, eps: number, work: Work): void {
  const { n, first, head, rev, res, cost, price, excess, current } = r;
  for (let u = 0; u < n; u++) {
    const pu = price[u];
    for (let i = first[u], end = first[u + 1]; i < end; i++) {
      const cap = res[i];
      if (cap > 0 && cost[i] + pu - price[head[i]] < 0) {
        res[i] = 0;
        res[rev[i]] += cap;
        excess[u] -= cap;
        excess[head[i]] += cap;
      }
    }
    current[u] = first[u];
  }
  const { queue } = work;
  let qHead = 0;
  let qSize = 0;
  for (let u = 0; u < n; u++) {
    if (excess[u] > 0) queue[(qHead + qSize++) % n] = u;
  }
  if (qSize === 0) return;
  globalUpdate(r, eps, work.dist, work.bucketHead, work.next, work.prev);
  // Price updates cost one pass over the graph; run one per pass-worth of relabel work.
  const updateEvery = UPDATE_FACTOR * (n + first[n]);
  let relabelWork = 0;
  while (qSize > 0) {
    const u = queue[qHead];
    qHead = qHead + 1 === n ? 0 : qHead + 1;
    qSize--;
    while (excess[u] > 0) {
      const pu = price[u];
      const end = first[u + 1];
      let i = current[u];
      while (i < end) {
        const cap = res[i];
        const v = head[i];
        if (cap <= 0 || cost[i] + pu - price[v] >= 0) {
          i++;
          continue;
        }
        // Look-ahead: flow pushed to a node that cannot pass it on would only come back.
        if (excess[v] >= 0 && !hasAdmissible(r, v) && relabel(r, v, eps) > 0) {
          relabelWork += first[v + 1] - first[v];
              continue;
        }
        const ex = excess[u];
        const delta = ex < cap ? ex : cap;
        res[i] = cap - delta;
        res[rev[i]] += delta;
        excess[u] = ex - delta;
        const before = excess[v];
        excess[v] = before + delta;
        if (before <= 0 && before + delta > 0) queue[(qHead + qSize++) % n] = v;
        if (excess[u] === 0) break;
        i++;
      }
      if (excess[u] === 0) {
        current[u] = i;
        break;
      }
      const scanned = relabel(r, u, eps);
      if (scanned < 0) throw new Error('min-cost flow: infeasible network');
      relabelWork += scanned;
      if (relabelWork >= updateEvery) {
        relabelWork = 0;
        globalUpdate(r, eps, work.dist, work.bucketHead, work.next, work.prev);
      }
    }
  }
}

/**
 * Looks for integer potentials with no negative reduced cost on any residual arc, starting
 * from the scaled prices (which are within ε < 1 of such potentials when the flow is
 * optimal). Found within a bounded number of label corrections = the flow is optimal
 * (LP duality); not found = maybe not optimal, and the caller keeps scaling.
 */
function certifyOptimal(r: Residual, scale: number, queue: Int32Array): boolean {
  const { n, first, head, res, cost, price } = r;
  const phi = new Float64Array(n);
  for (let u = 0; u < n; u++) phi[u] = Math.floor(price[u] / scale);
  const inQueue = new Uint8Array(n).fill(1);
  for (let u = 0; u < n; u++) queue[u] = u;
  let qHead = 0;
  let qSize = n;
  let budget = 4 * (first[n] + n);
  while (qSize > 0) {
    const u = queue[qHead];
    qHead = qHead + 1 === n ? 0 : qHead + 1;
    qSize--;
    inQueue[u] = 0;
    const pu = phi[u];
    const end = first[u + 1];
    budget -= end - first[u] + 1;
    if (budget < 0) return false;
    for (let i = first[u]; i < end; i++) {
      if (res[i] <= 0) continue;
      const v = head[i];
      const candidate = pu + cost[i] / scale;
      if (candidate < phi[v]) {
        phi[v] = candidate;
        if (!inQueue[v]) {
          inQueue[v] = 1;
          queue[(qHead + qSize++) % n] = v;
        }
      }
    }
  }
  return true;
}

export function minCostFlow(net: FlowNetwork, options: FlowOptions = {}): FlowSolution {
  const n = net.nodeCount;
  const alpha = options.alpha ?? 8;
  const scale = n + 1;
  let maxCost = 0;
  for (let a = 0; a < net.arcCount; a++) maxCost = Math.max(maxCost, Math.abs(net.cost[a]));
  const { r, pos, order } = buildResidual(net, scale);
  if (options.price) for (let u = 0; u < n; u++) r.price[order[u]] = options.price[u] * scale;
  if (options.flow) {
    for (let a = 0; a < net.arcCount; a++) {
      const f = Math.max(0, Math.min(options.flow[a], net.capacity[a]));
      if (f === 0) continue;
      r.res[pos[a]] -= f;
      r.res[r.rev[pos[a]]] += f;
      r.excess[order[net.tail[a]]] -= f;
      r.excess[order[net.head[a]]] += f;
    }
  }
  const work = {
    dist: new Int32Array(n),
    bucketHead: new Int32Array(Math.min(4 * n + 16, 1 << 24)).fill(-1),
    next: new Int32Array(n),
    prev: new Int32Array(n),
    queue: new Int32Array(Math.max(1, n)),
  };
  // Each phase divides ε first, so a given start sits one factor above its first phase.
  let eps = options.startEps === undefined ? Math.max(1, maxCost * scale) : Math.max(1, options.startEps * scale * alpha);
  let phases = 0;
  for (let e = eps; e > 1; e = Math.max(1, Math.floor(e / alpha))) phases++;
  phases = Math.max(1, phases);
  let phase = 0;
  do {
    eps = Math.max(1, Math.floor(eps / alpha));
    refine(r, eps, work);
    options.onPhase?.(++phase, phases);
    // Below ε = 1 in original units the flow is usually optimal already; the remaining
    // phases would only prove it. Try to prove it directly and stop early.
    if (eps > 1 && eps < scale && certifyOptimal(r, scale, work.queue)) break;
  } while (eps > 1);
  options.onPhase?.(phases, phases);
  const flow = new Int32Array(net.arcCount);
  let totalCost = 0;
  for (let a = 0; a < net.arcCount; a++) {
    flow[a] = net.capacity[a] - r.res[pos[a]];
    totalCost += flow[a] * net.cost[a];
  }
  const price = new Float64Array(n);
  for (let u = 0; u < n; u++) price[u] = r.price[order[u]] / scale;
  return { flow, totalCost, price };
}
