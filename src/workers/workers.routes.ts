import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, regionQuery, uuidParam } from '../app/paging.js';
import { mayManage, mayReveal } from '../auth/actor.js';
import { actorOf } from '../auth/auth.plugin.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError } from '../core/errors.js';
import { exportWorkers } from '../imports/export.service.js';
import { findWorker, listWorkers, revealWorker, workerEvents } from './workers.queries.js';
import { updateWorker, withdrawWorker, workerNotFound } from './workers.update.js';

const forbidden = (zh: string, en: string) => domainError({ code: 'forbidden', zh, en });

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
    const result = await listWorkers(ctx.db, actorOf(request).scope, {
      region: q.region, campaignId: q.campaign, status: q.status, priority: q.priority === undefined ? undefined : q.priority === 'true',
    }, pageOf(q));
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.get('/api/workers/export', {
    schema: {
      tags: ['workers'],
      summary: '导出劳动力 .xlsx（脱敏）/ export workers as .xlsx (masked)',
      querystring: z.object({ region: regionQuery, campaign: z.string().uuid().optional() }),
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    if (!mayManage(actor)) throw forbidden('无权导出', 'you may not export');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-export-'));
    const out = path.join(dir, 'workers.xlsx');
    try {
      const rows = await exportWorkers(ctx, { out, scope: actor.scope, region: request.query.region, campaignId: request.query.campaign });
      await recordAudit(ctx, actor, {
        action: 'worker.export', entity: 'worker', regionCode: actor.scope.kind === 'region' ? actor.scope.prefix : '',
        after: { rows, region: request.query.region ?? null },
      });
      const body = fs.readFileSync(out);
      reply.header('content-disposition', 'attachment; filename="workers.xlsx"');
      reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return reply.send(body);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  r.get('/api/workers/:id', { schema: { tags: ['workers'], summary: '劳动力详情 / one worker', params: uuidParam } }, async (request) => {
    const worker = await findWorker(ctx.db, actorOf(request).scope, request.params.id);
    if (!worker) throw workerNotFound(request.params.id);
    return worker;
  });

  r.patch('/api/workers/:id', {
    schema: {
      tags: ['workers'],
      summary: '修改劳动力信息 / correct a registration',
      params: uuidParam,
      body: z.object({
        name: z.string().max(50).optional(),
        phone: z.string().max(30).nullable().optional(),
        priority: z.boolean().optional(),
        industries: z.array(z.string().max(40)).max(3).optional(),
        destinations: z.array(z.string().max(40)).max(3).optional(),
        minWage: z.number().int().optional(),
      }).strict(),
    },
  }, async (request) => updateWorker(ctx, actorOf(request), request.params.id, request.body));

  r.post('/api/workers/:id/withdraw', {
    schema: {
      tags: ['workers'],
      summary: '劳动力退出（不再出行）/ a worker withdraws (leaves the next trip plan)',
      params: uuidParam,
      body: z.object({ reason: z.string().max(200).default('') }),
    },
  }, async (request) => withdrawWorker(ctx, actorOf(request), request.params.id, request.body.reason));

  r.post('/api/workers/:id/reveal', {
    schema: { tags: ['workers'], summary: '查看完整身份证号和手机号（留痕）/ reveal full identity number and phone (audited)', params: uuidParam },
  }, async (request) => {
    const actor = actorOf(request);
    const revealed = await revealWorker(ctx, actor.scope, request.params.id);
    if (!revealed) throw workerNotFound(request.params.id);
    if (!mayReveal(actor)) throw forbidden('无查看完整证件号的权限', 'you may not reveal personal numbers');
    await recordAudit(ctx, actor, { action: 'worker.reveal', entity: 'worker', entityId: revealed.id, regionCode: revealed.regionCode });
    return revealed;
  });

  r.get('/api/workers/:id/events', { schema: { tags: ['workers'], summary: '劳动力行程日志 / a worker\'s journey', params: uuidParam } }, async (request) => {
    const events = await workerEvents(ctx.db, actorOf(request).scope, request.params.id);
    if (!events) throw workerNotFound(request.params.id);
    return { items: events };
  });
}
