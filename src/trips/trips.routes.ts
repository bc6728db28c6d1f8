import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { getVisibleCampaign } from '../campaigns/campaigns.service.js';
import { boardingPassFile, manifestFile, tripNotFound } from './trips.documents.js';
import { findTrip, listDayTrips } from './trips.queries.js';
import { planDay } from './trips.service.js';

const dateQuery = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD / a date is YYYY-MM-DD');

export function tripsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/campaigns/:id/trips', {
    schema: { tags: ['trips'], summary: '某日车次 / trips of a campaign (on a day)', params: uuidParam, querystring: z.object({ date: dateQuery.optional() }) },
  }, async (request) => {
    const actor = actorOf(request);
    const campaign = await getVisibleCampaign(ctx, actor.scope, request.params.id);
    return { items: await listDayTrips(ctx.db, actor.scope, campaign.id, request.query.date) };
  });

  r.post('/api/campaigns/:id/trips', {
    schema: {
      tags: ['trips'],
      summary: '规划某日车次（已确认的分配）/ plan a day\'s coaches for the confirmed assignments',
      params: uuidParam,
      body: z.object({ date: dateQuery, spacing: z.enum(['normal', 'alternate']).optional(), capacity: z.number().int().min(1).max(100).optional() }),
    },
  }, async (request) => planDay(ctx, actorOf(request), { campaignId: request.params.id, ...request.body }));

  r.get('/api/trips/:id', { schema: { tags: ['trips'], summary: '车次详情（路线、乘客、座位）/ one trip: route, passengers, seats', params: uuidParam } }, async (request) => {
    const found = await findTrip(ctx.db, actorOf(request).scope, request.params.id);
    if (!found) throw tripNotFound(request.params.id);
    return { ...found.trip, passengers: found.riders };
  });

  r.get('/api/trips/:id/manifest.pdf', { schema: { tags: ['trips'], summary: '乘车名单 PDF / manifest (PDF, A4)', params: uuidParam } }, async (request, reply) => {
    const body = await manifestFile(ctx, actorOf(request), request.params.id, 'pdf');
    return reply.type('application/pdf').header('content-disposition', 'attachment; filename="manifest.pdf"').send(body);
  });

  r.get('/api/trips/:id/manifest.xlsx', { schema: { tags: ['trips'], summary: '乘车名单 Excel / manifest (.xlsx)', params: uuidParam } }, async (request, reply) => {
    const body = await manifestFile(ctx, actorOf(request), request.params.id, 'xlsx');
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', 'attachment; filename="manifest.xlsx"').send(body);
  });

  r.get('/api/trips/:id/passes/:worker', {
    schema: { tags: ['trips'], summary: '乘车凭证（手机）/ a worker\'s boarding pass (PDF, phone-sized)', params: z.object({ id: z.string().max(64), worker: z.string().max(64) }) },
  }, async (request, reply) => {
    const body = await boardingPassFile(ctx, actorOf(request), request.params.id, request.params.worker);
    return reply.type('application/pdf').header('content-disposition', 'inline; filename="boarding-pass.pdf"').send(body);
  });

}
