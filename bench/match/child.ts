// One measured solve, in its own process so that its peak memory is its own.
//   node --import tsx bench/match/child.ts menkou|highs INSTANCE.json
// Prints one JSON line: { ms, rssMiB, objective, ...details }.

import { readFileSync } from 'node:fs';
import { parseInstanceText } from '../../src/engines/match/instance.js';
import { eligiblePairs, highsOptimum } from '../../src/engines/match/reference.js';
import { solveMatching } from '../../src/engines/match/solve.js';
import { verifyResult } from '../../src/engines/match/verify.js';

const [solver, file] = process.argv.slice(2);
const instance = parseInstanceText(readFileSync(file, 'utf8'), file);
const rssMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

// The machine is shared: CPU time is reported beside wall time, as the fairer measure.
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

if (solver === 'menkou') {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = solveMatching(instance);
  const ms = performance.now() - started;
  const cpuUsed = cpuMs(cpu);
  const check = verifyResult(instance, result);
  if (check.problems.length > 0) throw new Error(`verification failed: ${check.problems[0]}`);
  process.stdout.write(
    `${JSON.stringify({ ms, cpuMs: cpuUsed, rssMiB: rssMiB(), objective: result.objective, placed: check.placed, placedPriority: check.placedPriority, ...result.stats })}\n`,
  );
} else {
  const pairs = eligiblePairs(instance);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const objective = await highsOptimum(instance, pairs);
  const ms = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: cpuMs(cpu), rssMiB: rssMiB(), objective, columns: pairs.value.length })}\n`);
}
