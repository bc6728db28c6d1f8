// Recommendations over stored data, within the caller's reach: a worker must be in scope
// to get vacancies for them; a vacancy lists only workers the caller may see.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { getVisibleCampaign } from '../campaigns/campaigns.service.js';
import { certificateName, industryName } from '../core/catalog.js';
import { domainError } from '../core/errors.js';
import { fullName, getRegion } from '../core/regions.js';
import { jobWarnings } from '../grievances/grievance-stats.service.js';
import { findJob } from '../jobs/jobs.queries.js';
import { findWorker, streamWorkers } from '../workers/workers.queries.js';
import { workerNotFound } from '../workers/workers.update.js';
import { toEngineJob, toEngineWorker } from './allocation.instance.js';
import { loadAssignments, loadCampaignJobs, loadCampaignWorkers } from './allocation.repository.js';
import { type Names, recommendJobs, recommendWorkers } from './recommendations.js';

export const NAMES: Names = {
  industry: (code) => industryName(code) ?? { zh: code, en: code },
  certificate: (code) => certificateName(code) ?? { zh: code, en: code },
  region: (code) => ({ zh: fullName(code) ?? code, en: getRegion(code)?.en ?? fullName(code) ?? code }),
};

export async function workerRecommendations(ctx: AppContext, actor: Actor, workerId: string, k: number) {
  const worker = await findWorker(ctx.db, actor.scope, workerId);
  if (!worker) throw workerNotFound(workerId);
  const campaign = await getVisibleCampaign(ctx, { kind: 'region', prefix: '' }, worker.campaignId);
  const [stored, jobs, assignments] = await Promise.all([
    loadCampaignWorkers(ctx.db, campaign.id),
    loadCampaignJobs(ctx.db, campaign.id),
    loadAssignments(ctx.db, campaign.id),
  ]);
  const me = stored.find((w) => w.id === workerId);
  if (!me) throw workerNotFound(workerId);
  const confirmed = new Map<string, number>();
  for (const a of assignments) if (a.status === 'confirmed') confirmed.set(a.job_id, (confirmed.get(a.job_id) ?? 0) + 1);
  // A vacancy with every place confirmed is no recommendation.
  const open = jobs.map(toEngineJob).map((j) => ({ ...j, headcount: j.headcount - (confirmed.get(j.id) ?? 0) }));
  const result = recommendJobs(toEngineWorker(me, campaign.startDate), open, k, NAMES);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  // An employer leaving grievances past their deadline is flagged, not hidden: the officer decides.
  const warnings = await jobWarnings(ctx, result.items.map((r) => r.id));
  return {
    worker: workerId,
    items: result.items.map((r) => ({
      job: r.id, siteCode: byId.get(r.id)?.site_code, score: r.score, value: r.value, reasons: r.reasons, warning: warnings.get(r.id),
    })),
    exclusions: result.exclusions,
  };
}

export async function jobRecommendations(ctx: AppContext, actor: Actor, jobId: string, k: number) {
  const job = await findJob(ctx.db, actor.scope, jobId);
  if (!job) throw domainError({ code: 'not_found', record: `job ${jobId}`, zh: '找不到该岗位', en: 'no such vacancy' });
  const campaign = await getVisibleCampaign(ctx, { kind: 'region', prefix: '' }, job.campaignId);
  const visible = new Set<string>();
  for await (const page of streamWorkers(ctx.db, actor.scope, { campaignId: campaign.id })) for (const w of page) visible.add(w.id);
  const stored = (await loadCampaignWorkers(ctx.db, campaign.id)).filter((w) => visible.has(w.id));
  const engineJob = toEngineJob({
    province: job.siteCode.slice(0, 2), id: job.id, site_code: job.siteCode, industry: job.industry, headcount: job.headcount,
    wage: job.wage, certificates: job.certificates, age_min: job.ageMin, age_max: job.ageMax,
  });
  const items = recommendWorkers(engineJob, stored.map((w) => toEngineWorker(w, campaign.startDate)), k, NAMES);
  const warning = (await jobWarnings(ctx, [jobId])).get(jobId);
  return { job: jobId, warning, items: items.map((r) => ({ worker: r.id, score: r.score, value: r.value, reasons: r.reasons })) };
}
