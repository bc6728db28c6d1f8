// Retention follow-up over HTTP: the officers' and employers' worklist and results
// (/api/retention/…), the worker's own card (/api/m/retention), the campaign's schedule, the
// rates, and an employer's flag.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { whoFor } from '../worker-portal/assisted.js';
import { assistedQuery } from '../worker-portal/portal.schema.js';
import { employerRetentionFlag, retentionStats } from './retention-stats.service.js';
import {
  checkSchema, confirmMineBody, dueQuery, dueResponse, employerFlagResponse, myRetentionResponse, recordBody, recordResponse, settingsBody,
  settingsSchema, statsQuery, statsResponse,
} from './retention.schema.js';
import { confirmMine, dueChecks, getRetentionSettings, myChecks, recordResults, setRetentionSettings, workerChecks } from './retention.service.js';
import { retentionImportRoutes } from './retention-import.routes.js';

const TAGS = ['retention'];

export function retentionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/retention/due', {
    schema: {
      tags: TAGS, summary: '待回访与逾期的稳岗回访（官员按辖区，用人单位按本单位）/ follow-up checks due or overdue: officers by region, employers their own',
      querystring: dueQuery.extend(pageQuery), response: { 200: dueResponse },
    },
  }, async (request) => {
    const q = request.query;
    return dueChecks(ctx, actorOf(request), { campaignId: q.campaign, state: q.state, region: q.region, today: q.date }, pageOf(q));
  });

  r.post('/api/retention/checks', {
    schema: {
      tags: TAGS, summary: '登记回访结果（用人单位批量确认；官员电话回访）（留痕）/ record follow-up results: an employer in bulk, an officer after a call (audited)',
      body: recordBody, response: { 200: recordResponse },
    },
  }, async (request) => recordResults(ctx, actorOf(request), request.body.items));

  r.get('/api/retention/workers/:id', {
    schema: {
      tags: TAGS, summary: '一名劳动力的全部回访 / one worker\'s follow-up checks', params: uuidParam,
      response: { 200: z.object({ items: z.array(checkSchema) }) },
    },
  }, async (request) => workerChecks(ctx, actorOf(request), request.params.id));

  r.get('/api/retention/stats', {
    schema: {
      tags: TAGS, summary: '稳岗率：按用人单位、输入省、行业、县 / retention rates by employer, destination, industry, county',
      querystring: statsQuery, response: { 200: statsResponse },
    },
  }, async (request) => {
    const q = request.query;
    return retentionStats(ctx, actorOf(request), { campaignId: q.campaign, month: q.month, region: q.region });
  });

  r.get('/api/retention/employers/:id', {
    schema: {
      tags: TAGS, summary: '用人单位的稳岗率及是否低于阈值 / an employer\'s retention rate and whether it is below the threshold',
      params: uuidParam, querystring: z.object({ campaign: z.string().uuid().optional() }), response: { 200: employerFlagResponse },
    },
  }, async (request) => employerRetentionFlag(ctx, actorOf(request), request.params.id, request.query.campaign));

  r.get('/api/retention/settings', {
    schema: {
      tags: TAGS, summary: '回访安排与稳岗率阈值 / the follow-up schedule and the retention threshold',
      querystring: z.object({ campaign: z.string().uuid().optional() }), response: { 200: settingsSchema },
    },
  }, async (request) => getRetentionSettings(ctx, actorOf(request), request.query.campaign));

  r.put('/api/retention/settings/:id', {
    schema: {
      tags: TAGS, summary: '修改活动的回访安排与阈值（留痕）/ change a campaign\'s follow-up schedule and threshold (audited)',
      params: uuidParam, body: settingsBody, response: { 200: settingsSchema },
    },
  }, async (request) => setRetentionSettings(ctx, actorOf(request), request.params.id, request.body));

  r.get('/api/m/retention', {
    schema: { tags: TAGS, summary: '我的稳岗回访 / my follow-up checks', querystring: assistedQuery, response: { 200: myRetentionResponse } },
  }, async (request) => myChecks(ctx, await whoFor(ctx, actorOf(request), request.query.worker)));

  r.post('/api/m/retention', {
    schema: {
      tags: TAGS, summary: '回答稳岗回访（仍在岗、换工作、已返乡）/ answer a follow-up check: still there, changed job, returned home',
      querystring: assistedQuery, body: confirmMineBody, response: { 200: z.object({ stored: z.number().int(), check: checkSchema.nullable() }) },
    },
  }, async (request) => confirmMine(ctx, await whoFor(ctx, actorOf(request), request.query.worker), request.body));

  retentionImportRoutes(app, ctx);
}
