import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, regionQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { employersRoutes } from './employers.routes.js';
import { findJob, listJobs } from './jobs.queries.js';
import { vacancyInputSchema, vacancyListResponse, vacancyPatchSchema, vacancySchema, vacancyWorkersResponse } from './jobs.schema.js';
import { createVacancy, updateVacancy, vacancyNotFound } from './vacancies.service.js';
import { vacancyWorkers } from './vacancies.repository.js';

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
        search: z.string().max(50).optional().describe('岗位或单位名称包含 / title or employer contains'),
        ...pageQuery,
      }),
      response: { 200: vacancyListResponse },
    },
  }, async (request) => {
    const q = request.query;
    const filter = { region: q.region, campaignId: q.campaign, industry: q.industry, employerId: q.employer, search: q.search };
    const result = await listJobs(ctx.db, actorOf(request).scope, filter, pageOf(q));
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.post('/api/jobs', {
    schema: { tags: ['jobs'], summary: '新建岗位（留痕）/ enter a vacancy (audited)', body: vacancyInputSchema, response: { 200: vacancySchema } },
  }, async (request) => createVacancy(ctx, actorOf(request), request.body));

  r.get('/api/jobs/:id', { schema: { tags: ['jobs'], summary: '岗位详情 / one vacancy', params: uuidParam, response: { 200: vacancySchema } } }, async (request) => {
    const job = await findJob(ctx.db, actorOf(request).scope, request.params.id);
    if (!job) throw vacancyNotFound(request.params.id);
    return job;
  });

  r.patch('/api/jobs/:id', {
    schema: { tags: ['jobs'], summary: '修改岗位（留痕）/ correct a vacancy (audited)', params: uuidParam, body: vacancyPatchSchema, response: { 200: vacancySchema } },
  }, async (request) => updateVacancy(ctx, actorOf(request), request.params.id, request.body));

  r.get('/api/jobs/:id/workers', {
    schema: {
      tags: ['jobs'],
      summary: '岗位的拟分配、已确认和已排车人员（证件号脱敏）/ workers proposed, confirmed and on trips for a vacancy (ids masked)',
      params: uuidParam,
      response: { 200: vacancyWorkersResponse },
    },
  }, async (request) => {
    const { scope } = actorOf(request);
    const job = await findJob(ctx.db, scope, request.params.id);
    if (!job) throw vacancyNotFound(request.params.id);
    const items = await vacancyWorkers(ctx.db, scope, { province: job.siteCode.slice(0, 2), id: job.id });
    const count = (stage: string) => items.filter((w) => w.stage === stage).length;
    return { items, counts: { proposed: count('proposed'), confirmed: count('confirmed'), onTrip: count('onTrip') } };
  });

  employersRoutes(app, ctx);
}
