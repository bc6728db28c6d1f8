import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { regionQuery, uuidParam } from '../app/paging.js';
import { requestScope } from '../app/request-scope.js';
import { narrowScope } from '../core/scope.js';
import { campaignStats, listCampaigns } from './campaigns.repository.js';
import { getCampaign } from './campaigns.service.js';

export function campaignsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/campaigns', { schema: { tags: ['campaigns'], summary: '输出活动列表 / list campaigns' } }, async (request) => ({
    items: await listCampaigns(ctx.db, requestScope(request)),
  }));

  r.get('/api/campaigns/:id', { schema: { tags: ['campaigns'], summary: '输出活动 / one campaign', params: uuidParam } }, async (request) =>
    getCampaign(ctx, request.params.id));

  r.get('/api/campaigns/:id/stats', {
    schema: {
      tags: ['campaigns'],
      summary: '活动统计：按城市、目的省、行业、重点人群 / campaign statistics by city, destination province, industry, priority',
      params: uuidParam,
      querystring: z.object({ region: regionQuery }),
    },
  }, async (request) => {
    const campaign = await getCampaign(ctx, request.params.id);
    const prefix = narrowScope(requestScope(request), request.query.region);
    const stats = await campaignStats(ctx.db, campaign.id, prefix ?? '-');
    return { campaign, ...stats, progress: campaign.target > 0 ? stats.workers / campaign.target : null };
  });
}
