// The employer portal's own routes and the officers' approval queue. Posting and editing
// a vacancy go through POST/PATCH /api/jobs (an employer's lands as pending); the workers
// of a vacancy through GET /api/jobs/:id/workers, both scoped to the employer.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { decideProposal } from '../allocation/decisions.service.js';
import { approvalQueue, reviewVacancy } from '../jobs/approvals.service.js';
import { findJob } from '../jobs/jobs.queries.js';
import { vacancySchema } from '../jobs/jobs.schema.js';
import { vacancyWorkers } from '../jobs/vacancies.repository.js';
import { vacancyNotFound } from '../jobs/vacancies.service.js';

const reviewedSchema = vacancySchema.extend({
  approval: z.enum(['pending', 'approved', 'rejected']),
  approvalReason: z.string().nullable(),
});

export function employerPortalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/job-approvals', {
    schema: { tags: ['jobs'], summary: '待审核的用人单位岗位 / vacancies waiting for approval', response: { 200: z.object({ items: z.array(reviewedSchema) }) } },
  }, async (request) => ({ items: await approvalQueue(ctx, actorOf(request)) }));

  r.post('/api/jobs/:id/review', {
    schema: {
      tags: ['jobs'], summary: '批准或驳回岗位（留痕）/ approve or reject a vacancy (audited)', params: uuidParam,
      body: z.object({ approve: z.boolean(), reason: z.string().max(200).optional() }).strict(),
      response: { 200: reviewedSchema },
    },
  }, async (request) => reviewVacancy(ctx, actorOf(request), request.params.id, request.body));

  r.post('/api/jobs/:id/workers/:workerId/decision', {
    schema: {
      tags: ['jobs'], summary: '用人单位确认或婉拒拟分配人员（留痕）/ confirm or decline a proposed worker (audited)',
      params: z.object({ id: z.string().uuid(), workerId: z.string().uuid() }),
      body: z.object({ confirm: z.boolean(), reason: z.string().max(200).optional() }).strict(),
      response: { 200: z.object({ status: z.enum(['confirmed', 'declined']) }) },
    },
  }, async (request) => decideProposal(ctx, actorOf(request), { jobId: request.params.id, workerId: request.params.workerId, ...request.body }));

  r.get('/api/jobs/:id/confirmed.xlsx', {
    schema: { tags: ['jobs'], summary: '已确认人员名单（xlsx，证件号脱敏）/ confirmed workers (xlsx, ids masked)', params: uuidParam },
  }, async (request, reply) => {
    const { scope } = actorOf(request);
    const job = await findJob(ctx.db, scope, request.params.id);
    if (!job) throw vacancyNotFound(request.params.id);
    const workers = (await vacancyWorkers(ctx.db, scope, { province: job.siteCode.slice(0, 2), id: job.id })).filter((w) => w.stage !== 'proposed');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('已确认 confirmed');
    sheet.addRow(['姓名 name', '证件号 id (masked)', '县 county', '车次 coach', '出发日期 departure']);
    for (const w of workers) sheet.addRow([w.name, w.idMasked, w.county, w.tripNumber ?? '', w.departureDate ?? '']);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="confirmed-${job.id}.xlsx"`).send(buffer);
  });
}
