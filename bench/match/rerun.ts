// A campaign re-run after a small change, warm (from the previous run's job prices and
// pairs) against cold (from scratch), on the same changed instance in one process,
// alternating so that load on a shared machine hits both alike. The change: 100 workers
// added, 10 vacancies' headcounts changed, 50 of the previous pairs confirmed (fixed).
// Prints CPU (user + system) of `solveMatching` as a whole (classes, network, flow,
// pairs), the fastest of the repeats, and checks the two optima are equal.
//
//   node --import tsx bench/match/rerun.ts [--repeat N] [--workers N] [--jobs N]

import { solveMatching } from '../../src/engines/match/solve.js';
import type { MatchInstance } from '../../src/engines/match/types.js';
import { cpu, ENGINE_SIZES } from './cases.js';
import { generate, type Shape } from './generate.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const repeat = arg('--repeat', 3);
const only = args.includes('--workers') ? [arg('--workers', 27_000)] : null;
const SIZES = ENGINE_SIZES;


/** The small change between two runs, deterministic. */
function change(instance: MatchInstance, shape: Shape, seed: number): MatchInstance {
  const extra = generate(shape, 100, 10, 1, seed + 1).workers.map((w, k) => ({ ...w, id: `new-${k}` }));
  const jobs = instance.jobs.map((j, k) => (k % Math.floor(instance.jobs.length / 10) === 3 && k < instance.jobs.length ? { ...j, headcount: k % 2 === 0 ? j.headcount + 7 : Math.max(0, j.headcount - 5) } : j));
  return { workers: [...instance.workers, ...extra], jobs };
}

console.log(`Load average at start: ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log('| size | shape | seats / workers | network | first run CPU | re-run cold CPU (min) | re-run warm CPU (min) | speed-up | optima equal |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [shape, workerCount, jobCount, ratio] of SIZES) {
  if (only && !only.includes(workerCount)) continue;
  const first = generate(shape, workerCount, jobCount, ratio, 2021);
  const firstRun = cpu(() => solveMatching(first));
  const next = change(first, shape, 2021);
  const fixed = firstRun.value.assignments.filter((_, k) => k % Math.floor(firstRun.value.assignments.length / 50) === 0).slice(0, 50);
  const cold: number[] = [];
  const warm: number[] = [];
  const objectives = new Set<number>();
  let network = '';
  for (let k = 0; k < repeat; k++) {
    const c = cpu(() => solveMatching(next, { fixed }));
    const w = cpu(() => solveMatching(next, { fixed, warm: { jobPrices: firstRun.value.jobPrices, assignments: firstRun.value.assignments } }));
    cold.push(c.ms);
    warm.push(w.ms);
    objectives.add(c.value.objective).add(w.value.objective);
    network = `${c.value.stats.formulation}, ${c.value.stats.nodes} / ${c.value.stats.arcs}`;
  }
  const seats = next.jobs.reduce((s, j) => s + j.headcount, 0) / next.workers.length;
  const cMin = Math.min(...cold);
  const wMin = Math.min(...warm);
  console.log(
    `| ${workerCount.toLocaleString('en')} (+100) × ${jobCount.toLocaleString('en')} | ${shape} | ${seats.toFixed(2)} | ${network} | ${firstRun.ms.toFixed(0)} ms | ${cMin.toFixed(0)} ms | ${wMin.toFixed(0)} ms | ${(cMin / wMin).toFixed(1)}× | ${objectives.size === 1 ? 'yes' : '**no**'} |`,
  );
}
