// Seeded, deterministic instance generators for the matching benchmark and tests.
// Realistic: modelled on Shanxi's 2021 New Year campaign (27,000 workers, ~1,500
// vacancies in Beijing, Zhejiang, Jiangsu, Guangdong, Shaanxi, Shandong). Adversarial:
// arbitrary integer wages and minWages, age bounds all over, many distinct lists, so that
// almost no two workers or jobs can be merged.
//
//   node --import tsx bench/match/generate.ts realistic|adversarial WORKERS JOBS SLOT_RATIO SEED OUT.json

import { writeFileSync } from 'node:fs';
import { createRng } from '../../src/core/random.js';
import type { Job, MatchInstance, Worker } from '../../src/engines/match/types.js';

export type Shape = 'realistic' | 'adversarial';

const INDUSTRIES = ['catering', 'logistics', 'manufacturing', 'domestic', 'caregiving', 'security', 'construction', 'electronics', 'express', 'retail', 'cleaning', 'hotel', 'textile', 'auto-parts'];
const CERTIFICATES = ['food-health', 'forklift', 'electrician', 'welder', 'caregiver', 'security-guard', 'chef', 'driver-c1', 'housekeeping', 'childcare', 'elderly-care', 'electronics-assembly', 'crane', 'first-aid', 'warehouse'];
/** County-level sites in the six destination provinces, with rough weights. */
const SITES: [string, number][] = [
  ['110105', 4], ['110108', 3], ['110112', 2], ['110113', 2], ['110115', 3],
  ['330102', 2], ['330106', 2], ['330203', 2], ['330302', 1], ['330782', 3],
  ['320102', 2], ['320211', 2], ['320505', 4], ['320506', 3], ['320583', 4], ['320412', 1],
  ['440106', 3], ['440305', 4], ['440306', 5], ['440307', 4], ['441900', 6], ['440604', 2],
  ['610113', 2], ['610116', 1], ['370102', 1], ['370212', 2], ['370214', 1],
];
const DESTINATIONS: [string, number][] = [
  ['110000', 5], ['330000', 3], ['320000', 4], ['320500', 3], ['440000', 4], ['440300', 4], ['441900', 3], ['610000', 2], ['370000', 2],
];
const AGE_BOUNDS: [number | null, number | null][] = [[null, null], [null, null], [18, 45], [18, 50], [16, 55], [20, 40], [18, 35], [22, 50], [18, null]];

function pick<T>(r: () => number, items: T[]): T {
  return items[Math.floor(r() * items.length)];
}
function weighted(r: () => number, items: [string, number][]): string {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1][0];
}
function distinct(r: () => number, count: number, draw: () => string): string[] {
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 5; tries++) {
    const item = draw();
    if (!out.includes(item)) out.push(item);
  }
  return out;
}
function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

function realisticWorker(r: () => number, k: number): Worker {
  const age = Math.min(60, Math.max(16, Math.round(16 + 44 * Math.pow(r(), 1.3))));
  return {
    id: `w${k}`,
    age,
    certificates: distinct(r, int(r, 0, 2), () => pick(r, CERTIFICATES)),
    industries: distinct(r, int(r, 0, 3), () => pick(r, INDUSTRIES)),
    destinations: distinct(r, int(r, 0, 3), () => weighted(r, DESTINATIONS)),
    minWage: r() < 0.9 ? 3000 + 500 * int(r, 0, 6) : 3000 + 100 * int(r, 0, 30),
    priority: r() < 1 / 3,
  };
}

function realisticJob(r: () => number, k: number, slotRatio: number): Job {
  const [ageMin, ageMax] = pick(r, AGE_BOUNDS);
  return {
    id: `j${k}`,
    site: weighted(r, SITES),
    industry: pick(r, INDUSTRIES),
    headcount: Math.max(1, Math.round(int(r, 5, 60) * slotRatio)),
    wage: 3500 + 100 * int(r, 0, 55),
    certificates: r() < 0.3 ? [pick(r, CERTIFICATES)] : [],
    ageMin,
    ageMax,
  };
}

/** County, city and province codes: 6 provinces × 5 cities × 6 counties. */
function adversarialCodes(): { sites: string[]; destinations: string[] } {
  const sites: string[] = [];
  const destinations: string[] = [];
  for (const p of ['11', '33', '32', '44', '61', '37']) {
    destinations.push(`${p}0000`);
    for (let c = 1; c <= 5; c++) {
      const city = `${p}${String(c).padStart(2, '0')}`;
      destinations.push(`${city}00`);
      for (let d = 1; d <= 6; d++) sites.push(`${city}${String(d).padStart(2, '0')}`);
    }
    destinations.push(...sites.slice(-3));
  }
  return { sites, destinations };
}

function adversarialWorker(r: () => number, k: number, codes: { destinations: string[] }): Worker {
  return {
    id: `w${k}`,
    age: int(r, 16, 65),
    certificates: distinct(r, int(r, 0, 3), () => pick(r, CERTIFICATES)),
    industries: distinct(r, int(r, 0, 3), () => pick(r, INDUSTRIES)),
    destinations: distinct(r, int(r, 0, 3), () => pick(r, codes.destinations)),
    minWage: int(r, 2000, 7000),
    priority: r() < 0.4,
  };
}

function adversarialJob(r: () => number, k: number, slotRatio: number, codes: { sites: string[] }): Job {
  return {
    id: `j${k}`,
    site: pick(r, codes.sites),
    industry: pick(r, INDUSTRIES),
    headcount: Math.max(1, Math.round(int(r, 1, 60) * slotRatio)),
    wage: int(r, 3000, 10000),
    certificates: distinct(r, r() < 0.5 ? 0 : int(r, 1, 2), () => pick(r, CERTIFICATES)),
    ageMin: r() < 0.8 ? int(r, 16, 40) : null,
    ageMax: r() < 0.8 ? int(r, 30, 65) : null,
  };
}

/** slotRatio scales headcounts: about 32·ratio seats per job in both shapes. */
export function generate(shape: Shape, workers: number, jobs: number, slotRatio: number, seed: number): MatchInstance {
  const r = createRng(seed).next;
  if (shape === 'realistic') {
    return {
      workers: Array.from({ length: workers }, (_, k) => realisticWorker(r, k)),
      jobs: Array.from({ length: jobs }, (_, k) => realisticJob(r, k, slotRatio)),
    };
  }
  const codes = adversarialCodes();
  return {
    workers: Array.from({ length: workers }, (_, k) => adversarialWorker(r, k, codes)),
    jobs: Array.from({ length: jobs }, (_, k) => adversarialJob(r, k, slotRatio, codes)),
  };
}

/** Writes a large instance without one giant string. */
export function writeInstance(path: string, instance: MatchInstance): void {
  const parts: string[] = ['{"workers":[\n'];
  instance.workers.forEach((w, k) => parts.push((k ? ',\n' : '') + JSON.stringify(w)));
  parts.push('\n],"jobs":[\n');
  instance.jobs.forEach((j, k) => parts.push((k ? ',\n' : '') + JSON.stringify(j)));
  parts.push('\n]}\n');
  writeFileSync(path, parts.join(''));
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const [shape, workers, jobs, ratio, seed, out] = process.argv.slice(2);
  writeInstance(out, generate(shape as Shape, Number(workers), Number(jobs), Number(ratio), Number(seed)));
}
