// Creating and editing campaigns. Province officers and administrators create; an officer
// edits the campaigns organised inside their own region (a county officer works in the
// province's campaign but does not change its target). Every change is audited with
// before and after.
import type { AppContext } from '../app/context.js';
import { type Actor, mayManage } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { getRegion, regionLevel, regionPrefix } from '../core/regions.js';
import type { CampaignCreate, CampaignUpdate } from './campaign-form.schema.js';
import { type Campaign, insertCampaign, updateCampaign } from './campaigns.repository.js';
import { getVisibleCampaign } from './campaigns.service.js';

/** The prefix of the codes a campaign's region holds ('' for a nationwide campaign). */
export function campaignPrefix(campaign: Pick<Campaign, 'regionCode'>): string {
  return /^0+$/.test(campaign.regionCode) ? '' : regionPrefix(campaign.regionCode);
}

function forbidden(zh: string, en: string): Error {
  return domainError({ code: 'forbidden', zh, en });
}

function checkDestinations(codes: readonly string[]): void {
  codes.forEach((code, i) => {
    const region = getRegion(code);
    if (!region || region.level !== 'province') {
      throw invalidInput(`destinations[${i}]`, 'destinations', { zh: `不是省级行政区划代码：${code}`, en: `not a province code: ${code}` });
    }
  });
}

/** Who may change a campaign: administrators, and officers whose region holds the campaign's. */
export function mayEditCampaign(actor: Actor, campaign: Pick<Campaign, 'regionCode'>): boolean {
  if (actor.scope.kind !== 'region' || !mayManage(actor)) return false;
  return actor.role === 'admin' || campaignPrefix(campaign).startsWith(actor.scope.prefix);
}

function organisingRegion(actor: Actor, requested: string | undefined): string {
  if (actor.role === 'admin') {
    const code = requested ?? '000000';
    if (code !== '000000' && !getRegion(code)) {
      throw invalidInput(undefined, 'regionCode', { zh: `未知的行政区划代码：${code}`, en: `unknown region code: ${code}` });
    }
    return code;
  }
  if (actor.role !== 'province' || actor.scope.kind !== 'region') {
    throw forbidden('只有省级官员和管理员可以创建输出活动', 'only province officers and administrators create campaigns');
  }
  const own = `${actor.scope.prefix}0000`;
  if (requested !== undefined && requested !== own) {
    throw invalidInput(undefined, 'regionCode', { zh: '省级官员只能为本省创建活动', en: 'a province officer creates campaigns for their own province' });
  }
  return own;
}

export async function createCampaign(ctx: AppContext, actor: Actor, input: CampaignCreate): Promise<Campaign> {
  const regionCode = organisingRegion(actor, input.regionCode);
  checkDestinations(input.destinations);
  const campaign = await insertCampaign(ctx.db, {
    name: input.name,
    target: input.target,
    region_code: regionCode,
    start_date: input.startDate,
    end_date: input.endDate,
    destinations: input.destinations,
    fever_threshold: input.feverThreshold,
  });
  await recordAudit(ctx, actor, {
    action: 'campaign.create', entity: 'campaign', entityId: campaign.id, regionCode: regionLevel(regionCode) ? regionCode : '',
    after: auditView(campaign),
  });
  return campaign;
}

export async function editCampaign(ctx: AppContext, actor: Actor, id: string, changes: CampaignUpdate): Promise<Campaign> {
  const before = await getVisibleCampaign(ctx, actor.scope, id);
  if (!mayEditCampaign(actor, before)) {
    throw forbidden('无权修改该输出活动（由上级组织）', 'you may not change this campaign (it is organised above your region)');
  }
  const startDate = changes.startDate ?? before.startDate;
  const endDate = changes.endDate === undefined ? before.endDate : changes.endDate;
  if (endDate !== null && endDate < startDate) {
    throw invalidInput(`campaign ${id}`, 'endDate', { zh: '结束日期早于开始日期', en: 'the end date is before the start date' });
  }
  if (changes.destinations) checkDestinations(changes.destinations);
  const after = await updateCampaign(ctx.db, before.id, changes);
  await recordAudit(ctx, actor, {
    action: 'campaign.update', entity: 'campaign', entityId: before.id, regionCode: regionLevel(before.regionCode) ? before.regionCode : '',
    before: auditView(before), after: auditView(after),
  });
  return after;
}

function auditView(c: Campaign) {
  return { name: c.name, target: c.target, regionCode: c.regionCode, startDate: c.startDate, endDate: c.endDate, destinations: c.destinations, feverThreshold: c.feverThreshold };
}
