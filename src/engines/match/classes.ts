// Merges interchangeable workers and vacancies into classes, exactly.
//
// Only what changes some pair's eligibility or value is kept:
// - age becomes its class between the jobs' bounds (every ageMin and ageMax + 1); a job's
//   bounds become the range of classes they admit;
// - certificates are cut to those some job requires;
// - minWage m becomes the smallest breakpoint w − 200k (w a job wage, k = 0..29) that is
//   ≥ m: between breakpoints, "wage ≥ m" and min(29, ⌊(w − m)/200⌋) are constant for every
//   job, so two workers whose minWage falls between the same breakpoints are equivalent;
// - industry and destination lists become the buckets (industry or "any", site prefix)
//   they open, each with the part of the score it earns there.
// A worker is then (age, minWage breakpoint, certificate set, bucket arcs with values).

import { destinationPrefix, BASE_VALUE, PRIORITY_BONUS, WAGE_PART_CAP, WAGE_STEP } from './rules.js';
import { intList, lowerBound, push, type IntList } from './intlist.js';
import type { Job, Worker } from './types.js';

export type WorkerClass = {
  count: number;
  ageIdx: number;
  mIdx: number;
  certSet: number;
  /** Pairs (bucket, value of base + industry part + destination part), flattened. */
  arcs: number[];
  members: IntList;
};

export type JobClass = {
  capacity: number;
  wage: number;
  requirement: number;
  lo: number;
  hi: number;
  buckets: number[];
  members: IntList;
};

export type Classes = {
  workerClasses: WorkerClass[];
  jobClasses: JobClass[];
  /** Sorted distinct minWage breakpoints. */
  breakpoints: Float64Array;
  ageCount: number;
  bucketCount: number;
  requirementCount: number;
  /** For each distinct (relevant) certificate set: the requirement ids it satisfies. */
  satisfied: number[][];
};

const SEP = '\u0001';

function industryPart(rank: number): number {
  return rank === 0 ? 40 : rank === 1 ? 25 : 10;
}
function destinationPart(rank: number): number {
  return rank === 0 ? 30 : rank === 1 ? 20 : 10;
}

function sortedUnique(values: number[]): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i];
  return sorted.slice(0, k);
}

function idOf(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) {
    id = map.size;
    map.set(key, id);
  }
  return id;
}

export function buildClasses(workers: Worker[], jobs: Job[], jobCapacity: Int32Array): Classes {
  // Age classes: ages between the same job bounds (ageMin, ageMax + 1) are interchangeable.
  const ageBreaks: number[] = [];
  for (let j = 0; j < jobs.length; j++) {
    if (jobCapacity[j] <= 0) continue;
    if (jobs[j].ageMin !== null) ageBreaks.push(jobs[j].ageMin as number);
    if (jobs[j].ageMax !== null) ageBreaks.push((jobs[j].ageMax as number) + 1);
  }
  const ages = sortedUnique(ageBreaks);
  const ageClass = (age: number): number => lowerBound(ages, age + 1);
  const wageSet = new Set<number>();
  const industries = new Map<string, number>();
  const requirements = new Map<string, number>();
  const relevantCerts = new Set<string>();
  const prefixes = new Map<string, number>();
  const jobRequirement = new Int32Array(jobs.length);
  for (let j = 0; j < jobs.length; j++) {
    const job = jobs[j];
    if (jobCapacity[j] <= 0) continue;
    wageSet.add(job.wage);
    idOf(industries, job.industry);
    const req = [...new Set(job.certificates)].sort();
    for (const c of req) relevantCerts.add(c);
    jobRequirement[j] = idOf(requirements, req.join(SEP));
    for (let len = 0; len <= 6; len += 2) idOf(prefixes, job.site.slice(0, len));
  }
  const breakpointList: number[] = [];
  for (const w of wageSet) for (let k = 0; k <= WAGE_PART_CAP; k++) breakpointList.push(w - WAGE_STEP * k);
  const breakpoints = sortedUnique(breakpointList);
  const star = industries.size;
  const prefixCount = Math.max(1, prefixes.size);
  const anywhere = prefixes.get('') ?? -1;

  // Buckets that hold at least one job; workers open only those.
  const jobBucketKeys = new Set<number>();
  for (let j = 0; j < jobs.length; j++) {
    if (jobCapacity[j] <= 0) continue;
    const ind = industries.get(jobs[j].industry) as number;
    for (let len = 0; len <= 6; len += 2) {
      const p = prefixes.get(jobs[j].site.slice(0, len)) as number;
      jobBucketKeys.add(ind * prefixCount + p);
      jobBucketKeys.add(star * prefixCount + p);
    }
  }
  const buckets = new Map<number, number>();

  const requirementSets = [...requirements.keys()].map((key) => (key === '' ? [] : key.split(SEP)));
  const certSets = new Map<string, number>();
  const satisfied: number[][] = [];
  const workerClasses: WorkerClass[] = [];
  const classIds = new Map<string, number>();
  const indArcs: number[] = [];
  const destArcs: number[] = [];
  const arcs: number[] = [];
  for (let i = 0; i < workers.length; i++) {
    const w = workers[i];
    const mIdx = lowerBound(breakpoints, w.minWage);
    if (mIdx === breakpoints.length) continue;
    indArcs.length = 0;
    if (w.industries.length === 0) indArcs.push(star, 20);
    else {
      for (let r = 0; r < w.industries.length; r++) {
        const id = industries.get(w.industries[r]);
        if (id !== undefined && w.industries.indexOf(w.industries[r]) === r) indArcs.push(id, industryPart(r));
      }
    }
    destArcs.length = 0;
    if (w.destinations.length === 0) {
      if (anywhere >= 0) destArcs.push(anywhere, 15);
    } else {
      for (let r = 0; r < w.destinations.length; r++) {
        const id = prefixes.get(destinationPrefix(w.destinations[r]));
        if (id !== undefined && w.destinations.indexOf(w.destinations[r]) === r) destArcs.push(id, destinationPart(r));
      }
    }
    const base = BASE_VALUE + (w.priority ? PRIORITY_BONUS : 0);
    arcs.length = 0;
    for (let a = 0; a < indArcs.length; a += 2) {
      for (let d = 0; d < destArcs.length; d += 2) {
        const key = indArcs[a] * prefixCount + destArcs[d];
        if (!jobBucketKeys.has(key)) continue;
        let b = buckets.get(key);
        if (b === undefined) {
          b = buckets.size;
          buckets.set(key, b);
        }
        arcs.push(b, base + indArcs[a + 1] + destArcs[d + 1]);
      }
    }
    if (arcs.length === 0) continue;
    const certs = [...new Set(w.certificates.filter((c) => relevantCerts.has(c)))].sort();
    const certKey = certs.join(SEP);
    let certSet = certSets.get(certKey);
    if (certSet === undefined) {
      certSet = certSets.size;
      certSets.set(certKey, certSet);
      const held = new Set(certs);
      satisfied.push(requirementSets.flatMap((req, id) => (req.every((c) => held.has(c)) ? [id] : [])));
    }
    const ageIdx = ageClass(w.age);
    const key = `${ageIdx},${mIdx},${certSet},${arcs.join(',')}`;
    let c = classIds.get(key);
    if (c === undefined) {
      c = workerClasses.length;
      classIds.set(key, c);
      workerClasses.push({ count: 0, ageIdx, mIdx, certSet, arcs: arcs.slice(), members: intList(4) });
    }
    workerClasses[c].count++;
    push(workerClasses[c].members, i);
  }

  const jobClasses: JobClass[] = [];
  const jobClassIds = new Map<string, number>();
  for (let j = 0; j < jobs.length; j++) {
    if (jobCapacity[j] <= 0) continue;
    const job = jobs[j];
    const lo = job.ageMin === null ? 0 : ageClass(job.ageMin);
    const hi = job.ageMax === null ? ages.length : ageClass(job.ageMax + 1) - 1;
    if (lo > hi) continue;
    const ind = industries.get(job.industry) as number;
    const key = `${job.site},${ind},${job.wage},${jobRequirement[j]},${lo},${hi}`;
    let c = jobClassIds.get(key);
    if (c === undefined) {
      c = jobClasses.length;
      jobClassIds.set(key, c);
      const jobBuckets: number[] = [];
      for (let len = 0; len <= 6; len += 2) {
        const p = prefixes.get(job.site.slice(0, len)) as number;
        for (const indKey of [ind, star]) {
          const b = buckets.get(indKey * prefixCount + p);
          if (b !== undefined) jobBuckets.push(b);
        }
      }
      jobClasses.push({ capacity: 0, wage: job.wage, requirement: jobRequirement[j], lo, hi, buckets: jobBuckets, members: intList(2) });
    }
    jobClasses[c].capacity += jobCapacity[j];
    push(jobClasses[c].members, j);
  }
  return {
    workerClasses,
    jobClasses,
    breakpoints,
    ageCount: ages.length + 1,
    bucketCount: buckets.size,
    requirementCount: requirements.size,
    satisfied,
  };
}
