import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { regionQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { listCampaigns } from './campaigns.repository.js';
import { campaignJson, campaignListResponse, campaignSchema } from './campaigns.schema.js';
import { getVisibleCampaign } from './campaigns.service.js';
import { dashboardJson, dashboardResponse } from './stats.schema.js';
import { campaignDashboard } from './stats.service.js';

export function campaignsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/campaigns', { schema: { tags: ['campaigns'], summary: '输出活动列表 / list campaigns', response: { 200: campaignListResponse } } }, async (request) => ({
    items: (await listCampaigns(ctx.db, actorOf(request).scope)).map(campaignJson),
  }));

  r.get('/api/campaigns/:id', { schema: { tags: ['campaigns'], summary: '输出活动 / one campaign', params: uuidParam, response: { 200: campaignSchema } } }, async (request) =>
    campaignJson(await getVisibleCampaign(ctx, actorOf(request).scope, request.params.id)));

  r.get('/api/campaigns/:id/stats', {
    schema: {
      tags: ['campaigns'],
      summary: '活动统计：目标进度、旅程各步、按地区、流向、行业、重点人群、每日趋势 / campaign statistics: progress against the region’s target, journey steps, by region, flows, industries, priority, daily trend',
      params: uuidParam,
      querystring: z.object({ region: regionQuery }),
      response: { 200: dashboardResponse },
    },
  }, async (request) => dashboardJson(await campaignDashboard(ctx, actorOf(request).scope, request.params.id, request.query.region)));
}
