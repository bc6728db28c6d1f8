// The follow-up workbook over HTTP: download the open checks, upload them filled in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { actorOf } from '../auth/auth.plugin.js';
import { domainError, invalidInput } from '../core/errors.js';
import { followUpWorkbook, importFollowUp } from './retention-import.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 20 * 1024 * 1024;

export function retentionImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/retention/due.xlsx', {
    schema: {
      tags: ['retention'], summary: '待回访名单（xlsx，填写结果后上传）/ the open checks as a workbook to fill in and upload',
      querystring: z.object({ campaign: z.string().uuid().optional() }),
    },
  }, async (request, reply) => {
    const buffer = await followUpWorkbook(ctx, actorOf(request), request.query.campaign);
    return reply.header('content-type', XLSX).header('content-disposition', 'attachment; filename="follow-up.xlsx"').send(buffer);
  });

  app.register(async (scoped) => {
    await scoped.register(fastifyMultipart, { limits: { fileSize: MAX_BYTES, files: 1, fields: 2 } });
    scoped.withTypeProvider<ZodTypeProvider>().post('/api/retention/import', {
      schema: {
        tags: ['retention'], summary: '上传填好的回访表（留痕）/ upload the filled-in follow-up workbook (audited)',
        description: 'multipart/form-data, one part `file` (.xlsx)', consumes: ['multipart/form-data'],
        querystring: z.object({ campaign: z.string().uuid().optional() }),
        response: {
          200: z.object({
            rows: z.number().int(), stored: z.number().int(), unchanged: z.number().int(), refused: z.number().int(), skipped: z.number().int(),
            errorsXlsx: z.string().nullable().describe('拒绝行工作簿（base64）/ the refused rows\' workbook, base64'),
          }),
        },
      },
    }, async (request) => {
      const actor = actorOf(request);
      if (!request.isMultipart()) throw invalidInput('upload', 'file', { zh: '请以 multipart/form-data 上传文件', en: 'upload the file as multipart/form-data' });
      const part = await request.file();
      if (!part) throw invalidInput('upload', 'file', { zh: '没有收到文件', en: 'no file was uploaded' });
      if (!/\.(xlsx|csv)$/i.test(part.filename)) throw invalidInput('upload', 'file', { zh: '请上传 .xlsx 或 .csv 文件', en: 'upload an .xlsx or .csv file' });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-upload-'));
      const file = path.join(dir, /\.csv$/i.test(part.filename) ? 'follow-up.csv' : 'follow-up.xlsx');
      try {
        await pipeline(part.file, fs.createWriteStream(file, { mode: 0o600 }));
        if (part.file.truncated) throw domainError({ code: 'payload_too_large', field: 'file', zh: '文件超过 20 MB', en: 'the file is larger than 20 MB' });
        return await importFollowUp(ctx, actor, file, request.query.campaign);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
