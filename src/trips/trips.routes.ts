import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { boardingPassFile, manifestFile } from './trips.documents.js';
import { dateText, gatheringPointListResponse, planBody, planSummarySchema, tripDetailSchema, tripListResponse } from './trips.schema.js';
import { campaignGatheringPoints, dayTrips, planDay, tripDetail } from './trips.service.js';

export function tripsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/campaigns/:id/trips', {
    schema: {
      tags: ['trips'], summary: '某日车次（含路线坐标）/ trips of a campaign (on a day), stops with coordinates', params: uuidParam,
      querystring: z.object({ date: dateText.optional() }), response: { 200: tripListResponse },
    },
  }, async (request) => ({ items: await dayTrips(ctx, actorOf(request), request.params.id, request.query.date) }));

  r.get('/api/campaigns/:id/gathering-points', {
    schema: {
      tags: ['trips'], summary: '活动的集合点 / gathering points of a campaign', params: uuidParam, response: { 200: gatheringPointListResponse },
    },
  }, async (request) => ({ items: await campaignGatheringPoints(ctx, actorOf(request), request.params.id) }));

  r.post('/api/campaigns/:id/trips', {
    schema: {
      tags: ['trips'],
      summary: '规划某日车次（已确认的分配）/ plan a day\'s coaches for the confirmed assignments',
      params: uuidParam,
      body: planBody,
      response: { 200: planSummarySchema },
    },
  }, async (request) => planDay(ctx, actorOf(request), { campaignId: request.params.id, ...request.body }));

  r.get('/api/trips/:id', {
    schema: {
      tags: ['trips'], summary: '车次详情（路线、时间、座位图、乘客）/ one trip: route with times and coordinates, seat plan, passengers', params: uuidParam,
      response: { 200: tripDetailSchema },
    },
  }, async (request) => tripDetail(ctx, actorOf(request), request.params.id));

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
