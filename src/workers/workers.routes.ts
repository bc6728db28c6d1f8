import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.js';
import { pageOf, uuidParam } from '../app/paging.js';
import { mayManage, mayReveal } from '../auth/actor.js';
import { actorOf } from '../auth/auth.plugin.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError } from '../core/errors.js';
import { exportWorkers } from '../imports/export.service.js';
import { findWorker, listWorkers, revealWorker, workerEvents } from './workers.queries.js';
import { registerWorker } from './workers.register.js';
import {
  revealResponse, withdrawBody, workerEventsResponse, workerFilterQuery, workerListQuery, workerListResponse, workerPatchBody,
  workerRegistrationBody, workerSchema,
} from './workers.schema.js';
import { workerFilterOf } from './workers.search.js';
import { updateWorker, withdrawWorker, workerNotFound } from './workers.update.js';

const forbidden = (zh: string, en: string) => domainError({ code: 'forbidden', zh, en });

export function workersRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/workers', {
    schema: {
      tags: ['workers'],
      summary: '劳动力列表 / list workers',
      querystring: workerListQuery,
      response: { 200: workerListResponse },
    },
  }, async (request) => {
    const q = request.query;
    const result = await listWorkers(ctx.db, actorOf(request).scope, workerFilterOf(q, ctx.vault.blindIndex), pageOf(q), { sort: q.sort, order: q.order });
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.post('/api/workers', {
    schema: {
      tags: ['workers'],
      summary: '代为登记一名劳动力（与导入同一规则，留痕）/ register one worker by hand (the import\'s rules; audited)',
      body: workerRegistrationBody,
      response: { 201: workerSchema },
    },
  }, async (request, reply) => {
    const worker = await registerWorker(ctx, actorOf(request), request.body);
    reply.status(201);
    return worker;
  });

  r.get('/api/workers/export', {
    schema: {
      tags: ['workers'],
      summary: '导出劳动力 .xlsx（脱敏）/ export workers as .xlsx (masked)',
      querystring: workerFilterQuery,
    },
  }, async (request, reply) => {
    const actor = actorOf(request);
    if (!mayManage(actor)) throw forbidden('无权导出', 'you may not export');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-export-'));
    const out = path.join(dir, 'workers.xlsx');
    try {
      // Audited by the export itself, as from the CLI.
      await exportWorkers(ctx, actor, { out, workers: workerFilterOf(request.query, ctx.vault.blindIndex) });
      const body = fs.readFileSync(out);
      reply.header('content-disposition', 'attachment; filename="workers.xlsx"');
      reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return reply.send(body);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  r.get('/api/workers/:id', {
    schema: { tags: ['workers'], summary: '劳动力详情 / one worker', params: uuidParam, response: { 200: workerSchema } },
  }, async (request) => {
    const worker = await findWorker(ctx.db, actorOf(request).scope, request.params.id);
    if (!worker) throw workerNotFound(request.params.id);
    return worker;
  });

  r.patch('/api/workers/:id', {
    schema: {
      tags: ['workers'],
      summary: '修改劳动力信息 / correct a registration',
      params: uuidParam,
      body: workerPatchBody,
      response: { 200: workerSchema },
    },
  }, async (request) => updateWorker(ctx, actorOf(request), request.params.id, request.body));

  r.post('/api/workers/:id/withdraw', {
    schema: {
      tags: ['workers'],
      summary: '劳动力退出（不再出行）/ a worker withdraws (leaves the next trip plan)',
      params: uuidParam,
      body: withdrawBody,
      response: { 200: workerSchema },
    },
  }, async (request) => withdrawWorker(ctx, actorOf(request), request.params.id, request.body.reason));

  r.post('/api/workers/:id/reveal', {
    schema: { tags: ['workers'], summary: '查看完整身份证号和手机号（留痕）/ reveal full identity number and phone (audited)', params: uuidParam,
      response: { 200: revealResponse },
    },
  }, async (request) => {
    const actor = actorOf(request);
    const revealed = await revealWorker(ctx, actor.scope, request.params.id);
    if (!revealed) throw workerNotFound(request.params.id);
    if (!mayReveal(actor)) throw forbidden('无查看完整证件号的权限', 'you may not reveal personal numbers');
    await recordAudit(ctx, actor, { action: 'worker.reveal', entity: 'worker', entityId: revealed.id, regionCode: revealed.regionCode });
    return revealed;
  });

  r.get('/api/workers/:id/events', {
    schema: { tags: ['workers'], summary: '劳动力行程日志 / a worker\'s journey', params: uuidParam, response: { 200: workerEventsResponse } },
  }, async (request) => {
    const events = await workerEvents(ctx.db, actorOf(request).scope, request.params.id);
    if (!events) throw workerNotFound(request.params.id);
    return { items: events };
  });
}
