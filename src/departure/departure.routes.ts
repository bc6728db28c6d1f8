// Departure day's API, as shared/spec/departure.md fixes it (docs/departure.md).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.js';
import { uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { arrivalManifest } from './arrival-manifest.service.js';
import { recordArrivals } from './arrivals.service.js';
import { attentionList, resolveItem } from './attention.service.js';
import { streamBoard } from './board.stream.js';
import { cancelPassenger, rebook } from './changes.service.js';
import { recordCheckins } from './checkins.service.js';
import {
  arrivalsBody, attentionList as attentionListSchema, attentionQuery, batchResponse, boardSchema, cancelBody, changeResponse, checkinsBody,
  dateQuery, departureBody, departureResponse, overdueList as overdueListSchema, rebookBody, reconciliationSchema, resolveBody,
} from './departure.schema.js';
import { recordDeparture } from './departure.service.js';
import { checkinManifest } from './manifest.service.js';
import { arrivalManifestQuery, arrivalManifestSchema, checkinManifestSchema, manifestQuery } from './manifest.schema.js';
import { z } from 'zod';
import { board, overdueList, reconcile } from './reconcile.service.js';

const TAGS = ['departure'];

export function departureRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/checkins', {
    schema: { tags: TAGS, summary: '检录记录（批量，幂等）/ check-in records (batch, idempotent by id)', body: checkinsBody, response: { 200: batchResponse } },
  }, async (request) => recordCheckins(ctx, actorOf(request), request.body));

  r.get('/api/checkin/manifest', {
    schema: {
      tags: TAGS, summary: '检录名单（集合点当日各车次，离线用）/ the check-in manifest of a gathering point\'s day, for offline use',
      querystring: manifestQuery, response: { 200: checkinManifestSchema },
    },
  }, async (request) => checkinManifest(ctx, actorOf(request), request.query));

  r.get('/api/trips/:id/checkin-manifest', {
    schema: { tags: TAGS, summary: '单个车次的检录名单 / the check-in manifest of one coach', params: uuidParam, response: { 200: checkinManifestSchema } },
  }, async (request) => checkinManifest(ctx, actorOf(request), { tripId: request.params.id }));

  r.post('/api/trips/:id/departure', {
    schema: { tags: TAGS, summary: '发车 / the coach leaves', params: uuidParam, body: departureBody, response: { 200: departureResponse } },
  }, async (request) => recordDeparture(ctx, actorOf(request), request.params.id, request.body));

  r.post('/api/trips/:id/rebook', {
    schema: { tags: TAGS, summary: '改签到其他车次 / rebook a passenger (and their travel group) onto another trip', params: uuidParam, body: rebookBody, response: { 200: changeResponse } },
  }, async (request) => rebook(ctx, actorOf(request), request.params.id, request.body));

  r.post('/api/trips/:id/cancel', {
    schema: { tags: TAGS, summary: '取消乘车 / take a passenger off the trip', params: uuidParam, body: cancelBody, response: { 200: changeResponse } },
  }, async (request) => cancelPassenger(ctx, actorOf(request), request.params.id, request.body));

  r.post('/api/trips/:id/arrivals', {
    schema: { tags: TAGS, summary: '抵达交接（批量，幂等）/ arrival handover (batch, idempotent by id)', params: uuidParam, body: arrivalsBody, response: { 200: batchResponse } },
  }, async (request) => recordArrivals(ctx, actorOf(request), request.params.id, request.body));

  r.get('/api/arrivals/manifest', {
    schema: {
      tags: TAGS, summary: '抵达交接名单（当日发车、送往本企业的乘客，离线用）/ the arrivals desk\'s manifest: a day\'s coaches bringing the caller\'s people, for offline use',
      querystring: arrivalManifestQuery, response: { 200: arrivalManifestSchema },
    },
  }, async (request) => arrivalManifest(ctx, actorOf(request), request.query));

  r.get('/api/campaigns/:id/reconciliation', {
    schema: { tags: TAGS, summary: '当日对账 / the day\'s reconciliation', params: uuidParam, querystring: dateQuery, response: { 200: reconciliationSchema } },
  }, async (request) => reconcile(ctx, actorOf(request), request.params.id, request.query.date));

  r.get('/api/campaigns/:id/board', {
    schema: { tags: TAGS, summary: '发车看板 / the departure board per gathering point and coach', params: uuidParam, querystring: dateQuery, response: { 200: boardSchema } },
  }, async (request) => board(ctx, actorOf(request), request.params.id, request.query.date));

  r.get('/api/campaigns/:id/board/stream', {
    schema: {
      tags: TAGS, summary: '发车看板实时推送（SSE，每秒至多一次，含心跳）/ the board as server-sent events (at most one a second, heartbeat)',
      params: uuidParam, querystring: dateQuery,
    },
  }, async (request, reply) => streamBoard(ctx, request, reply, request.params.id, request.query.date));

  r.get('/api/campaigns/:id/overdue', {
    schema: { tags: TAGS, summary: '超时未交接 / departed passengers overdue at the gate', params: uuidParam, querystring: dateQuery, response: { 200: overdueListSchema } },
  }, async (request) => overdueList(ctx, actorOf(request), request.params.id, request.query.date));

  r.get('/api/campaigns/:id/needs-attention', {
    schema: { tags: TAGS, summary: '待处理记录 / rejected records that need an officer', params: uuidParam, querystring: attentionQuery, response: { 200: attentionListSchema } },
  }, async (request) => attentionList(ctx, actorOf(request), request.params.id, request.query));

  r.post('/api/needs-attention/:id/resolve', {
    schema: {
      tags: TAGS, summary: '处理待处理记录 / resolve a needs-attention record', params: uuidParam, body: resolveBody,
      response: { 200: z.object({ id: z.string(), resolved: z.boolean() }) },
    },
  }, async (request) => resolveItem(ctx, actorOf(request), request.params.id, request.body.resolution));
}
