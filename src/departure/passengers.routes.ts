// The console's drill-down from the day's counts to people, and the reconciliation workbook.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.js';
import { uuidParam } from '../app/paging.js';
import { actorOf } from '../auth/auth.plugin.js';
import { dateQuery } from './departure.schema.js';
import { dayPassengersResponse, passengersQuery } from './passengers.schema.js';
import { dayPassengers, reconciliationWorkbook } from './passengers.service.js';

export function departurePassengersRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/campaigns/:id/passengers', {
    schema: {
      tags: ['departure'], summary: '当日乘客名单（按状态、车次筛选）/ the day\'s passengers, by state or trip', params: uuidParam,
      querystring: passengersQuery, response: { 200: dayPassengersResponse },
    },
  }, async (request) => dayPassengers(ctx, actorOf(request), request.params.id, request.query));

  r.get('/api/campaigns/:id/reconciliation.xlsx', {
    schema: { tags: ['departure'], summary: '当日对账 Excel（证件号脱敏，留痕）/ the day\'s reconciliation as xlsx (ids masked, audited)', params: uuidParam, querystring: dateQuery },
  }, async (request, reply) => {
    const body = await reconciliationWorkbook(ctx, actorOf(request), request.params.id, request.query.date);
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="reconciliation-${request.query.date}.xlsx"`).send(body);
  });
}
