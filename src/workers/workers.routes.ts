import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, regionQuery, uuidParam } from '../app/paging.js';
import { requestScope } from '../app/request-scope.js';
import { domainError } from '../core/errors.js';
import { narrowScope } from '../core/scope.js';
import { findWorker, listWorkers, workerEvents } from './workers.queries.js';

const notFound = (id: string) => domainError({ code: 'not_found', record: `worker ${id}`, zh: '找不到该劳动力', en: 'no such worker' });

export function workersRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/workers', {
    schema: {
      tags: ['workers'],
      summary: '劳动力列表 / list workers',
      querystring: z.object({
        region: regionQuery,
        campaign: z.string().uuid().optional(),
        priority: z.enum(['true', 'false']).optional().describe('脱贫劳动力 / priority group only'),
        status: z.string().max(40).optional(),
        ...pageQuery,
      }),
    },
  }, async (request) => {
    const q = request.query;
    const prefix = narrowScope(requestScope(request), q.region);
    if (prefix === null) return { total: 0, page: q.page, pageSize: q.pageSize, items: [] };
    const result = await listWorkers(ctx.db, {
      prefix, campaignId: q.campaign, status: q.status, priority: q.priority === undefined ? undefined : q.priority === 'true',
    }, pageOf(q));
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.get('/api/workers/:id', { schema: { tags: ['workers'], summary: '劳动力详情 / one worker', params: uuidParam } }, async (request) => {
    const worker = await findWorker(ctx.db, requestScope(request), request.params.id);
    if (!worker) throw notFound(request.params.id);
    return worker;
  });

  r.get('/api/workers/:id/events', { schema: { tags: ['workers'], summary: '劳动力行程日志 / a worker\'s journey', params: uuidParam } }, async (request) => {
    const events = await workerEvents(ctx.db, requestScope(request), request.params.id);
    if (!events) throw notFound(request.params.id);
    return { items: events };
  });
}
