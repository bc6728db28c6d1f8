// The statistics of a campaign for the region shown (the caller's scope, narrowed by a
// filter), with progress always against that region's own target: the campaign's target
// for the campaign's region (or a wider one), else the quota the officer above set for
// the region; no quota, no progress, never another region's target.
import type { AppContext } from '../app/context.js';
import { getRegion } from '../core/regions.js';
import { narrowScope, type Scope } from '../core/scope.js';
import { type Campaign, campaignStats, type CampaignStats } from './campaigns.repository.js';
import { campaignNotFound, getVisibleCampaign } from './campaigns.service.js';
import { campaignPrefix } from './campaigns.write.service.js';
import { quotaTargets } from './quotas.repository.js';
import { type AreaCount, type RegionStats, regionStats } from './stats.queries.js';

export type TargetSource = 'campaign' | 'quota' | 'none';

export type ShownRegion = { prefix: string; code: string; name: string };

export type CampaignDashboard = CampaignStats & Omit<RegionStats, 'workers' | 'priority'> & {
  campaign: Campaign;
  region: ShownRegion;
  target: { target: number | null; source: TargetSource };
  /** Workers confirmed or further along the journey: what the target counts. */
  placed: number;
  progress: number | null;
  byArea: (AreaCount & { target: number | null; progress: number | null })[];
};

/** The code of the region a prefix names: '14' → 140000, '' → 000000 (the country). */
export function shownCode(prefix: string): string {
  const even = prefix.slice(0, prefix.length - (prefix.length % 2));
  return even.padEnd(6, '0');
}

function shownRegion(prefix: string): ShownRegion {
  const code = shownCode(prefix);
  const name = code === '000000' ? '全国' : getRegion(code)?.name ?? code;
  return { prefix, code, name };
}

/** The target of the region a prefix shows, and where it comes from. */
export function targetFor(campaign: Campaign, prefix: string, quotas: ReadonlyMap<string, number>): { target: number | null; source: TargetSource } {
  const own = campaignPrefix(campaign);
  // The region shown holds the whole campaign: the campaign's own target.
  if (own.startsWith(prefix)) return { target: campaign.target, source: 'campaign' };
  const quota = prefix.startsWith(own) && prefix.length % 2 === 0 ? quotas.get(shownCode(prefix)) : undefined;
  return quota === undefined ? { target: null, source: 'none' } : { target: quota, source: 'quota' };
}

function ratio(count: number, target: number | null): number | null {
  return target !== null && target > 0 ? count / target : null;
}

export async function campaignDashboard(ctx: AppContext, scope: Scope, campaignId: string, region?: string): Promise<CampaignDashboard> {
  // Statistics count people: only officers and administrators, inside their region.
  if (scope.kind !== 'region') throw campaignNotFound(campaignId);
  const campaign = await getVisibleCampaign(ctx, scope, campaignId);
  const narrowed = narrowScope(scope.prefix, region);
  // A filter outside the scope shows nothing (never an error, so nothing can be probed).
  const prefix = narrowed ?? '-';
  const legacy = await campaignStats(ctx.db, campaign.id, prefix);
  const stats = await regionStats(ctx.db, campaign.id, prefix, narrowed === null ? '-' : shownCode(prefix));
  const codes = narrowed === null ? [] : [shownCode(prefix), ...stats.byArea.map((a) => a.code)];
  const quotas = await quotaTargets(ctx.db, campaign.id, codes);
  const target = narrowed === null ? { target: null, source: 'none' as const } : targetFor(campaign, prefix, quotas);
  const placed = stats.journey.find((j) => j.step === 'confirmed')?.reached ?? 0;
  const byArea = stats.byArea.map((area) => {
    const areaTarget = targetFor(campaign, areaPrefix(area.code, prefix), quotas).target;
    return { ...area, target: areaTarget, progress: ratio(area.confirmed, areaTarget) };
  });
  return {
    ...legacy,
    ...stats,
    campaign,
    region: narrowed === null ? { prefix: '-', code: '-', name: '-' } : shownRegion(prefix),
    target,
    placed,
    progress: ratio(placed, target.target),
    byArea,
  };
}

/** The prefix of an area below the region shown: 141100 → 1411, 141123 → 141123. */
function areaPrefix(code: string, shown: string): string {
  let prefix = code;
  while (prefix.length > Math.max(2, shown.length + 1) && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}
