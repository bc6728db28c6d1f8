// The stored campaign as the matching contract's instance: ages on the campaign's start
// date, certificates held, wishes as codes. Pure.
import { ageOn } from '../core/id-number.js';
import { failedRule } from '../engines/match/rules.js';
import type { Assignment, Job, MatchInstance, Worker } from '../engines/match/types.js';
import type { StoredAssignment, StoredJob, StoredWorker } from './allocation.repository.js';

export function toEngineWorker(row: StoredWorker, onDate: string): Worker {
  return {
    id: row.id,
    age: ageOn(row.birth_date, onDate),
    certificates: row.certificates,
    industries: row.industries,
    destinations: row.destinations,
    minWage: row.min_wage,
    priority: row.priority,
  };
}

export function toEngineJob(row: StoredJob): Job {
  return {
    id: row.id,
    site: row.site_code,
    industry: row.industry,
    headcount: row.headcount,
    wage: row.wage,
    certificates: row.certificates,
    ageMin: row.age_min,
    ageMax: row.age_max,
  };
}

/** A worker–vacancy pair someone turned down (the employer or the worker). */
export type DeclinedPair = { worker_id: string; job_id: string };

/**
 * Declined pairs are kept apart without the engine knowing pairs: each vacancy someone
 * declined asks for a certificate of its own that every worker holds except those who
 * declined it. A confirmed assignment outranks an older decline of the same pair.
 */
function keepDeclinedApart(workers: Worker[], jobs: Job[], declined: readonly DeclinedPair[], assignments: readonly StoredAssignment[]): void {
  const confirmed = new Set(assignments.filter((a) => a.status === 'confirmed').map((a) => `${a.worker_id}:${a.job_id}`));
  const byJob = new Map<string, Set<string>>();
  for (const d of declined) {
    if (confirmed.has(`${d.worker_id}:${d.job_id}`)) continue;
    let set = byJob.get(d.job_id);
    if (!set) byJob.set(d.job_id, (set = new Set()));
    set.add(d.worker_id);
  }
  if (byJob.size === 0) return;
  const tags: [string, Set<string>][] = [];
  for (const job of jobs) {
    const decliners = byJob.get(job.id);
    if (!decliners) continue;
    const tag = `~not-declined:${job.id}`;
    job.certificates = [...job.certificates, tag];
    tags.push([tag, decliners]);
  }
  for (const worker of workers) {
    const held = tags.filter(([, decliners]) => !decliners.has(worker.id)).map(([tag]) => tag);
    if (held.length > 0) worker.certificates = [...worker.certificates, ...held];
  }
}

export function campaignInstance(
  workers: readonly StoredWorker[],
  jobs: readonly StoredJob[],
  assignments: readonly StoredAssignment[],
  onDate: string,
  declined: readonly DeclinedPair[] = [],
): { instance: MatchInstance; fixed: Assignment[] } {
  const engineWorkers = workers.map((w) => toEngineWorker(w, onDate));
  const engineJobs = jobs.map(toEngineJob);
  keepDeclinedApart(engineWorkers, engineJobs, declined, assignments);
  const workerById = new Map(engineWorkers.map((w) => [w.id, w]));
  const jobById = new Map(engineJobs.map((j) => [j.id, j]));
  const fixed: Assignment[] = [];
  const held = new Set<string>();
  for (const a of assignments) {
    if (a.status !== 'confirmed') continue;
    const worker = workerById.get(a.worker_id);
    const job = jobById.get(a.job_id);
    if (!worker || !job) continue;
    // A confirmation stands even if the record changed since (an edited wish, a birthday):
    // the person keeps the place, outside the engine's view, and the place is taken.
    if (failedRule(worker, job) !== null || job.headcount <= 0) {
      held.add(worker.id);
      job.headcount = Math.max(0, job.headcount - 1);
    } else {
      fixed.push({ worker: a.worker_id, job: a.job_id });
    }
  }
  const instance = { workers: engineWorkers.filter((w) => !held.has(w.id)), jobs: engineJobs };
  return { instance, fixed };
}
