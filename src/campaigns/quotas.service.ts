// Regional targets. The officer above a region sets its share of the campaign's target: a
// province officer the cities' (and the county-level units directly under the province),
// a city officer the counties'; an administrator any region inside the campaign's. A
// region outside the caller's reach answers not found, like every record.
import type { AppContext } from '../app/context.js';
import { type Actor, mayManage } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError } from '../core/errors.js';
import { getRegion, regionsUnder } from '../core/regions.js';
import { type Scope } from '../core/scope.js';
import type { Campaign } from './campaigns.repository.js';
import { campaignNotFound, getVisibleCampaign } from './campaigns.service.js';
import { campaignPrefix } from './campaigns.write.service.js';
import { deleteQuota, findQuota, listQuotas, type Quota, saveQuota } from './quotas.repository.js';

function regionNotFound(code: string): Error {
  return domainError({ code: 'not_found', record: `region ${code}`, field: 'region', zh: '找不到该地区', en: 'no such region' });
}

async function officerCampaign(ctx: AppContext, scope: Scope, campaignId: string): Promise<Campaign & { scopePrefix: string }> {
  // Targets are numbers about people: officers and administrators only, like statistics.
  if (scope.kind !== 'region') throw campaignNotFound(campaignId);
  const campaign = await getVisibleCampaign(ctx, scope, campaignId);
  return { ...campaign, scopePrefix: scope.prefix };
}

export type QuotaList = { campaign: Campaign; items: Quota[]; settable: { code: string; name: string }[] };

export async function quotasFor(ctx: AppContext, actor: Actor, campaignId: string): Promise<QuotaList> {
  const campaign = await officerCampaign(ctx, actor.scope, campaignId);
  const items = await listQuotas(ctx.db, campaign.id, campaign.scopePrefix);
  return { campaign, items, settable: settableRegions(actor, campaign) };
}

/** The regions whose targets the caller sets, for the form: those directly below their own. */
function settableRegions(actor: Actor, campaign: Campaign & { scopePrefix: string }): { code: string; name: string }[] {
  if (!mayManage(actor) || actor.role === 'county') return [];
  const prefix = campaignPrefix(campaign);
  const own = actor.role === 'admin' ? prefix : campaign.scopePrefix;
  if (!own.startsWith(prefix) && actor.role !== 'admin') return [];
  const ownCode = own === '' ? '' : own.padEnd(6, '0');
  return regionsUnder(own).filter((r) => r.parent === ownCode).map((r) => ({ code: r.code, name: r.name }));
}

/** The region, checked to be inside the campaign and the caller's reach, and one the caller sets. */
function quotaRegion(actor: Actor, campaign: Campaign & { scopePrefix: string }, code: string) {
  const region = getRegion(code);
  const prefix = campaignPrefix(campaign);
  if (!region || !code.startsWith(campaign.scopePrefix) || !code.startsWith(prefix)) throw regionNotFound(code);
  if (!mayManage(actor)) throw domainError({ code: 'forbidden', zh: '无权设定目标', en: 'you may not set targets' });
  const own = campaign.scopePrefix;
  // An officer sets the targets of the regions directly below their own; an
  // administrator those of any region below the campaign's.
  const directlyBelow = actor.role === 'admin'
    ? region.code !== campaign.regionCode && prefix.length < code.length
    : (actor.role === 'province' || actor.role === 'city') && region.parent === own.padEnd(6, '0');
  if (!directlyBelow) {
    throw domainError({
      code: 'forbidden', record: `region ${code}`, field: 'region',
      zh: '只能设定直属下级地区的目标（省设市、市设县）', en: 'you set the targets of the regions directly below yours (a province its cities, a city its counties)',
    });
  }
  return region;
}

export async function setQuota(ctx: AppContext, actor: Actor, campaignId: string, code: string, target: number): Promise<Quota> {
  const campaign = await officerCampaign(ctx, actor.scope, campaignId);
  quotaRegion(actor, campaign, code);
  const before = await findQuota(ctx.db, campaign.id, code);
  await saveQuota(ctx.db, { campaignId: campaign.id, regionCode: code, target, setBy: actor.login });
  const after = await findQuota(ctx.db, campaign.id, code);
  if (!after) throw regionNotFound(code);
  await recordAudit(ctx, actor, {
    action: 'campaign.quota.set', entity: 'campaign', entityId: campaign.id, regionCode: code,
    before: before ? { region: code, target: before.target } : null, after: { region: code, target },
  });
  return after;
}

export async function removeQuota(ctx: AppContext, actor: Actor, campaignId: string, code: string): Promise<void> {
  const campaign = await officerCampaign(ctx, actor.scope, campaignId);
  quotaRegion(actor, campaign, code);
  const before = await findQuota(ctx.db, campaign.id, code);
  if (!before || !(await deleteQuota(ctx.db, campaign.id, code))) {
    throw domainError({ code: 'not_found', record: `region ${code}`, field: 'region', zh: '该地区没有设定目标', en: 'this region has no target' });
  }
  await recordAudit(ctx, actor, {
    action: 'campaign.quota.delete', entity: 'campaign', entityId: campaign.id, regionCode: code,
    before: { region: code, target: before.target }, after: null,
  });
}
