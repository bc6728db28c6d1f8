// The stored campaign as the matching contract's instance: ages on the campaign's start
// date, certificates held, wishes as codes. Pure.
import { ageOn } from '../core/id-number.js';
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
  const instance = { workers: workers.map((w) => toEngineWorker(w, onDate)), jobs: jobs.map(toEngineJob) };
  const present = new Set(instance.workers.map((w) => w.id));
  const fixed = assignments
    .filter((a) => a.status === 'confirmed' && present.has(a.worker_id))
    .map((a) => ({ worker: a.worker_id, job: a.job_id }));
  return { instance, fixed };
}
