// Retention follow-up as use cases: the checks due (an officer's region, an employer's own
// workers, a worker's own), recording results from the employer (in bulk), the worker (on
// the phone pages) and an officer (after a phone call), each journaled and audited; the
// campaign's schedule and threshold.
import type { AppContext } from '../app/context.js';
import { type Actor, isOfficer } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { type Campaign, listCampaigns } from '../campaigns/campaigns.repository.js';
import { getVisibleCampaign } from '../campaigns/campaigns.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { fullName } from '../core/regions.js';
import { narrowScope, type Scope } from '../core/scope.js';
import { todayInChina } from '../core/values.js';
import type { PortalWho } from '../worker-portal/assisted.js';
import { type CheckFilter, type CheckRow, listChecks, type NewResult, retentionSettings, saveRetentionSettings, storeResults } from './retention.repository.js';
import {
  checkState, type CheckState, checkWhere, DEFAULT_MONTHS, DEFAULT_THRESHOLD, normalizeMonths, type Outcome, OUTCOME_TEXT, type Source,
} from './retention.rules.js';

export type RetentionSettings = { campaignId: string; months: number[]; threshold: number };

export type CheckJson = {
  worker: { id: string; province: string; name: string; county: { code: string; name: string }; phoneMasked: string | null };
  month: number; arrival: string; due: string; state: CheckState;
  employer: { id: string; name: string } | null; job: { id: string; title: string } | null; industry: string | null;
  result: { outcome: Outcome; outcomeText: { zh: string; en: string }; whereText: string | null; whereRegion: string | null; source: Source; actor: string; at: string } | null;
};

export const campaignMissing = () =>
  domainError({ code: 'not_found', record: 'campaign', zh: '还没有输出活动', en: 'there is no campaign yet' });

/** The campaign named, else the latest the caller reaches. */
export async function campaignFor(ctx: AppContext, scope: Scope, id: string | undefined): Promise<Campaign> {
  if (id) return getVisibleCampaign(ctx, scope, id);
  const [latest] = await listCampaigns(ctx.db, scope);
  if (!latest) throw campaignMissing();
  return latest;
}

export async function settingsOf(ctx: AppContext, campaignId: string): Promise<RetentionSettings> {
  const row = await retentionSettings(ctx.db, campaignId);
  return {
    campaignId,
    months: row?.retention_months && row.retention_months.length > 0 ? row.retention_months : [...DEFAULT_MONTHS],
    threshold: row ? Number(row.retention_threshold) : DEFAULT_THRESHOLD,
  };
}

export async function getRetentionSettings(ctx: AppContext, actor: Actor, campaignId?: string): Promise<RetentionSettings> {
  const campaign = await campaignFor(ctx, actor.scope, campaignId);
  return settingsOf(ctx, campaign.id);
}

/** Only an officer whose reach holds the campaign's whole region (or an administrator) changes its schedule. */
export async function setRetentionSettings(
  ctx: AppContext, actor: Actor, campaignId: string, body: { months: number[]; threshold: number },
): Promise<RetentionSettings> {
  const campaign = await getVisibleCampaign(ctx, actor.scope, campaignId);
  const own = campaign.regionCode.replace(/(00)+$/, '');
  const mayEdit = actor.scope.kind === 'region' && (actor.role === 'admin' || isOfficer(actor.role)) && own.startsWith(actor.scope.prefix);
  if (!mayEdit) throw domainError({ code: 'forbidden', zh: '只有活动所在地区的官员可以修改回访安排', en: 'only officers of the campaign\'s own region may change its follow-up schedule' });
  const months = normalizeMonths(body.months);
  if (!months) throw invalidInput(`campaign ${campaignId}`, 'months', { zh: '回访月份为 1–6 个 1 至 36 之间的整数', en: 'follow-up months are 1–6 whole numbers from 1 to 36' });
  if (!(body.threshold >= 0 && body.threshold <= 1)) throw invalidInput(`campaign ${campaignId}`, 'threshold', { zh: '稳岗率阈值在 0 与 1 之间', en: 'the threshold is between 0 and 1' });
  const before = await settingsOf(ctx, campaign.id);
  await saveRetentionSettings(ctx.db, campaign.id, months, body.threshold);
  await recordAudit(ctx, actor, {
    action: 'retention.settings', entity: 'campaign', entityId: campaign.id, regionCode: campaign.regionCode,
    before: { months: before.months, threshold: before.threshold }, after: { months, threshold: body.threshold },
  });
  return { campaignId: campaign.id, months, threshold: body.threshold };
}

export function checkJson(row: CheckRow, today: string): CheckJson {
  return {
    worker: { id: row.worker_id, province: row.province, name: row.worker_name, county: { code: row.region_code, name: fullName(row.region_code) ?? row.region_code }, phoneMasked: row.phone_masked },
    month: row.month, arrival: row.arrival, due: row.due, state: checkState(row.due, today, row.outcome !== null),
    employer: row.employer_id ? { id: row.employer_id, name: row.employer_name ?? '' } : null,
    job: row.job_id ? { id: row.job_id, title: row.job_title ?? '' } : null,
    industry: row.industry,
    result: row.outcome ? {
      outcome: row.outcome, outcomeText: OUTCOME_TEXT[row.outcome], whereText: row.where_text, whereRegion: row.where_region,
      source: row.source ?? 'officer', actor: row.actor ?? '', at: row.recorded_at?.toISOString() ?? '',
    } : null,
  };
}

function mayFollowUp(actor: Actor): boolean {
  return actor.scope.kind === 'employer' || (actor.scope.kind === 'region' && (actor.role === 'admin' || isOfficer(actor.role)));
}

/** Officers and employers only: throws for anyone else. */
export function mustFollowUp(actor: Actor): void {
  if (!mayFollowUp(actor)) throw followUpOnly();
}

const followUpOnly = () => domainError({ code: 'forbidden', zh: '只有辖区官员和用人单位可以查看回访', en: 'only officers of the region and the employer may see follow-up checks' });

export type DueQuery = { campaignId?: string; state?: 'open' | 'overdue' | 'all'; region?: string; today?: string };

/** The checks due in the caller's reach, oldest due first: an officer's worklist, an employer's list to confirm. */
export async function dueChecks(ctx: AppContext, actor: Actor, q: DueQuery, page: { limit: number; offset: number }) {
  if (!mayFollowUp(actor)) throw followUpOnly();
  const campaign = await campaignFor(ctx, actor.scope, q.campaignId);
  const settings = await settingsOf(ctx, campaign.id);
  const today = q.today ?? todayInChina();
  let region: string | undefined;
  if (q.region !== undefined && actor.scope.kind === 'region') {
    const narrowed = narrowScope(actor.scope.prefix, q.region);
    // A filter outside the reach shows nothing, never an error.
    if (narrowed === null) return { campaignId: campaign.id, today, items: [], total: 0 };
    region = narrowed;
  }
  const filter: CheckFilter = { campaignId: campaign.id, months: settings.months, today, state: q.state ?? 'open', region };
  const { rows, total } = await listChecks(ctx.db, actor.scope, filter, page);
  return { campaignId: campaign.id, today, items: rows.map((r) => checkJson(r, today)), total };
}

/** Every scheduled check of one worker the caller reaches (the console's worker page). */
export async function workerChecks(ctx: AppContext, actor: Actor, workerId: string, today = todayInChina()) {
  if (!mayFollowUp(actor) || !isUuid(workerId)) throw followUpOnly();
  const worker = await ctx.db.selectFrom('workers').select(['province', 'id', 'campaign_id']).where('id', '=', workerId).executeTakeFirst();
  if (!worker) return { items: [] as CheckJson[] };
  const settings = await settingsOf(ctx, worker.campaign_id);
  const { rows } = await listChecks(ctx.db, actor.scope, {
    campaignId: worker.campaign_id, months: settings.months, today, state: 'all', workers: [{ province: worker.province, id: worker.id }],
  }, null);
  return { items: rows.map((r) => checkJson(r, today)) };
}

export type ResultInput = { workerId: string; month: number; outcome: Outcome; whereText?: string; whereRegion?: string };

const notYours = (workerId: string, month: number) => domainError({
  code: 'not_found', record: `worker ${workerId}`, field: 'month',
  zh: `找不到该劳动力第 ${month} 个月的回访`, en: `no ${month}-month follow-up check for this worker`,
});

async function record(
  ctx: AppContext, actor: Actor, scope: Scope, items: ResultInput[], source: Source, today: string, datedAtDue = false,
): Promise<{ stored: number; unchanged: number; items: CheckJson[] }> {
  if (items.length === 0) throw invalidInput('retention', 'items', { zh: '没有要登记的回访结果', en: 'no results to record' });
  if (items.length > 2000) throw invalidInput('retention', 'items', { zh: '一次最多登记 2000 条', en: 'at most 2,000 results at once' });
  const ids = [...new Set(items.map((i) => i.workerId))];
  for (const id of ids) if (!isUuid(id)) throw notYours(id, items.find((i) => i.workerId === id)?.month ?? 0);
  const workers = await ctx.db.selectFrom('workers').select(['province', 'id', 'campaign_id']).where('id', 'in', ids).execute();
  const results: NewResult[] = [];
  const touched: CheckRow[] = [];
  for (const campaignId of new Set(workers.map((w) => w.campaign_id))) {
    const settings = await settingsOf(ctx, campaignId);
    const { rows } = await listChecks(ctx.db, scope, {
      campaignId, months: settings.months, today, state: 'all', workers: workers.filter((w) => w.campaign_id === campaignId).map((w) => ({ province: w.province, id: w.id })),
    }, null);
    touched.push(...rows);
  }
  const byKey = new Map(touched.map((r) => [`${r.worker_id}:${r.month}`, r]));
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const key = `${item.workerId}:${item.month}`;
    const check = byKey.get(key);
    if (!check) throw notYours(item.workerId, item.month);
    if (seen.has(key)) throw invalidInput(`item ${index + 1}`, 'month', { zh: '同一回访重复提交', en: 'the same check appears twice' });
    seen.add(key);
    if (checkState(check.due, today, false) === 'upcoming') {
      throw domainError({
        code: 'conflict', record: `worker ${item.workerId}`, field: 'month',
        zh: `第 ${item.month} 个月回访 ${check.due} 才到期`, en: `the ${item.month}-month check falls due on ${check.due}`,
      });
    }
    if (source === 'employer' && item.outcome === 'unreachable') {
      throw invalidInput(`item ${index + 1}`, 'outcome', { zh: '用人单位请登记在岗、换工作或返乡；联系不上由官员回访登记', en: 'an employer records employed, changed job or returned home; unreachable is an officer\'s call' });
    }
    const where = checkWhere(item.outcome, item.whereText, item.whereRegion);
    if (!where.ok) throw invalidInput(`item ${index + 1}`, where.field, where.reason);
    const campaignId = workers.find((w) => w.id === item.workerId)?.campaign_id ?? '';
    results.push({
      province: check.province, workerId: check.worker_id, month: check.month, campaignId, regionCode: check.region_code, due: check.due,
      outcome: item.outcome, whereText: where.whereText, whereRegion: where.whereRegion,
      employerId: check.employer_id, jobProvince: check.job_province, jobId: check.job_id, industry: check.industry,
      ...(datedAtDue ? { at: `${check.due}T12:00:00+08:00` } : {}),
    });
  }
  const stored = await storeResults(ctx.db, results, { source, actor: actor.login });
  if (stored.length > 0) {
    const regions = [...new Set(stored.map((s) => s.regionCode))];
    await recordAudit(ctx, actor, {
      action: 'retention.record', entity: 'retention_check', entityId: stored.length === 1 ? `${stored[0].workerId}:${stored[0].month}` : null,
      regionCode: regions.length === 1 ? regions[0] : regions.reduce((a, b) => commonPrefix(a, b)),
      after: { source, count: stored.length, outcomes: countBy(stored.map((s) => s.outcome)), workers: stored.slice(0, 50).map((s) => `${s.workerId}:${s.month}`) },
    });
  }
  const after = new Map((await Promise.all([...new Set(workers.map((w) => w.campaign_id))].map(async (campaignId) => {
    const settings = await settingsOf(ctx, campaignId);
    return (await listChecks(ctx.db, scope, {
      campaignId, months: settings.months, today, state: 'all', workers: workers.filter((w) => w.campaign_id === campaignId).map((w) => ({ province: w.province, id: w.id })),
    }, null)).rows;
  }))).flat().map((r) => [`${r.worker_id}:${r.month}`, r]));
  return {
    stored: stored.length, unchanged: results.length - stored.length,
    items: items.map((i) => after.get(`${i.workerId}:${i.month}`)).filter((r): r is CheckRow => r !== undefined).map((r) => checkJson(r, today)),
  };
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return a.slice(0, i);
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** Records as the given source within the actor's own reach, dated on each check's due day (the demo's simulated months). */
export async function recordAs(ctx: AppContext, actor: Actor, items: ResultInput[], source: Source, today: string) {
  return record(ctx, actor, actor.scope, items, source, today, true);
}

/** The employer confirms its workers (in bulk), or an officer records phone calls' results. */
export async function recordResults(ctx: AppContext, actor: Actor, items: ResultInput[], today = todayInChina()) {
  if (!mayFollowUp(actor)) throw followUpOnly();
  const source: Source = actor.scope.kind === 'employer' ? 'employer' : 'officer';
  return record(ctx, actor, actor.scope, items, source, today);
}

/** The same from a spreadsheet the employer filled in (the import keeps its own source). */
export async function importResults(ctx: AppContext, actor: Actor, items: ResultInput[], today = todayInChina()) {
  if (!mayFollowUp(actor)) throw followUpOnly();
  return record(ctx, actor, actor.scope, items, 'import', today);
}

/** The worker's own checks (the phone pages' card shows the first one open). */
export async function myChecks(ctx: AppContext, who: PortalWho, today = todayInChina()) {
  const settings = await settingsOf(ctx, who.campaignId);
  const scope: Scope = { kind: 'worker', province: who.province, workerId: who.id };
  const { rows } = await listChecks(ctx.db, scope, { campaignId: who.campaignId, months: settings.months, today, state: 'all' }, null);
  const items = rows.map((r) => checkJson(r, today));
  return { items, open: items.find((c) => c.state === 'due' || c.state === 'overdue') ?? null };
}

/** The worker answers their open check (or an officer at a service point for them). */
export async function confirmMine(ctx: AppContext, who: PortalWho, body: { month: number; outcome: Outcome; whereText?: string; whereRegion?: string }, today = todayInChina()) {
  if (body.outcome === 'unreachable') throw invalidInput('retention', 'outcome', { zh: '请选择在岗、换工作或已返乡', en: 'choose employed, changed job or returned home' });
  const scope: Scope = { kind: 'worker', province: who.province, workerId: who.id };
  const done = await record(ctx, who.actor, scope, [{ workerId: who.id, ...body }], who.assistedBy ? 'officer' : 'worker', today);
  return { stored: done.stored, check: done.items[0] ?? null };
}
