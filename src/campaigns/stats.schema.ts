// Response shapes of the dashboard statistics and the regional targets, published in the
// OpenAPI document the web console's client is typed from. camelCase keys throughout.
import { z } from 'zod';
import { campaignJson, campaignSchema, campaignStatsResponse } from './campaigns.schema.js';
import type { QuotaList } from './quotas.service.js';
import type { CampaignDashboard } from './stats.service.js';
import { JOURNEY_STEPS } from './stats.queries.js';

const count = z.number().int();
const place = z.object({ code: z.string(), name: z.string(), lat: z.number().nullable(), lon: z.number().nullable() });

export const dashboardResponse = campaignStatsResponse.extend({
  region: z.object({ prefix: z.string(), code: z.string(), name: z.string() }).describe('所显示的地区 / the region shown'),
  target: z.object({
    target: count.nullable().describe('本地区目标；未设定为 null / the region’s target; null when none is set'),
    source: z.enum(['campaign', 'quota', 'none']).describe('活动目标、上级下达的地区目标或无 / the campaign’s target, a quota set from above, or none'),
  }),
  placed: count.describe('已落实（已确认及之后各步）/ confirmed or further along: what the target counts'),
  progress: z.number().nullable().describe('已落实 / 本地区目标 / placed over the region’s target'),
  withdrawn: count,
  byStatus: z.record(z.string(), count).describe('按存储状态计数，与 /api/workers?status= 一致 / per stored status, as /api/workers?status= counts'),
  journey: z.array(z.object({
    step: z.enum(JOURNEY_STEPS),
    current: count.describe('当前处于此步 / now at this step'),
    reached: count.describe('已到达此步或之后 / at this step or beyond'),
  })),
  byArea: z.array(z.object({
    code: z.string(), name: z.string(), workers: count, priority: count, matched: count, confirmed: count, departed: count,
    target: count.nullable(), progress: z.number().nullable(),
  })).describe('下一级地区（省→市→县）/ the regions one level below the region shown'),
  flows: z.array(z.object({ origin: place, destination: place, workers: count, confirmed: count })),
  flowBasis: z.enum(['assignments', 'wishes']).describe('按分配结果，或尚未分配时按第一意向 / from allocations, or before any, from first wishes'),
  workersByIndustry: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string(), workers: count })),
  daily: z.array(z.object({ date: z.string(), registered: count, confirmed: count })),
});

export function dashboardJson(stats: CampaignDashboard): z.infer<typeof dashboardResponse> {
  return { ...stats, campaign: campaignJson(stats.campaign) };
}

export const quotaSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  target: count,
  setBy: z.string().describe('设定人 / set by (login)'),
  setAt: z.string().describe('设定时间 / set at, ISO 8601'),
});

export const quotaListResponse = z.object({
  campaign: campaignSchema,
  items: z.array(quotaSchema),
  settable: z.array(z.object({ code: z.string(), name: z.string() })).describe('可由你设定目标的地区 / regions whose target you set'),
});

export function quotaJson(q: { regionCode: string; regionName: string; target: number; setBy: string; setAt: Date }): z.infer<typeof quotaSchema> {
  return { ...q, setAt: q.setAt.toISOString() };
}

export function quotaListJson(list: QuotaList): z.infer<typeof quotaListResponse> {
  return { campaign: campaignJson(list.campaign), items: list.items.map(quotaJson), settable: list.settable };
}
