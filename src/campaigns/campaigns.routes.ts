import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { regionQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { narrowScope } from '../core/scope.js';
import { campaignStats, listCampaigns } from './campaigns.repository.js';
import { campaignNotFound, getVisibleCampaign } from './campaigns.service.js';

export function campaignsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/campaigns', { schema: { tags: ['campaigns'], summary: '输出活动列表 / list campaigns' } }, async (request) => ({
    items: await listCampaigns(ctx.db, actorOf(request).scope),
  }));

  r.get('/api/campaigns/:id', { schema: { tags: ['campaigns'], summary: '输出活动 / one campaign', params: uuidParam } }, async (request) =>
    getVisibleCampaign(ctx, actorOf(request).scope, request.params.id));

  r.get('/api/campaigns/:id/stats', {
    schema: {
      tags: ['campaigns'],
      summary: '活动统计：按城市、目的省、行业、重点人群 / campaign statistics by city, destination province, industry, priority',
      params: uuidParam,
      querystring: z.object({ region: regionQuery }),
    },
  }, async (request) => {
    const { scope } = actorOf(request);
    // Statistics count people: only officers and administrators, inside their region.
    if (scope.kind !== 'region') throw campaignNotFound(request.params.id);
    const campaign = await getVisibleCampaign(ctx, scope, request.params.id);
    const prefix = narrowScope(scope.prefix, request.query.region);
    const stats = await campaignStats(ctx.db, campaign.id, prefix ?? '-');
    return { campaign, ...stats, progress: campaign.target > 0 ? stats.workers / campaign.target : null };
  });
}
