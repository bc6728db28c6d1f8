// The employer portal's own routes and the officers' approval queue. Posting and editing
// a vacancy go through POST/PATCH /api/jobs (an employer's lands as pending); the workers
// of a vacancy through GET /api/jobs/:id/workers, both scoped to the employer.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { pageOf, pageQuery, uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { decideProposal } from '../allocation/decisions.service.js';
import { approvalQueue, reviewVacancy } from '../jobs/approvals.service.js';
import { domainError } from '../core/errors.js';
import { findJob, listJobs } from '../jobs/jobs.queries.js';
import { vacancySchema } from '../jobs/jobs.schema.js';
import { vacancyWorkers } from '../jobs/vacancies.repository.js';
import { vacancyNotFound } from '../jobs/vacancies.service.js';
import { certificateName } from '../reference/lookups.data.js';
import { peopleCounts } from './employer-portal.queries.js';

const reviewedSchema = vacancySchema;

const countsSchema = z.object({ proposed: z.number().int(), confirmed: z.number().int(), onTrip: z.number().int() })
  .describe('拟分配 / 已确认（未排车）/ 已排车 人数 / people proposed, confirmed (no coach yet), on a coach');

const ownVacanciesResponse = z.object({
  total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
  items: z.array(vacancySchema.extend({ people: countsSchema })),
});

export function employerPortalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/employer/vacancies', {
    schema: {
      tags: ['jobs'], summary: '用人单位的岗位（审核状态、人数）/ an employer\'s own vacancies, with approval and people counts',
      querystring: z.object({ campaign: z.string().uuid().optional(), ...pageQuery }),
      response: { 200: ownVacanciesResponse },
    },
  }, async (request) => {
    const { scope } = actorOf(request);
    // The employer's own page: other accounts have their lists on the jobs pages.
    if (scope.kind !== 'employer') throw domainError({ code: 'forbidden', zh: '仅供用人单位账户使用', en: 'for employer accounts only' });
    const q = request.query;
    const result = await listJobs(ctx.db, scope, { campaignId: q.campaign, employerId: scope.employerId }, pageOf(q));
    const counts = await peopleCounts(ctx.db, scope, result.items.map((j) => j.id));
    return {
      total: result.total, page: q.page, pageSize: q.pageSize,
      items: result.items.map((j) => ({ ...j, people: counts.get(j.id) ?? { proposed: 0, confirmed: 0, onTrip: 0 } })),
    };
  });

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
    sheet.addRow([
      '姓名 name', '证件号 id (masked)', '手机 phone (masked)', '年龄 age', '县 county', '证书 certificates',
      '车次 coach', '出发日期 departure', '座位 seat', '上车点 boarding at', '预计到达 expected at site',
    ]).font = { bold: true };
    for (const w of workers) {
      sheet.addRow([
        w.name, w.idMasked, w.phoneMasked ?? '', w.age, w.county, w.certificates.map(certificateName).join('、'),
        w.tripNumber ?? '', w.departureDate ?? '', w.seat ?? '', w.boardingAt ?? '', w.expectedArrival ?? '',
      ]);
    }
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="confirmed-${job.id}.xlsx"`).send(buffer);
  });
}
