// Which campaign a worker registers for when the page does not say: of the campaigns whose
// region holds their county (or the national ones), one running today, the most local
// first; failing that, the most recently started one. A named campaign must hold the county.
import type { AppContext } from '../app/context.js';
import { type Campaign, findCampaign, listCampaigns } from '../campaigns/campaigns.repository.js';
import { invalidInput } from '../core/errors.js';
import { regionPrefix } from '../core/regions.js';
import { WHOLE_COUNTRY } from '../core/scope.js';
import { todayInChina } from '../core/values.js';

const prefixOf = (c: Campaign): string => (c.regionCode === '000000' ? '' : regionPrefix(c.regionCode));

export function holdsCounty(c: Campaign, county: string): boolean {
  return county.startsWith(prefixOf(c));
}

export function chooseCampaign(campaigns: readonly Campaign[], county: string, today: string): Campaign | undefined {
  const running = (c: Campaign) => c.startDate <= today && (c.endDate === null || c.endDate >= today);
  return campaigns.filter((c) => holdsCounty(c, county)).sort((a, b) =>
    Number(running(b)) - Number(running(a)) || prefixOf(b).length - prefixOf(a).length || b.startDate.localeCompare(a.startDate))[0];
}

export async function pickCampaign(ctx: AppContext, county: string, campaignId: string | undefined): Promise<Campaign> {
  if (campaignId) {
    const named = await findCampaign(ctx.db, campaignId);
    if (!named || !holdsCounty(named, county)) {
      throw invalidInput('worker', 'campaignId', { zh: '该活动不存在或不在您的户籍地招募', en: 'no such campaign, or it does not recruit in your county' });
    }
    return named;
  }
  const chosen = chooseCampaign(await listCampaigns(ctx.db, WHOLE_COUNTRY), county, todayInChina());
  if (!chosen) throw invalidInput('worker', 'regionCode', { zh: '您的户籍地目前没有劳务输出活动', en: 'no labour export campaign recruits in your county at present' });
  return chosen;
}
