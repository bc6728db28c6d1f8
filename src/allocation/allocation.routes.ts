import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { domainError } from '../core/errors.js';
import { isUuid } from '../core/ids.js';
import { findRun, listRuns } from './allocation.repository.js';
import { campaignForAllocation, confirmAllocation, runProgress, startAllocation } from './allocation.service.js';
import { jobRecommendations, workerRecommendations } from './recommendations.service.js';

const topK = z.object({ k: z.coerce.number().int().min(1).max(50).default(5).describe('条数 / how many') });

export function allocationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/workers/:id/recommendations', {
    schema: { tags: ['allocation'], summary: '为劳动力推荐岗位（附理由）/ top vacancies for a worker, with reasons', params: uuidParam, querystring: topK },
  }, async (request) => workerRecommendations(ctx, actorOf(request), request.params.id, request.query.k));

  r.get('/api/jobs/:id/recommendations', {
    schema: { tags: ['allocation'], summary: '为岗位推荐劳动力（附理由）/ top workers for a vacancy, with reasons', params: uuidParam, querystring: topK },
  }, async (request) => jobRecommendations(ctx, actorOf(request), request.params.id, request.query.k));

  r.post('/api/campaigns/:id/allocations', {
    schema: { tags: ['allocation'], summary: '后台运行分配 / start an allocation run in the background', params: uuidParam },
  }, async (request, reply) => {
    const { runId } = await startAllocation(ctx, actorOf(request), request.params.id);
    reply.status(202);
    return { runId, status: 'running', href: `/api/allocations/${runId}` };
  });

  r.get('/api/campaigns/:id/allocations', {
    schema: { tags: ['allocation'], summary: '分配运行记录 / allocation runs of a campaign', params: uuidParam },
  }, async (request) => {
    const campaign = await campaignForAllocation(ctx, actorOf(request), request.params.id);
    return { items: await listRuns(ctx.db, campaign.id) };
  });

  r.get('/api/allocations/:id', {
    schema: { tags: ['allocation'], summary: '分配运行状态与进度 / one run, with progress while it works', params: uuidParam },
  }, async (request) => {
    const run = isUuid(request.params.id) ? await findRun(ctx.db, request.params.id) : undefined;
    const notFound = domainError({ code: 'not_found', record: `run ${request.params.id}`, zh: '找不到该分配运行', en: 'no such allocation run' });
    if (!run) throw notFound;
    try {
      await campaignForAllocation(ctx, actorOf(request), run.campaign_id);
    } catch {
      throw notFound;
    }
    return { ...run, progress: runProgress(run.id) ?? null };
  });

  r.post('/api/allocations/:id/confirm', {
    schema: { tags: ['allocation'], summary: '确认一次运行的全部建议 / confirm all proposals of a run', params: uuidParam },
  }, async (request) => {
    const run = isUuid(request.params.id) ? await findRun(ctx.db, request.params.id) : undefined;
    if (!run) throw domainError({ code: 'not_found', record: `run ${request.params.id}`, zh: '找不到该分配运行', en: 'no such allocation run' });
    return { confirmed: await confirmAllocation(ctx, actorOf(request), run.campaign_id, { runId: run.id }) };
  });
}
