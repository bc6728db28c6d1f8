// Re-runs from the previous run: its job prices and its pairs, laid back onto the new
// network as starting prices and a starting flow, so cost scaling only has to route what
// changed (new workers, changed vacancies, confirmations) instead of everyone. Exact
// whatever the previous run was: any prices and any flow within capacities are a valid
// start (the first refine saturates what they price negatively and routes the excess).

import type { Classes } from './classes.js';
import type { FlowNetwork } from './mcf.js';
import { startingPotentials } from './potentials.js';
import type { Assignment, Job, Worker } from './types.js';

export type WarmStart = {
  /** Job id → price (the LP dual of its headcount) from the previous run. */
  jobPrices: ReadonlyMap<string, number>;
  /** The previous run's pairs (worker id, job id); those no longer possible are dropped. */
  assignments: readonly Assignment[];
};

/** Where the formulation puts job classes and T. */
export type Layout = { jobBase: number; sink: number };

/** Starting prices: job classes at the previous prices (the lowest of their jobs'), the rest derived. */
export function warmPrices(net: FlowNetwork, classes: Classes, jobs: readonly Job[], layout: Layout, jobPrices: ReadonlyMap<string, number>): Float64Array | null {
  const given = new Float64Array(net.nodeCount).fill(Number.NaN);
  given[layout.sink] = 0;
  classes.jobClasses.forEach((jc, c) => {
    let price = Infinity;
    for (let k = 0; k < jc.members.length; k++) price = Math.min(price, jobPrices.get(jobs[jc.members.data[k]].id) ?? 0);
    if (Number.isFinite(price)) given[layout.jobBase + c] = -Math.max(0, price);
  });
  return startingPotentials(net, given);
}

/** Job id → price read off final node prices (T's price minus the job class's, at least 0). */
export function jobPricesOf(price: Float64Array, classes: Classes, jobs: readonly Job[], layout: Layout): Map<string, number> {
  const out = new Map<string, number>();
  classes.jobClasses.forEach((jc, c) => {
    const p = Math.max(0, Math.round(price[layout.sink] - price[layout.jobBase + c]));
    for (let k = 0; k < jc.members.length; k++) out.set(jobs[jc.members.data[k]].id, p);
  });
  return out;
}

function outArcs(net: FlowNetwork): { start: Int32Array; arcs: Int32Array } {
  const start = new Int32Array(net.nodeCount + 1);
  for (let a = 0; a < net.arcCount; a++) start[net.tail[a] + 1]++;
  for (let u = 0; u < net.nodeCount; u++) start[u + 1] += start[u];
  const fill = start.slice(0, net.nodeCount);
  const arcs = new Int32Array(net.arcCount);
  for (let a = 0; a < net.arcCount; a++) arcs[fill[net.tail[a]]++] = a;
  return { start, arcs };
}

/**
 * A flow carrying the previous pairs that are still possible, each along a path that is
 * tight under `price` (every arc at zero reduced cost: the path the prices call best), and
 * every other worker along "not placed". Pairs with no tight path (the prices say that job
 * is no longer the class's best) are left to the solver. Between worker classes and job
 * classes both formulations number nodes in topological order, so a search for job class
 * node t only looks at nodes below t; it goes one job class at a time and remembers which
 * nodes cannot reach t (dead) and which already lead to it (next arc), so each node is
 * scanned at most once per job class that is searched for.
 */
export function warmFlow(net: FlowNetwork, classes: Classes, workers: readonly Worker[], jobs: readonly Job[], layout: Layout, previous: readonly Assignment[], price: Float64Array): Int32Array | null {
  const { jobBase, sink } = layout;
  const out = outArcs(net);
  const flow = new Int32Array(net.arcCount);
  const workerClass = new Map<string, number>();
  classes.workerClasses.forEach((wc, c) => {
    for (let k = 0; k < wc.members.length; k++) workerClass.set(workers[wc.members.data[k]].id, c);
  });
  const jobClass = new Map<string, number>();
  classes.jobClasses.forEach((jc, c) => {
    for (let k = 0; k < jc.members.length; k++) jobClass.set(jobs[jc.members.data[k]].id, c);
  });
  // Wanted (worker class, count) per job class.
  const wanted: Map<number, number>[] = classes.jobClasses.map(() => new Map());
  const seenWorker = new Set<string>();
  for (const pair of previous) {
    const c = workerClass.get(pair.worker);
    const j = jobClass.get(pair.job);
    if (c === undefined || j === undefined || seenWorker.has(pair.worker)) continue;
    seenWorker.add(pair.worker);
    wanted[j].set(c, (wanted[j].get(c) ?? 0) + 1);
  }
  const left = Int32Array.from(classes.workerClasses, (wc) => wc.count);
  const tight = (a: number): boolean => net.cost[a] + price[net.tail[a]] - price[net.head[a]] === 0;
  // "Not placed" and the job classes' ways to T: the fan-in tree above the job classes.
  const toSink = (u: number, units: number): boolean => {
    for (let v = u; v !== sink; ) {
      let next = -1;
      for (let i = out.start[v]; i < out.start[v + 1]; i++) {
        const a = out.arcs[i];
        if (net.head[a] >= sink || v >= sink) {
          next = a;
          break;
        }
      }
      if (next < 0) return false;
      flow[next] += units;
      v = net.head[next];
    }
    return true;
  };
  const mark = new Int32Array(net.nodeCount);
  const nextArc = new Int32Array(net.nodeCount).fill(-1);
  const cursor = new Int32Array(net.nodeCount);
  const stack = new Int32Array(net.nodeCount);
  const onPath = new Int32Array(net.nodeCount);
  // mark[v] = 2j + 1: v is dead for job class j; 2j + 2: v leads to it (nextArc).
  for (let j = 0; j < classes.jobClasses.length; j++) {
    if (wanted[j].size === 0) continue;
    const t = jobBase + j;
    const dead = 2 * j + 1;
    const leads = 2 * j + 2;
    mark[t] = leads;
    let room = classes.jobClasses[j].capacity;
    for (const [c, count] of wanted[j]) {
      const units = Math.min(count, left[c], room);
      if (units <= 0) continue;
      // Depth-first over tight arcs from c until a node that leads to t.
      let top = 0;
      stack[0] = c;
      cursor[c] = out.start[c];
      onPath[c] = leads;
      while (top >= 0 && mark[stack[top]] !== leads) {
        const u = stack[top];
        let i = cursor[u];
        const end = out.start[u + 1];
        for (; i < end; i++) {
          const a = out.arcs[i];
          const v = net.head[a];
          if (v > t || mark[v] === dead || (onPath[v] === leads && mark[v] !== leads) || !tight(a)) continue;
          break;
        }
        if (i < end) {
          cursor[u] = i + 1;
          const a = out.arcs[i];
          const v = net.head[a];
          nextArc[u] = a;
          if (mark[v] === leads) {
            mark[u] = leads;
            break;
          }
          stack[++top] = v;
          cursor[v] = out.start[v];
          onPath[v] = leads;
        } else {
          mark[u] = dead;
          onPath[u] = 0;
          top--;
        }
      }
      if (top < 0) continue;
      // Everything on the stack leads to t through nextArc now.
      for (let d = 0; d <= top; d++) mark[stack[d]] = leads;
      for (let v = c; v !== t; v = net.head[nextArc[v]]) flow[nextArc[v]] += units;
      if (!toSink(t, units)) return null;
      room -= units;
      left[c] -= units;
    }
  }
  for (let c = 0; c < classes.workerClasses.length; c++) if (left[c] > 0 && !toSink(c, left[c])) return null;
  // Capacities are implied by the supplies, but a caller's network may differ: check.
  for (let a = 0; a < net.arcCount; a++) if (flow[a] > net.capacity[a]) return null;
  return flow;
}
