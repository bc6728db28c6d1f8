// Import over HTTP: the upload is streamed (never held in memory) to a private temp file,
// limited to MAX_UPLOAD_BYTES; the run answers 202 at once and is polled for progress.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { findRun, listRuns } from './import-runs.repository.js';
import { IMPORT_KINDS, importRunListResponse, importRunSchema, MAX_UPLOAD_BYTES } from './import-runs.schema.js';
import {
  checkImport, downloadWorkbook, importRunNotFound, isSpreadsheetName, liveRun, mustImport, safeFileName, startImport, uploadFolder,
} from './import-runs.service.js';
import { importTemplate, TEMPLATE_NAMES } from './import-templates.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const attachment = (name: string) => `attachment; filename="${encodeURIComponent(name).replace(/%2E/gi, '.')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const tooLarge = () =>
  domainError({ code: 'payload_too_large', field: 'file', zh: `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请拆分后上传`, en: `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: split it` });

export function importRunsRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.register(async (scoped) => {
    await scoped.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
    const r = scoped.withTypeProvider<ZodTypeProvider>();

    r.post('/api/imports', {
      schema: {
        tags: ['imports'],
        summary: '上传并导入劳动力或岗位表（后台进行，留痕）/ upload and import registrations or vacancies (in the background, audited)',
        description: 'multipart/form-data, one part `file` (.xlsx or .csv, at most 200 MB)',
        consumes: ['multipart/form-data'],
        querystring: z.object({ kind: z.enum(IMPORT_KINDS), campaign: z.string().uuid().optional() }),
        response: { 202: importRunSchema },
      },
    }, async (request, reply) => {
      const actor = actorOf(request);
      const { kind, campaign } = request.query;
      const campaignId = await checkImport(ctx, actor, campaign);
      if (!request.isMultipart()) throw invalidInput('upload', 'file', { zh: '请以 multipart/form-data 上传文件', en: 'upload the file as multipart/form-data' });
      const part = await request.file();
      if (!part) throw invalidInput('upload', 'file', { zh: '没有收到文件', en: 'no file was uploaded' });
      const fileName = safeFileName(part.filename, kind);
      if (!isSpreadsheetName(fileName)) {
        part.file.resume();
        throw invalidInput('upload', 'file', { zh: `“${fileName}”不是 .xlsx 或 .csv 文件`, en: `"${fileName}" is not an .xlsx or .csv file` });
      }
      const folder = uploadFolder();
      const file = path.join(folder, fileName);
      try {
        await pipeline(part.file, fs.createWriteStream(file, { mode: 0o600 }));
        if (part.file.truncated) throw tooLarge();
      } catch (error) {
        fs.rmSync(folder, { recursive: true, force: true });
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      const id = await startImport(ctx, actor, { kind, campaignId, file, fileName, folder });
      const run = await findRun(ctx.db, actor.scope, id);
      if (!run) throw importRunNotFound(id);
      return reply.status(202).send(run);
    });

    r.get('/api/imports', {
      schema: {
        tags: ['imports'],
        summary: '导入记录（本辖区）/ imports started within your reach',
        querystring: z.object({ kind: z.enum(IMPORT_KINDS).optional(), ...pageQuery }),
        response: { 200: importRunListResponse },
      },
    }, async (request) => {
      const q = request.query;
      const result = await listRuns(ctx.db, actorOf(request).scope, { kind: q.kind }, pageOf(q));
      return { ...result, page: q.page, pageSize: q.pageSize };
    });

    r.get('/api/imports/templates/:kind', {
      schema: { tags: ['imports'], summary: '下载导入模板 .xlsx / the import template as .xlsx', params: z.object({ kind: z.enum(IMPORT_KINDS) }) },
    }, async (request, reply) => {
      const actor = actorOf(request);
      mustImport(actor);
      const body = await importTemplate(request.params.kind);
      await recordAudit(ctx, actor, { action: 'import.template', entity: 'import', regionCode: actor.scope.kind === 'region' ? actor.scope.prefix : '', after: { kind: request.params.kind } });
      reply.header('content-disposition', attachment(TEMPLATE_NAMES[request.params.kind]));
      return reply.type(XLSX).send(body);
    });

    r.get('/api/imports/:id', {
      schema: { tags: ['imports'], summary: '一次导入的进度与结果 / one import: progress and outcome', params: uuidParam, response: { 200: importRunSchema } },
    }, async (request) => {
      const { scope } = actorOf(request);
      const run = liveRun(scope, request.params.id) ?? (await findRun(ctx.db, scope, request.params.id));
      if (!run) throw importRunNotFound(request.params.id);
      return run;
    });

    r.get('/api/imports/:id/errors', {
      schema: {
        tags: ['imports'],
        summary: '下载拒绝行工作簿（含完整证件号，留痕）/ the refused rows workbook (full numbers; audited)',
        params: uuidParam,
      },
    }, async (request, reply) => {
      const { run, body } = await downloadWorkbook(ctx, actorOf(request), request.params.id);
      const stem = run.fileName.replace(/\.(xlsx|csv)$/i, '');
      reply.header('content-disposition', attachment(`${stem}-拒绝行.xlsx`));
      reply.header('cache-control', 'no-store');
      return reply.type(XLSX).send(body);
    });
  });
}
