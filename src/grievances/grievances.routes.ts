// Grievances over HTTP. The worker's side sits with the phone pages (/api/m/grievances,
// the worker or an officer acting for them by ?worker=); the handling side (/api/grievances)
// is the officers' of the worker's home region and the destination employer's.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { domainError, invalidInput } from '../core/errors.js';
import { whoFor } from '../worker-portal/assisted.js';
import { assistedQuery } from '../worker-portal/portal.schema.js';
import { employerGrievanceCounts } from './grievance-stats.service.js';
import { changeGrievanceState, consoleGrievances, fileGrievance, getGrievance, workerGrievances } from './grievances.service.js';
import {
  employerCountsResponse, fileGrievanceBody, grievanceListQuery, grievanceListResponse, grievanceSchema, moveBody, photoParams,
} from './grievances.schema.js';
import { MAX_PHOTO_BYTES } from './photo.rules.js';
import { addGrievancePhoto, readGrievancePhoto } from './photos.service.js';

const TAGS = ['grievances'];

const tooLarge = () => domainError({
  code: 'payload_too_large', field: 'photo', zh: `照片超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB，请压缩后再传`, en: `the photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB: send a smaller one`,
});

export function grievancesRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/m/grievances', {
    schema: {
      tags: TAGS, summary: '反映问题（工资、住宿、安全等）/ report a problem at work (wages, housing, safety, …)',
      querystring: assistedQuery, body: fileGrievanceBody, response: { 200: grievanceSchema },
    },
  }, async (request) => fileGrievance(ctx, await whoFor(ctx, actorOf(request), request.query.worker), request.body));

  r.get('/api/m/grievances', {
    schema: { tags: TAGS, summary: '我反映的问题及处理进度 / my grievances and how they stand', querystring: assistedQuery, response: { 200: grievanceListResponse } },
  }, async (request) => workerGrievances(ctx, await whoFor(ctx, actorOf(request), request.query.worker)));

  r.get('/api/grievances', {
    schema: {
      tags: TAGS, summary: '投诉列表（户籍地官员、用人单位）/ grievances: the home region\'s officers, the employer',
      querystring: grievanceListQuery.extend(pageQuery), response: { 200: grievanceListResponse },
    },
  }, async (request) => {
    const q = request.query;
    return consoleGrievances(ctx, actorOf(request), {
      state: q.state, category: q.category, employerId: q.employer, workerId: q.worker, campaignId: q.campaign, overdue: q.overdue === 'true',
    }, pageOf(q));
  });

  r.get('/api/grievances/by-employer', {
    schema: {
      tags: TAGS, summary: '按用人单位统计投诉（总数、未结、逾期）/ grievances by employer: all, open, overdue',
      querystring: z.object({ campaign: z.string().uuid().optional() }), response: { 200: employerCountsResponse },
    },
  }, async (request) => employerGrievanceCounts(ctx, actorOf(request), request.query.campaign));

  r.get('/api/grievances/:id', {
    schema: { tags: TAGS, summary: '一条投诉及其处理记录 / one grievance and its history', params: uuidParam, response: { 200: grievanceSchema } },
  }, async (request) => getGrievance(ctx, actorOf(request), request.params.id));

  r.post('/api/grievances/:id/state', {
    schema: {
      tags: TAGS, summary: '受理、解决、结案或退回 / take in hand, resolve, close or reopen a grievance', params: uuidParam, body: moveBody,
      response: { 200: grievanceSchema },
    },
  }, async (request) => changeGrievanceState(ctx, actorOf(request), request.params.id, request.body));

  r.get('/api/grievances/:id/photos/:photo', {
    schema: { tags: TAGS, summary: '投诉照片 / a grievance photo', params: photoParams },
  }, async (request, reply) => {
    const photo = await readGrievancePhoto(ctx, actorOf(request), request.params.id, request.params.photo);
    return reply.type(photo.mime).header('cache-control', 'private, no-store').header('x-content-type-options', 'nosniff').send(photo.content);
  });

  app.register(async (scoped) => {
    await scoped.register(fastifyMultipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2 } });
    scoped.withTypeProvider<ZodTypeProvider>().post('/api/m/grievances/:id/photos', {
      schema: {
        tags: TAGS, summary: '为投诉添加照片（JPEG/PNG/WebP/HEIC，5 MB 以内，最多 4 张）/ add a photo to a grievance (JPEG/PNG/WebP/HEIC, up to 5 MB, at most 4)',
        description: 'multipart/form-data, one part `photo`', consumes: ['multipart/form-data'], params: uuidParam, querystring: assistedQuery,
        response: { 200: z.object({ id: z.string(), mime: z.string(), bytes: z.number().int(), url: z.string() }) },
      },
    }, async (request) => {
      const who = await whoFor(ctx, actorOf(request), request.query.worker);
      if (!request.isMultipart()) throw invalidInput('upload', 'photo', { zh: '请以 multipart/form-data 上传照片', en: 'upload the photo as multipart/form-data' });
      const part = await request.file();
      if (!part) throw invalidInput('upload', 'photo', { zh: '没有收到照片', en: 'no photo was uploaded' });
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      return addGrievancePhoto(ctx, who, request.params.id, part.filename.slice(0, 100) || 'photo', bytes);
    });
  });
}
