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

export function campaignInstance(
  workers: readonly StoredWorker[],
  jobs: readonly StoredJob[],
  assignments: readonly StoredAssignment[],
  onDate: string,
): { instance: MatchInstance; fixed: Assignment[] } {
  const engineWorkers = workers.map((w) => toEngineWorker(w, onDate));
  const engineJobs = jobs.map(toEngineJob);
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
