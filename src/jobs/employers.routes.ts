import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, regionQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { createEmployer, employerNotFound, updateEmployer } from './employers.service.js';
import { findEmployer, listEmployers } from './jobs.queries.js';
import { employerDetailSchema, employerInputSchema, employerListResponse, employerPatchSchema } from './jobs.schema.js';

export function employersRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/employers', {
    schema: {
      tags: ['jobs'],
      summary: '用人单位列表 / list employers',
      querystring: z.object({
        region: regionQuery,
        campaign: z.string().uuid().optional(),
        search: z.string().max(50).optional().describe('单位名称或信用代码包含 / name or credit code contains'),
        ...pageQuery,
      }),
      response: { 200: employerListResponse },
    },
  }, async (request) => {
    const q = request.query;
    const result = await listEmployers(ctx.db, actorOf(request).scope, { region: q.region, campaignId: q.campaign, search: q.search }, pageOf(q));
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.post('/api/employers', {
    schema: { tags: ['jobs'], summary: '登记用人单位（留痕）/ register an employer (audited)', body: employerInputSchema, response: { 200: employerDetailSchema } },
  }, async (request) => createEmployer(ctx, actorOf(request), request.body));

  r.get('/api/employers/:id', {
    schema: { tags: ['jobs'], summary: '用人单位详情 / one employer', params: uuidParam, response: { 200: employerDetailSchema } },
  }, async (request) => {
    const employer = await findEmployer(ctx.db, actorOf(request).scope, request.params.id);
    if (!employer) throw employerNotFound(request.params.id);
    return employer;
  });

  r.patch('/api/employers/:id', {
    schema: { tags: ['jobs'], summary: '修改用人单位（留痕）/ correct an employer (audited)', params: uuidParam, body: employerPatchSchema, response: { 200: employerDetailSchema } },
  }, async (request) => updateEmployer(ctx, actorOf(request), request.params.id, request.body));
}
