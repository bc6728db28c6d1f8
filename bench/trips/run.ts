// The trip-planning benchmark: `node --import tsx bench/trips/run.ts [--markdown] [--bound]
// [--only=NAME] [--planner-seed=N] [--repeat=N]`. Plans each generated instance, checks
// the plan, and prints coaches against the lower bound, km, cost against the naive plan,
// and the planner's time (the fastest of --repeat runs, so that other work on the machine
// does not count; CPU time of that run beside it). --bound adds the stop-aware bound of
// bound.ts (slow: about a minute per 2,000-rider instance).

import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { lowerBound, naivePlan } from '../../src/engines/trips/naive.js';
import { planTrips } from '../../src/engines/trips/plan.js';
import type { Plan } from '../../src/engines/trips/types.js';
import { validatePlan } from '../../src/engines/trips/validate.js';
import { stopAwareBound } from './bound.js';
import { generateInstance } from './generate.js';

type Case = { name: string; passengers: number; seed: number; limitMs?: number; bound?: boolean; exact?: boolean };

const CASES: Case[] = [
  { name: 'small-200', passengers: 200, seed: 1, bound: true, exact: true },
  { name: 'small-500', passengers: 500, seed: 2, bound: true, exact: true },
  { name: 'mid-1000', passengers: 1000, seed: 3, bound: true, exact: true },
  { name: 'day-2000-a', passengers: 2000, seed: 11, limitMs: 1000, bound: true },
  { name: 'day-2000-b', passengers: 2000, seed: 12, limitMs: 1000, bound: true },
  { name: 'day-2000-c', passengers: 2000, seed: 13, limitMs: 1000, bound: true },
  { name: 'day-5000', passengers: 5000, seed: 21 },
  { name: 'campaign-27000', passengers: 27000, seed: 27, limitMs: 10000 },
];

function flag(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const markdown = process.argv.includes('--markdown');
const withBound = process.argv.includes('--bound');
const only = flag('only');
const plannerSeed = Number(flag('planner-seed') ?? 1);
const repeat = Number(flag('repeat') ?? 3);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const head = [
  'instance',
  'passengers',
  '(from,to) groups',
  'coaches / bound ceil(n/cap)',
  'naive coaches',
  'km',
  'cost ¥',
  'naive cost ¥',
  'saved vs naive',
  'cost vs cost bound',
  'time (wall, best of runs)',
  'CPU',
  'feasible',
  ...(withBound ? ['stop-aware coach bound', 'optimum (coaches / cost ¥)'] : []),
];
const rows: string[][] = [];
if (!markdown) console.log(head.join(' | '));

for (const c of CASES) {
  if (only && !c.name.includes(only)) continue;
  const instance = generateInstance({ passengers: c.passengers, seed: c.seed });
  let plan: Plan | null = null;
  let ms = Infinity;
  let cpuMs = 0;
  for (let run = 0; run < repeat; run++) {
    const started = performance.now();
    const cpuStart = process.cpuUsage();
    plan = planTrips(instance, { seed: plannerSeed });
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuStart);
    if (wall < ms) {
      ms = wall;
      cpuMs = (cpu.user + cpu.system) / 1000;
    }
  }
  if (!plan) continue;
  const naive = naivePlan(instance);
  const bound = lowerBound(instance);
  const check = validatePlan(instance, plan);
  const pairs = new Set(instance.passengers.map((p) => `${p.from}>${p.to}`)).size;
  const row = [
    c.name,
    String(c.passengers),
    String(pairs),
    `${plan.coaches} / ${bound.coaches} (+${pct(plan.coaches / bound.coaches - 1)})`,
    String(naive.coaches),
    plan.km.toFixed(0),
    Math.round(plan.cost).toLocaleString('en-US'),
    Math.round(naive.cost).toLocaleString('en-US'),
    pct(1 - plan.cost / naive.cost),
    `+${pct(plan.cost / bound.cost - 1)}`,
    `${ms.toFixed(0)} ms${c.limitMs !== undefined ? (ms <= c.limitMs ? ' ✓' : ` ✗ (limit ${c.limitMs} ms)`) : ''}`,
    `${cpuMs.toFixed(0)} ms`,
    check.ok ? 'yes' : `NO: ${check.violations[0]}`,
  ];
  if (withBound) {
    const stopAware = c.bound ? await stopAwareBound(instance, { exact: c.exact, timeLimitSeconds: 120 }) : null;
    row.push(
      stopAware ? `${stopAware.lp} (plan +${pct(plan.coaches / stopAware.lp - 1)})` : '—',
      stopAware?.exact
        ? `${stopAware.exact.coaches} / ${stopAware.exact.proven ? '' : '≤ '}${Math.round(stopAware.exact.cost).toLocaleString('en-US')}`
        : '—',
    );
  }
  rows.push(row);
  if (!markdown) console.log(row.join(' | '));
}

if (markdown) {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  const cpu = os.cpus();
  console.log(
    `\nMachine: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
      `Node ${process.version}; load average ${os.loadavg()[0].toFixed(1)} at the end; ${new Date().toISOString().slice(0, 10)}.`,
  );
}
