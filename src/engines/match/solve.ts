// The exact solver: exact classes → a flow network (the linear-size compressed one, or one
// arc per eligible class pair when that is smaller) → cost-scaling min-cost flow → pairs.
// Pure: no I/O; the CLI and (later) the store call it.

import { invalidInput } from '../../core/errors.js';
import { buildClasses, type Classes } from './classes.js';
import { assignIndices, decomposeFlow } from './decompose.js';
import { minCostFlow, type FlowNetwork } from './mcf.js';
import { primalDualFlow } from './primal-dual.js';
import { buildNetwork, MAX_ARCS } from './network.js';
import { buildPairNetwork, countPairs } from './explicit.js';
import { startingPotentials } from './potentials.js';
import { jobPricesOf, warmFlow, warmPrices, type WarmStart } from './warm.js';
import { failedRule, value } from './rules.js';
import type { Assignment, MatchInstance, MatchResult } from './types.js';
import type { MatchDuals } from './verify.js';

/** First ε (cost units) when the flow starts from best-value-to-go prices. */
const START_EPS = 4;

export type SolveStage = 'classes' | 'network' | 'flow' | 'assignments';
export type SolveProgress = { stage: SolveStage; done: number; total: number };

export type SolveOptions = {
  /** Confirmed pairs that must stay; the rest is placed around them, exactly. */
  fixed?: Assignment[];
  onProgress?: (progress: SolveProgress) => void;
  /** Also return an optimal dual (for certification in tests; costs a Bellman–Ford pass). */
  withDuals?: boolean;
  /** Force a formulation (tests and benchmarks); by default the smaller one is chosen. */
  formulation?: 'auto' | SolveStats['formulation'];
  /** Refuse networks above this many arcs (default MAX_ARCS, about 4 GB). */
  maxArcs?: number;
  /** Start from a previous run's job prices and pairs (a re-run after a small change). */
  warm?: WarmStart;
};

export type SolveStats = {
  workerClasses: number;
  jobClasses: number;
  nodes: number;
  arcs: number;
  /** The network's optimum; equals the recount of the assignments. */
  networkObjective: number;
  /** Which formulation was solved: one arc per eligible class pair, or the compressed network. */
  formulation: 'pairs' | 'compressed';
  /** Whether the flow started from a previous run (warm) or from scratch (cold). */
  start: 'warm' | 'cold';
};

/** A network plus how to read (worker class, job class, count) triples off its flow. */
type Formulation = { net: FlowNetwork; jobBase: number; sink: number; kind: SolveStats['formulation']; triples: (flow: Int32Array) => number[] };

/**
 * The compressed network is linear in size; the explicit pair network is smaller when
 * eligibility is strict (adversarial instances) and then much faster to solve, since its
 * nodes are only the classes. Build the compressed one, count pairs up to twice its arcs.
 */
function chooseFormulation(classes: Classes, choice: SolveOptions['formulation'] = 'auto', maxArcs = MAX_ARCS): Formulation {
  const mn = buildNetwork(classes, maxArcs);
  const limit = Math.min(2 * mn.net.arcCount, maxArcs);
  if (choice === 'compressed' || (choice === 'auto' && countPairs(classes, limit) > limit)) {
    return { net: mn.net, jobBase: mn.jobBase, sink: mn.sink, kind: 'compressed', triples: (flow) => decomposeFlow(mn, flow) };
  }
  const pn = buildPairNetwork(classes);
  return {
    net: pn.net,
    jobBase: pn.jobBase,
    sink: pn.jobBase + classes.jobClasses.length,
    kind: 'pairs',
    triples: (flow) => {
      const out: number[] = [];
      for (let a = 0; a < pn.pairArcs; a++) if (flow[a] > 0) out.push(pn.net.tail[a], pn.net.head[a] - pn.jobBase, flow[a]);
      return out;
    },
  };
}

export type MatchSolution = MatchResult & {
  stats: SolveStats;
  duals?: MatchDuals;
  /** Job id → price at the end (for the next run's warm start). */
  jobPrices: Map<string, number>;
};

function applyFixed(instance: MatchInstance, fixed: Assignment[], capacity: Int32Array): { blocked: Uint8Array; objective: number } {
  const workerIndex = new Map(instance.workers.map((w, i) => [w.id, i]));
  const jobIndex = new Map(instance.jobs.map((j, i) => [j.id, i]));
  const blocked = new Uint8Array(instance.workers.length);
  let objective = 0;
  fixed.forEach((pair, k) => {
    const record = `fixed[${k}] (worker ${pair.worker}, job ${pair.job})`;
    const i = workerIndex.get(pair.worker);
    const j = jobIndex.get(pair.job);
    if (i === undefined) throw invalidInput(record, 'worker', { zh: '未知的劳动者编号', en: 'unknown worker id' });
    if (j === undefined) throw invalidInput(record, 'job', { zh: '未知的岗位编号', en: 'unknown job id' });
    if (blocked[i]) throw invalidInput(record, 'worker', { zh: '该劳动者已固定到其他岗位', en: 'worker already fixed to a job' });
    const rule = failedRule(instance.workers[i], instance.jobs[j]);
    if (rule !== null) throw invalidInput(record, rule, { zh: '固定的配对不符合条件', en: `fixed pair breaks the ${rule} rule` });
    if (capacity[j] <= 0) throw invalidInput(record, 'headcount', { zh: '岗位名额已满', en: 'job has no headcount left' });
    capacity[j]--;
    blocked[i] = 1;
    objective += value(instance.workers[i], instance.jobs[j]) ?? 0;
  });
  return { blocked, objective };
}

export function solveMatching(instance: MatchInstance, options: SolveOptions = {}): MatchSolution {
  const report = options.onProgress ?? ((): void => {});
  // No job can take more than every worker: clamping keeps huge headcounts within Int32.
  const capacity = Int32Array.from(instance.jobs, (j) => Math.min(j.headcount, instance.workers.length));
  const fixed = options.fixed ?? [];
  const { blocked, objective: fixedObjective } = applyFixed(instance, fixed, capacity);
  const workers = fixed.length === 0 ? instance.workers : instance.workers.filter((_, i) => !blocked[i]);
  report({ stage: 'classes', done: 0, total: 1 });
  const classes = buildClasses(workers, instance.jobs, capacity);
  report({ stage: 'network', done: 0, total: 1 });
  const mn = chooseFormulation(classes, options.formulation, options.maxArcs);
  // Best-value-to-go prices make the zero flow 0-optimal, so scaling can start at ε = 4
  // instead of the largest value (measured: 1.1–2× less CPU, bench/README.md).
  const warm = options.warm;
  const price = warm ? warmPrices(mn.net, classes, instance.jobs, mn, warm.jobPrices) : startingPotentials(mn.net);
  const flow = warm && price ? warmFlow(mn.net, classes, workers, instance.jobs, mn, warm.assignments, price) : null;
  const warmSolution = flow && price ? primalDualFlow(mn.net, { price, flow }) : null;
  const solution = warmSolution ?? minCostFlow(mn.net, {
    ...(price ? { price, startEps: START_EPS } : {}),
    onPhase: (done, total) => report({ stage: 'flow', done, total }),
  });
  report({ stage: 'assignments', done: 0, total: 1 });
  const pairs = assignIndices(classes, mn.triples(solution.flow), capacity);
  const assignments: Assignment[] = fixed.map((p) => ({ worker: p.worker, job: p.job }));
  let objective = fixedObjective;
  for (let k = 0; k < pairs.length; k += 2) {
    const worker = workers[pairs[k]];
    const job = instance.jobs[pairs[k + 1]];
    assignments.push({ worker: worker.id, job: job.id });
    objective += value(worker, job) ?? Number.NaN;
  }
  report({ stage: 'assignments', done: 1, total: 1 });
  const stats: SolveStats = {
    workerClasses: classes.workerClasses.length,
    jobClasses: classes.jobClasses.length,
    nodes: mn.net.nodeCount,
    arcs: mn.net.arcCount,
    networkObjective: fixedObjective - solution.totalCost,
    formulation: mn.kind,
    start: warmSolution ? 'warm' : 'cold',
  };
  const finalPrice = warmSolution ? warmSolution.potential : solution.price;
  const jobPrices = finalPrice ? jobPricesOf(finalPrice, classes, instance.jobs, mn) : new Map<string, number>();
  const result: MatchSolution = { objective, assignments, stats, jobPrices };
  if (options.withDuals && fixed.length === 0) result.duals = exactDuals(instance, classes, mn, solution.flow);
  return result;
}

/** Exact node potentials of the optimal residual network (Bellman–Ford), read as LP duals. */
function exactDuals(instance: MatchInstance, classes: Classes, mn: Formulation, flow: Int32Array): MatchDuals {
  const net: FlowNetwork = mn.net;
  const phi = new Float64Array(net.nodeCount);
  // A headcount of at least every placeable worker cannot bind (headcounts were clamped).
  let placeable = 0;
  for (const wc of classes.workerClasses) placeable += wc.count;
  for (let round = 0; round <= net.nodeCount; round++) {
    let changed = false;
    for (let a = 0; a < net.arcCount; a++) {
      const t = net.tail[a];
      const h = net.head[a];
      const c = net.cost[a];
      // Only a job class's headcount can bind; every other capacity is implied by the
      // supplies, so for the dual those arcs count as unbounded (always residual forwards).
      const binding = t >= mn.jobBase && t < mn.sink && net.capacity[a] < placeable;
      if ((!binding || flow[a] < net.capacity[a]) && phi[t] + c < phi[h]) {
        phi[h] = phi[t] + c;
        changed = true;
      }
      if (flow[a] > 0 && phi[h] - c < phi[t]) {
        phi[t] = phi[h] - c;
        changed = true;
      }
    }
    if (!changed) break;
    if (round === net.nodeCount) throw new Error('negative cycle: flow is not optimal');
  }
  const workerUtility = new Map<string, number>();
  const jobPrice = new Map<string, number>();
  for (const w of instance.workers) workerUtility.set(w.id, 0);
  for (const j of instance.jobs) jobPrice.set(j.id, j.headcount === 0 ? 300 : 0);
  classes.workerClasses.forEach((wc, c) => {
    const u = phi[c] - phi[mn.sink];
    for (let k = 0; k < wc.members.length; k++) workerUtility.set(instance.workers[wc.members.data[k]].id, u);
  });
  classes.jobClasses.forEach((jc, c) => {
    const p = Math.max(0, phi[mn.sink] - phi[mn.jobBase + c]);
    for (let k = 0; k < jc.members.length; k++) jobPrice.set(instance.jobs[jc.members.data[k]].id, p);
  });
  return { workerUtility, jobPrice };
}
