// `menkou allocate` and the background run: the stored campaign → the exact engine →
// proposals saved with the run (parameters, time, result, who ran it). Confirmed
// assignments stay fixed; the rest is placed around them.
import type { AppContext } from '../app/context.js';
import { type Actor, isOfficer } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import type { Campaign } from '../campaigns/campaigns.repository.js';
import { getVisibleCampaign } from '../campaigns/campaigns.service.js';
import { domainError } from '../core/errors.js';
import { regionPrefix } from '../core/regions.js';
import type { SolveProgress } from '../engines/match/solve.js';
import { campaignInstance } from './allocation.instance.js';
import { type ChangeKind, countChanges, diffProposals } from './allocation.changes.js';
import {
  confirmProposals, earlierFinishedRun, finishRun, insertRun, loadAssignments, loadCampaignJobs, loadCampaignWorkers, loadDeclinedPairs, type Proposal,
  replaceProposals, workersRegisteredSince,
} from './allocation.repository.js';
import { runMatchingEngine } from './run-engine.js';
import { preferPrevious } from './stability.js';
import { value } from '../engines/match/rules.js';

export type AllocationSummary = {
  runId: string;
  workers: number;
  jobs: number;
  fixed: number;
  placed: number;
  placedPriority: number;
  placedOthers: number;
  objective: number;
  seconds: number;
  newProposals: number;
  changes: Record<ChangeKind, number>;
};

/** Progress of runs in this process, for the API to report while they work. */
const running = new Map<string, SolveProgress | { stage: 'loading' | 'saving'; done: number; total: number }>();

export function runProgress(runId: string) {
  return running.get(runId);
}

/** Officers whose region holds the campaign's, and administrators, may allocate it. */
export async function campaignForAllocation(ctx: AppContext, actor: Actor, campaignId: string): Promise<Campaign> {
  const campaign = await getVisibleCampaign(ctx, actor.scope, campaignId);
  const prefix = actor.scope.kind === 'region' ? actor.scope.prefix : undefined;
  const campaignPrefix = campaign.regionCode === '000000' ? '' : regionPrefix(campaign.regionCode);
  if (prefix === undefined || !(actor.role === 'admin' || isOfficer(actor.role)) || !campaignPrefix.startsWith(prefix)) {
    throw domainError({ code: 'forbidden', zh: '只有活动所属地区的人社部门可以运行分配', en: 'only officers of the campaign\'s own region may run the allocation' });
  }
  return campaign;
}

async function execute(ctx: AppContext, actor: Actor, campaign: Campaign, runId: string, onProgress?: (p: SolveProgress) => void): Promise<AllocationSummary> {
  const started = performance.now();
  running.set(runId, { stage: 'loading', done: 0, total: 1 });
  const [workers, jobs, assignments, declined] = await Promise.all([
    loadCampaignWorkers(ctx.db, campaign.id),
    loadCampaignJobs(ctx.db, campaign.id),
    loadAssignments(ctx.db, campaign.id),
    loadDeclinedPairs(ctx.db, campaign.id),
  ]);
  const { instance, fixed } = campaignInstance(workers, jobs, assignments, campaign.startDate, declined);
  // Each run keeps its job prices for a warm-started re-run, but runs start cold for now: a
  // warm start can land on another optimum than the open proposals, with some equal-value
  // swaps the stability rule does not undo ("re-runs without shuffling" in
  // test/allocation.pg.test.ts fails with it). The engine's warm start is tested and benched.
  const result = await runMatchingEngine(instance, fixed, (progress) => {
    running.set(runId, progress);
    onProgress?.(progress);
  });
  running.set(runId, { stage: 'saving', done: 0, total: 1 });
  const storedWorkers = new Map(workers.map((w) => [w.id, w]));
  const storedJobs = new Map(jobs.map((j) => [j.id, j]));
  const workerById = new Map(instance.workers.map((w) => [w.id, { engine: w, stored: storedWorkers.get(w.id) }]));
  const jobById = new Map(instance.jobs.map((j) => [j.id, { engine: j, stored: storedJobs.get(j.id) }]));
  const fixedWorkers = new Set(fixed.map((f) => f.worker));
  const open = assignments.filter((a) => a.status === 'proposed');
  const previous = new Map(open.map((a) => [a.worker_id, a.job_id]));
  const settled = preferPrevious(instance, result.assignments, previous, fixedWorkers);
  const proposals: Proposal[] = [];
  let placedPriority = 0;
  for (const pair of settled.assignments) {
    const worker = workerById.get(pair.worker);
    const job = jobById.get(pair.job);
    if (!worker?.stored || !job?.stored) continue;
    if (worker.engine.priority) placedPriority += 1;
    if (fixedWorkers.has(pair.worker)) continue;
    proposals.push({
      province: worker.stored.province, workerId: worker.stored.id, jobProvince: job.stored.province, jobId: job.stored.id,
      value: value(worker.engine, job.engine) ?? 0,
    });
  }
  const earlier = await earlierFinishedRun(ctx.db, campaign.id, runId);
  const changes = diffProposals({
    instance,
    previous: new Map(open.map((a) => [a.worker_id, { job: a.job_id, value: a.value }])),
    proposals: settled.assignments.filter((pair) => !fixedWorkers.has(pair.worker)),
    earlierRun: earlier !== undefined,
    registeredSince: earlier ? await workersRegisteredSince(ctx.db, campaign.id, earlier.startedAt) : new Set(),
  });
  const provinceOf = new Map([...workers.map((w) => [w.id, w.province] as const), ...open.map((a) => [a.worker_id, a.province] as const)]);
  const stored = changes.flatMap((c) => {
    const province = provinceOf.get(c.workerId);
    return province ? [{ ...c, province }] : [];
  });
  const newProposals = await replaceProposals(ctx.db, campaign.id, runId, actor.login, proposals, stored);
  const summary: AllocationSummary = {
    runId, workers: instance.workers.length, jobs: instance.jobs.length, fixed: fixed.length, placed: result.assignments.length,
    placedPriority, placedOthers: result.assignments.length - placedPriority, objective: result.objective,
    seconds: (performance.now() - started) / 1000, newProposals, changes: countChanges(changes),
  };
  await finishRun(ctx.db, runId, { summary, jobPrices: result.jobPrices });
  await recordAudit(ctx, actor, { action: 'allocation.run', entity: 'campaign', entityId: campaign.id, regionCode: campaign.regionCode, after: summary });
  ctx.log.info({ run: runId, placed: summary.placed, objective: summary.objective, seconds: summary.seconds, engineSeconds: result.engineSeconds, start: result.start, keptFromBefore: settled.restored }, 'allocation finished');
  return summary;
}

export async function allocateCampaign(ctx: AppContext, actor: Actor, campaignId: string, onProgress?: (p: SolveProgress) => void): Promise<AllocationSummary> {
  const campaign = await campaignForAllocation(ctx, actor, campaignId);
  const runId = await insertRun(ctx.db, campaign.id, actor.login, { objective: 'default', fixedConfirmed: true });
  try {
    return await execute(ctx, actor, campaign, runId, onProgress);
  } catch (error) {
    await finishRun(ctx.db, runId, { error: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    running.delete(runId);
  }
}

/** Starts a run and returns at once; the run goes on in the background. */
export async function startAllocation(ctx: AppContext, actor: Actor, campaignId: string): Promise<{ runId: string; done: Promise<AllocationSummary | undefined> }> {
  const campaign = await campaignForAllocation(ctx, actor, campaignId);
  const runId = await insertRun(ctx.db, campaign.id, actor.login, { objective: 'default', fixedConfirmed: true, background: true });
  const done = execute(ctx, actor, campaign, runId)
    .catch(async (error: unknown) => {
      ctx.log.error({ run: runId, err: error instanceof Error ? error.message : String(error) }, 'allocation failed');
      await finishRun(ctx.db, runId, { error: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
      return undefined;
    })
    .finally(() => running.delete(runId));
  return { runId, done };
}

/**
 * Confirms a run's open proposals in the caller's reach: all of them, or the selected
 * workers' (`workers`). Confirmed pairs stay fixed on later runs.
 */
export async function confirmAllocation(ctx: AppContext, actor: Actor, campaignId: string, filter: { runId?: string; workers?: readonly string[] }): Promise<number> {
  const campaign = await campaignForAllocation(ctx, actor, campaignId);
  const prefix = actor.scope.kind === 'region' ? actor.scope.prefix : '-';
  const confirmed = await confirmProposals(ctx.db, campaign.id, actor.login, { ...filter, prefix });
  await recordAudit(ctx, actor, {
    action: 'allocation.confirm', entity: 'campaign', entityId: campaign.id, regionCode: campaign.regionCode,
    after: { confirmed, run: filter.runId ?? null, selected: filter.workers?.length ?? null },
  });
  return confirmed;
}
