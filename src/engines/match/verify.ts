// Independent checks of an answer against the contract: every pair eligible, each worker
// at most once, each job within its headcount, and the objective recounted from the rules.
// The dual check certifies optimality without any LP solver: a feasible dual whose
// objective equals the primal objective proves no assignment is better.

import { failedRule, value } from './rules.js';
import type { Assignment, Job, MatchInstance, MatchResult, Worker } from './types.js';

export type Verification = {
  /** Sum of value over the assignments, recomputed from the rules. */
  objective: number;
  placed: number;
  placedPriority: number;
  /** Empty when the answer is feasible and its objective field equals the recount. */
  problems: string[];
};

export function verifyAssignments(instance: MatchInstance, assignments: Assignment[], claimed?: number): Verification {
  const workers = new Map(instance.workers.map((w) => [w.id, w]));
  const jobs = new Map(instance.jobs.map((j) => [j.id, j]));
  const used = new Map<string, number>();
  const placedWorkers = new Set<string>();
  const problems: string[] = [];
  let objective = 0;
  let placedPriority = 0;
  assignments.forEach((pair, k) => {
    const worker = workers.get(pair.worker);
    const job = jobs.get(pair.job);
    if (!worker || !job) {
      problems.push(`assignments[${k}]: unknown ${worker ? 'job' : 'worker'} ${worker ? pair.job : pair.worker}`);
      return;
    }
    if (placedWorkers.has(worker.id)) problems.push(`assignments[${k}]: worker ${worker.id} placed twice`);
    placedWorkers.add(worker.id);
    const rule = failedRule(worker, job);
    if (rule !== null) problems.push(`assignments[${k}]: ${worker.id} → ${job.id} breaks the ${rule} rule`);
    objective += value(worker, job) ?? 0;
    if (worker.priority) placedPriority++;
    used.set(job.id, (used.get(job.id) ?? 0) + 1);
  });
  for (const [id, count] of used) {
    const job = jobs.get(id) as Job;
    if (count > job.headcount) problems.push(`job ${id}: ${count} placed, headcount ${job.headcount}`);
  }
  if (claimed !== undefined && claimed !== objective) problems.push(`objective ${claimed} ≠ recount ${objective}`);
  return { objective, placed: placedWorkers.size, placedPriority, problems };
}

export function verifyResult(instance: MatchInstance, result: MatchResult): Verification {
  return verifyAssignments(instance, result.assignments, result.objective);
}

/**
 * Dual of the LP: a utility per worker and a price per job, both ≥ 0, with
 * utility_i + price_j ≥ value(i, j) for every eligible pair.
 */
export type MatchDuals = { workerUtility: Map<string, number>; jobPrice: Map<string, number> };

/** Problems with the dual certificate (all pairs are enumerated: for tests and small instances). */
export function checkDuals(instance: MatchInstance, objective: number, duals: MatchDuals): string[] {
  const problems: string[] = [];
  const utility = (w: Worker): number => duals.workerUtility.get(w.id) ?? 0;
  const price = (j: Job): number => duals.jobPrice.get(j.id) ?? 0;
  let dualObjective = 0;
  for (const w of instance.workers) {
    if (utility(w) < 0) problems.push(`worker ${w.id}: negative utility`);
    dualObjective += utility(w);
  }
  for (const j of instance.jobs) {
    if (price(j) < 0) problems.push(`job ${j.id}: negative price`);
    dualObjective += price(j) * j.headcount;
  }
  for (const w of instance.workers) {
    for (const j of instance.jobs) {
      const v = value(w, j);
      if (v !== null && utility(w) + price(j) < v) {
        problems.push(`pair ${w.id} → ${j.id}: ${utility(w)} + ${price(j)} < ${v}`);
      }
    }
  }
  if (dualObjective !== objective) problems.push(`dual objective ${dualObjective} ≠ primal ${objective}`);
  return problems;
}
