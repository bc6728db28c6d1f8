// Matching benchmark: menkou against HiGHS (LP over all eligible pairs) on realistic and
// adversarial instances; prints a markdown table for bench/README.md.
//
//   node --import tsx bench/match/run.ts [--min-workers N] [--max-workers N] [--shape realistic|adversarial]
//                                        [--ratio 1.5|0.5] [--highs-max-pairs N] [--timeout S]
//
// Every solve runs in a child process (honest peak memory, and a hung solve can be killed).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eligiblePairs } from '../../src/engines/match/reference.js';
import { generate, writeInstance, type Shape } from './generate.js';

type Size = { shape: Shape; workers: number; jobs: number; ratio: number };
type Measure = { ms: number; cpuMs: number; rssMiB: number; objective: number; formulation?: string; [key: string]: number | string | undefined };

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const maxWorkers = flag('--max-workers', 1_000_000);
const highsMaxPairs = flag('--highs-max-pairs', 2_000_000);
const timeoutMs = flag('--timeout', 1800) * 1000;
const minWorkers = flag('--min-workers', 0);
const onlyShape = args.includes('--shape') ? (args[args.indexOf('--shape') + 1] as Shape) : undefined;
const onlyRatio = flag('--ratio', 0);

const SIZES: Size[] = [];
for (const shape of ['realistic', 'adversarial'] as const) {
  for (const [workers, jobs] of [
    [2_000, 100],
    [10_000, 500],
    [27_000, 1_500],
    [100_000, 10_000],
    [1_000_000, 100_000],
  ]) {
    for (const ratio of [1.5, 0.5]) {
      const wanted = workers <= maxWorkers && workers >= minWorkers && (!onlyShape || onlyShape === shape) && (!onlyRatio || onlyRatio === ratio);
      if (wanted) SIZES.push({ shape, workers, jobs, ratio });
    }
  }
}

function measure(solver: 'menkou' | 'highs', file: string): Measure | string {
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', 'bench/match/child.ts', solver, file], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 20,
  });
  if (child.error || child.status !== 0) return child.error?.message.includes('ETIMEDOUT') ? `> ${timeoutMs / 1000} s` : `failed (${child.stderr.split('\n').find((l) => l.includes('Error')) ?? child.status})`;
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as Measure;
}

const fmtMs = (ms: number): string => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`);
const fmtTime = (x: Measure): string => `${fmtMs(x.cpuMs)} (${fmtMs(x.ms)})`;
const rows: string[] = [
  '| size (workers × jobs) | shape | seats / workers | menkou CPU (wall) | menkou peak memory | classes (workers / jobs) | network: kind, nodes / arcs | HiGHS CPU (wall), LP over all pairs | objectives equal | speed-up (CPU) |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
const dir = mkdtempSync(join(tmpdir(), 'menkou-bench-match-'));
try {
  for (const size of SIZES) {
    const instance = generate(size.shape, size.workers, size.jobs, size.ratio, 2021);
    const seats = instance.jobs.reduce((s, j) => s + j.headcount, 0);
    const file = join(dir, `${size.shape}-${size.workers}-${size.ratio}.json`);
    writeInstance(file, instance);
    const pairCount = size.workers * size.jobs <= 4e8 ? eligiblePairs(instance).value.length : Infinity;
    const menkou = measure('menkou', file);
    const highs = pairCount <= highsMaxPairs ? measure('highs', file) : `not run (${Number.isFinite(pairCount) ? `${(pairCount / 1e6).toFixed(1)} M` : '> 10⁹'} pairs)`;
    const m = typeof menkou === 'string' ? undefined : menkou;
    const h = typeof highs === 'string' ? undefined : highs;
    const equal = m && h ? (m.objective === h.objective ? 'yes' : `**no** (${m.objective} vs ${h.objective})`) : '—';
    const row = [
      `${size.workers.toLocaleString('en')} × ${size.jobs.toLocaleString('en')}`,
      size.shape,
      (seats / size.workers).toFixed(2),
      m ? fmtTime(m) : (menkou as string),
      m ? `${m.rssMiB} MiB` : '—',
      m ? `${m.workerClasses} / ${m.jobClasses}` : '—',
      m ? `${m.formulation}, ${m.nodes} / ${m.arcs}` : '—',
      h ? fmtTime(h) : (highs as string),
      equal,
      m && h ? `${(h.cpuMs / m.cpuMs).toFixed(1)}×` : '—',
    ];
    rows.push(`| ${row.join(' | ')} |`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`${rows.join('\n')}\n`);
