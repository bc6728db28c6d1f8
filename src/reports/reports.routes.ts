// The daily report over HTTP: JSON, the bureau's workbook, the PDF with charts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.js';
import { actorOf } from '../auth/auth.plugin.js';
import { dailyReport } from './daily.service.js';
import { dailyQuery, dailyResponse } from './reports.schema.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function reportsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const load = (request: { query: { date: string; region?: string; campaign?: string } } & Parameters<typeof actorOf>[0]) =>
    dailyReport(ctx, actorOf(request), { date: request.query.date, region: request.query.region, campaignId: request.query.campaign });

  r.get('/api/reports/daily', {
    schema: {
      tags: ['reports'], summary: '日报：登记、匹配、确认、出发、到岗、在岗，对比目标与前一日 / the daily report: the journey against the target and the day before',
      querystring: dailyQuery, response: { 200: dailyResponse },
    },
  }, async (request) => load(request));

  r.get('/api/reports/daily.xlsx', {
    schema: { tags: ['reports'], summary: '日报（xlsx，上报格式）/ the daily report as the bureau\'s workbook', querystring: dailyQuery },
  }, async (request, reply) => {
    const report = await load(request);
    const { dailyWorkbook } = await import('./daily.xlsx.js');
    return reply.header('content-type', XLSX).header('content-disposition', `attachment; filename="daily-${report.region.code}-${report.date}.xlsx"`)
      .send(await dailyWorkbook(report));
  });

  r.get('/api/reports/daily.pdf', {
    schema: { tags: ['reports'], summary: '日报（PDF，含图表）/ the daily report as a PDF with charts', querystring: dailyQuery },
  }, async (request, reply) => {
    const report = await load(request);
    const { dailyPdf } = await import('./daily.pdf.js');
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="daily-${report.region.code}-${report.date}.pdf"`)
      .send(await dailyPdf(report));
  });
}
