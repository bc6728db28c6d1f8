import type { AppContext } from '../app/context.js';
import { domainError } from '../core/errors.js';
import { todayInChina } from '../core/values.js';
import type { Scope } from '../core/scope.js';
import { type Campaign, findCampaign, findLatestCampaign, findVisibleCampaign, insertCampaign } from './campaigns.repository.js';

export function campaignNotFound(id: string): Error {
  return domainError({ code: 'not_found', record: `campaign ${id}`, zh: '找不到该输出活动', en: 'no such campaign' });
}

export async function getCampaign(ctx: AppContext, id: string): Promise<Campaign> {
  const campaign = await findCampaign(ctx.db, id);
  if (!campaign) throw campaignNotFound(id);
  return campaign;
}

/**
 * The campaign an import or command works on: the one named, else the latest. A fresh
 * database gets a default campaign so that a first import just works.
 */
export async function campaignForWork(ctx: AppContext, id: string | undefined): Promise<Campaign> {
  if (id) return getCampaign(ctx, id);
  const latest = await findLatestCampaign(ctx.db);
  if (latest) return latest;
  return insertCampaign(ctx.db, {
    name: '劳务输出活动 Labour export campaign',
    target: 0,
    region_code: '000000',
    start_date: todayInChina(),
    end_date: null,
  });
}

/** A campaign the scope may see; others answer not found, so ids can't be probed. */
export async function getVisibleCampaign(ctx: AppContext, scope: Scope, id: string): Promise<Campaign> {
  const campaign = await findVisibleCampaign(ctx.db, scope, id);
  if (!campaign) throw campaignNotFound(id);
  return campaign;
}
