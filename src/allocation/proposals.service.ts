// Reviewing one allocation run: its proposals by worker (with the score's parts and the
// reasons behind them) and by vacancy, and what it changed since the run before. The run
// is visible to those who may run the campaign's allocation; everyone else gets 404.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { industryName } from '../core/catalog.js';
import { domainError } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { fullName } from '../core/regions.js';
import { narrowScope } from '../core/scope.js';
import { scoreParts } from '../engines/match/rules.js';
import { PRIORITY_BONUS, BASE_VALUE } from '../engines/match/rules.js';
import type { Campaign } from '../campaigns/campaigns.repository.js';
import { toEngineJob, toEngineWorker } from './allocation.instance.js';
import { changeReasonText } from './allocation.changes.js';
import { findRun, type RunRecord } from './allocation.repository.js';
import type { ChangeJson, ProposalJson, VacancyProposalJson } from './allocation.schema.js';
import { campaignForAllocation } from './allocation.service.js';
import { listRunChanges, listRunProposals, listRunVacancies, type Page, type ProposalFilter, type ProposalRow } from './proposals.repository.js';
import { reasonsFor } from './recommendations.js';
import { NAMES } from './recommendations.service.js';

export const runNotFound = (id: string) => domainError({ code: 'not_found', record: `run ${id}`, zh: '找不到该分配运行', en: 'no such allocation run' });

/** The run and its campaign when the caller may run that campaign's allocation; else not found. */
export async function visibleRun(ctx: AppContext, actor: Actor, runId: string): Promise<{ run: RunRecord; campaign: Campaign }> {
  const run = isUuid(runId) ? await findRun(ctx.db, runId) : undefined;
  if (!run) throw runNotFound(runId);
  try {
    return { run, campaign: await campaignForAllocation(ctx, actor, run.campaignId) };
  } catch {
    throw runNotFound(runId);
  }
}

/** The caller's prefix narrowed by a requested region; '-' reaches nobody. */
function reachOf(actor: Actor, region: string | undefined): string {
  if (actor.scope.kind !== 'region') return '-';
  return narrowScope(actor.scope.prefix, region) ?? '-';
}

const regionName = (code: string): string => fullName(code) ?? code;

function proposalJson(row: ProposalRow, onDate: string): ProposalJson {
  const worker = toEngineWorker({
    province: row.province, id: row.workerId, birth_date: row.birthDate, certificates: row.certificates, industries: row.industries,
    destinations: row.destinations, min_wage: row.minWage, priority: row.priority,
  }, onDate);
  const job = toEngineJob({
    province: '', id: row.jobId, site_code: row.siteCode, industry: row.industry, headcount: row.headcount, wage: row.wage,
    certificates: row.jobCertificates, age_min: row.ageMin, age_max: row.ageMax,
  });
  const parts = scoreParts(worker, job);
  return {
    workerId: row.workerId, name: row.name, regionCode: row.regionCode, regionName: regionName(row.regionCode), priority: row.priority,
    status: row.status, jobId: row.jobId, jobTitle: row.jobTitle, employer: row.employer, siteCode: row.siteCode, siteName: regionName(row.siteCode),
    wage: row.wage, value: row.value,
    parts: parts && { base: BASE_VALUE, priority: worker.priority ? PRIORITY_BONUS : 0, industry: parts.industry, destination: parts.destination, wage: parts.wage },
    reasons: reasonsFor(worker, job, NAMES),
  };
}

export async function runProposals(ctx: AppContext, actor: Actor, runId: string, query: ProposalFilter & { region?: string }, page: Page) {
  const { run, campaign } = await visibleRun(ctx, actor, runId);
  const result = await listRunProposals(ctx.db, run.id, reachOf(actor, query.region), query, page);
  return { total: result.total, items: result.items.map((row) => proposalJson(row, campaign.startDate)) };
}

export async function runVacancies(ctx: AppContext, actor: Actor, runId: string, query: { search?: string; region?: string }, page: Page) {
  const { run, campaign } = await visibleRun(ctx, actor, runId);
  const result = await listRunVacancies(ctx.db, run.id, campaign.id, reachOf(actor, query.region), query.search, page);
  const items: VacancyProposalJson[] = result.items.map((row) => ({
    jobId: row.jobId, title: row.title, employer: row.employer, siteCode: row.siteCode, siteName: regionName(row.siteCode),
    industry: row.industry, industryName: industryName(row.industry) ?? { zh: row.industry, en: row.industry }, wage: row.wage,
    headcount: row.headcount, proposed: row.proposed, confirmed: row.confirmed, open: Math.max(0, row.headcount - row.taken),
    priority: row.priority, averageValue: row.averageValue === null ? null : Math.round(row.averageValue * 10) / 10,
  }));
  return { total: result.total, items };
}

export async function runChanges(ctx: AppContext, actor: Actor, runId: string, query: { kind?: ChangeJson['kind']; region?: string }, page: Page) {
  const { run } = await visibleRun(ctx, actor, runId);
  const result = await listRunChanges(ctx.db, run.id, reachOf(actor, query.region), query.kind, page);
  const place = (p: (typeof result.items)[number]['before'], value: number | null) => p.jobId === null ? null : {
    jobId: p.jobId, jobTitle: p.jobTitle ?? '', employer: p.employer ?? '', siteName: p.siteCode ? regionName(p.siteCode) : '', value,
  };
  const items: ChangeJson[] = result.items.map((row) => ({
    workerId: row.workerId, name: row.name, regionCode: row.regionCode, regionName: regionName(row.regionCode), kind: row.kind,
    reason: row.reason, reasonText: changeReasonText(row.reason),
    before: place(row.before, row.valueBefore), after: place(row.after, row.valueAfter),
  }));
  return { total: result.total, counts: result.counts, items };
}
