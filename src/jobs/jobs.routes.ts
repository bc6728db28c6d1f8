import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, regionQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { domainError } from '../core/errors.js';
import { findJob, listEmployers, listJobs } from './jobs.queries.js';

export function jobsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/jobs', {
    schema: {
      tags: ['jobs'],
      summary: '岗位列表 / list vacancies',
      querystring: z.object({
        region: regionQuery,
        campaign: z.string().uuid().optional(),
        industry: z.string().max(40).optional(),
        employer: z.string().uuid().optional(),
        ...pageQuery,
      }),
    },
  }, async (request) => {
    const q = request.query;
    const result = await listJobs(ctx.db, actorOf(request).scope, { region: q.region, campaignId: q.campaign, industry: q.industry, employerId: q.employer }, pageOf(q));
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.get('/api/jobs/:id', { schema: { tags: ['jobs'], summary: '岗位详情 / one vacancy', params: uuidParam } }, async (request) => {
    const job = await findJob(ctx.db, actorOf(request).scope, request.params.id);
    if (!job) throw domainError({ code: 'not_found', record: `job ${request.params.id}`, zh: '找不到该岗位', en: 'no such vacancy' });
    return job;
  });

  r.get('/api/employers', {
    schema: {
      tags: ['jobs'],
      summary: '用人单位列表 / list employers',
      querystring: z.object({ region: regionQuery, campaign: z.string().uuid().optional(), ...pageQuery }),
    },
  }, async (request) => {
    const q = request.query;
    const result = await listEmployers(ctx.db, actorOf(request).scope, { region: q.region, campaignId: q.campaign }, pageOf(q));
    return { ...result, page: q.page, pageSize: q.pageSize };
  });
}
