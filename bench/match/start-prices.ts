// Cost scaling from zero prices (as before issue 15) against best-value-to-go starting
// prices (src/engines/match/potentials.ts, ε from 4), on the same network in one process,
// alternating, so that load on a shared machine hits both alike. Prints CPU (user + system)
// of the flow alone, the fastest of the repeats, and checks the optima are equal.
//
//   node --import tsx bench/match/start-prices.ts [--repeat N]

import { buildClasses } from '../../src/engines/match/classes.js';
import { buildPairNetwork, countPairs } from '../../src/engines/match/explicit.js';
import { minCostFlow } from '../../src/engines/match/mcf.js';
import { buildNetwork } from '../../src/engines/match/network.js';
import { startingPotentials } from '../../src/engines/match/potentials.js';
import { cpu, ENGINE_SIZES } from './cases.js';
import { generate } from './generate.js';

const args = process.argv.slice(2);
const repeat = args.includes('--repeat') ? Number(args[args.indexOf('--repeat') + 1]) : 3;
const SIZES = ENGINE_SIZES;

const cpuMs = (run: () => number): { ms: number; cost: number } => {
  const { ms, value } = cpu(run);
  return { ms, cost: value };
};

console.log('| size | shape | seats / workers | network | CPU, zero prices (min of runs) | CPU, starting prices | ratio | optima equal |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [shape, workers, jobs, ratio] of SIZES) {
  const instance = generate(shape, workers, jobs, ratio, 2021);
  const capacity = Int32Array.from(instance.jobs, (j) => Math.min(j.headcount, instance.workers.length));
  const classes = buildClasses(instance.workers, instance.jobs, capacity);
  const compressed = buildNetwork(classes).net;
  const limit = 2 * compressed.arcCount;
  const net = countPairs(classes, limit) > limit ? compressed : buildPairNetwork(classes).net;
  const zero: number[] = [];
  const primed: number[] = [];
  const costs = new Set<number>();
  for (let k = 0; k < repeat; k++) {
    const a = cpuMs(() => minCostFlow(net).totalCost);
    const b = cpuMs(() => minCostFlow(net, { price: startingPotentials(net) ?? undefined, startEps: 4 }).totalCost);
    zero.push(a.ms);
    primed.push(b.ms);
    costs.add(a.cost).add(b.cost);
  }
  const z = Math.min(...zero);
  const p = Math.min(...primed);
  const seats = instance.jobs.reduce((s, j) => s + j.headcount, 0) / workers;
  console.log(
    `| ${workers.toLocaleString('en')} × ${jobs.toLocaleString('en')} | ${shape} | ${seats.toFixed(2)} | ${net === compressed ? 'compressed' : 'pairs'}, ${net.nodeCount} / ${net.arcCount} | ${z.toFixed(0)} ms | ${p.toFixed(0)} ms | ${(z / p).toFixed(2)}× | ${costs.size === 1 ? 'yes' : '**no**'} |`,
  );
}
