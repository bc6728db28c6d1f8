import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, regionQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { isUuid } from '../core/ids.js';
import { findRun, listRuns, type RunRecord } from './allocation.repository.js';
import {
  changePage, changeQuery, confirmBody, confirmResponse, proposalPage, proposalQuery, type RunJson, runListResponse, runSchema, runSummarySchema,
  startRunResponse, vacancyPage, vacancyQuery,
} from './allocation.schema.js';
import { campaignForAllocation, confirmAllocation, runProgress, startAllocation } from './allocation.service.js';
import { runChanges, runNotFound, runProposals, runVacancies, visibleRun } from './proposals.service.js';
import { jobRecommendationsResponse, workerRecommendationsResponse } from './recommendations.schema.js';
import { jobRecommendations, workerRecommendations } from './recommendations.service.js';

const topK = z.object({ k: z.coerce.number().int().min(1).max(50).default(5).describe('条数 / how many') });
const paged = { ...pageQuery, region: regionQuery };

function runJson(run: RunRecord): RunJson {
  const summary = runSummarySchema.safeParse(run.summary);
  return {
    id: run.id, campaignId: run.campaignId, status: run.status, actor: run.actor, parameters: run.parameters,
    summary: summary.success ? summary.data : null, error: run.error, startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null, progress: runProgress(run.id) ?? null,
  };
}

export function allocationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/workers/:id/recommendations', {
    schema: {
      tags: ['allocation'], summary: '为劳动力推荐岗位（附理由）/ top vacancies for a worker, with reasons', params: uuidParam, querystring: topK,
      response: { 200: workerRecommendationsResponse },
    },
  }, async (request) => workerRecommendations(ctx, actorOf(request), request.params.id, request.query.k));

  r.get('/api/jobs/:id/recommendations', {
    schema: {
      tags: ['allocation'], summary: '为岗位推荐劳动力（附理由）/ top workers for a vacancy, with reasons', params: uuidParam, querystring: topK,
      response: { 200: jobRecommendationsResponse },
    },
  }, async (request) => jobRecommendations(ctx, actorOf(request), request.params.id, request.query.k));

  r.post('/api/campaigns/:id/allocations', {
    schema: { tags: ['allocation'], summary: '后台运行分配 / start an allocation run in the background', params: uuidParam, response: { 202: startRunResponse } },
  }, async (request, reply) => {
    const { runId } = await startAllocation(ctx, actorOf(request), request.params.id);
    reply.status(202);
    return { runId, status: 'running' as const, href: `/api/allocations/${runId}` };
  });

  r.get('/api/campaigns/:id/allocations', {
    schema: { tags: ['allocation'], summary: '分配运行记录 / allocation runs of a campaign', params: uuidParam, response: { 200: runListResponse } },
  }, async (request) => {
    const campaign = await campaignForAllocation(ctx, actorOf(request), request.params.id);
    return { items: (await listRuns(ctx.db, campaign.id)).map(runJson) };
  });

  r.get('/api/allocations/:id', {
    schema: { tags: ['allocation'], summary: '分配运行状态与进度 / one run, with progress while it works', params: uuidParam, response: { 200: runSchema } },
  }, async (request) => runJson((await visibleRun(ctx, actorOf(request), request.params.id)).run));

  r.get('/api/allocations/:id/proposals', {
    schema: {
      tags: ['allocation'],
      summary: '本次运行的建议（按劳动力，附得分构成与理由）/ a run\'s proposals by worker, with score parts and reasons',
      params: uuidParam, querystring: proposalQuery.extend(paged), response: { 200: proposalPage },
    },
  }, async (request) => {
    const q = request.query;
    const result = await runProposals(ctx, actorOf(request), request.params.id, { jobId: q.job, status: q.status, priority: q.priority, search: q.search, region: q.region }, pageOf(q));
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.get('/api/allocations/:id/vacancies', {
    schema: {
      tags: ['allocation'], summary: '本次运行的建议（按岗位）/ a run\'s proposals by vacancy',
      params: uuidParam, querystring: vacancyQuery.extend(paged), response: { 200: vacancyPage },
    },
  }, async (request) => {
    const q = request.query;
    const result = await runVacancies(ctx, actorOf(request), request.params.id, { search: q.search, region: q.region }, pageOf(q));
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.get('/api/allocations/:id/changes', {
    schema: {
      tags: ['allocation'], summary: '与上次运行相比的变化（新增、调整、落选，附原因）/ what the run changed: new, moved, dropped, with reasons',
      params: uuidParam, querystring: changeQuery.extend(paged), response: { 200: changePage },
    },
  }, async (request) => {
    const q = request.query;
    const result = await runChanges(ctx, actorOf(request), request.params.id, { kind: q.kind, region: q.region }, pageOf(q));
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.post('/api/allocations/:id/confirm', {
    schema: {
      tags: ['allocation'], summary: '确认一次运行的建议（全部或所选劳动力）/ confirm a run\'s proposals: all, or the selected workers\'',
      params: uuidParam, body: confirmBody, response: { 200: confirmResponse },
    },
  }, async (request) => {
    const run = isUuid(request.params.id) ? await findRun(ctx.db, request.params.id) : undefined;
    if (!run) throw runNotFound(request.params.id);
    // Officers who may not run this campaign's allocation hear so (403); a campaign they
    // cannot see at all stays not found.
    const actor = actorOf(request);
    const workers = request.body?.workers;
    const confirmed = await confirmAllocation(ctx, actor, run.campaignId, { runId: run.id, workers });
    return { confirmed, skipped: workers ? new Set(workers).size - confirmed : 0 };
  });
}
