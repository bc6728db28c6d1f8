import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { listCatalog, listRegions } from './reference.repository.js';

export function referenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/regions', {
    schema: {
      tags: ['reference'],
      summary: '行政区划（GB/T 2260）/ administrative divisions',
      querystring: z.object({ parent: z.string().regex(/^\d{6}$/).optional().describe('上级代码；省级留空 / parent code; empty for provinces') }),
    },
  }, async (request) => ({ items: await listRegions(ctx.db, request.query.parent ?? null) }));
  r.get('/api/industries', { schema: { tags: ['reference'], summary: '行业 / industries' } }, async () => ({ items: await listCatalog(ctx.db, 'industries') }));
  r.get('/api/certificates', { schema: { tags: ['reference'], summary: '职业技能证书 / certificates' } }, async () => ({ items: await listCatalog(ctx.db, 'certificates') }));
}
