import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { listCatalog, listRegions } from './reference.repository.js';

const regionList = z.object({
  items: z.array(z.object({
    code: z.string(), name: z.string(), fullName: z.string(), level: z.enum(['province', 'city', 'county']), parent: z.string().nullable(),
    lat: z.number().nullable(), lon: z.number().nullable(),
  })),
});

const catalogList = z.object({ items: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })) });

export function referenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/regions', {
    schema: {
      tags: ['reference'],
      summary: '行政区划（GB/T 2260）/ administrative divisions',
      querystring: z.object({ parent: z.string().regex(/^\d{6}$/).optional().describe('上级代码；省级留空 / parent code; empty for provinces') }),
      response: { 200: regionList },
    },
  }, async (request) => ({
    items: (await listRegions(ctx.db, request.query.parent ?? null)).map((r) => ({
      code: r.code, name: r.name, fullName: r.full_name, level: r.level, parent: r.parent, lat: r.lat, lon: r.lon,
    })),
  }));
  r.get('/api/industries', { schema: { tags: ['reference'], summary: '行业 / industries', response: { 200: catalogList } } }, async () => ({ items: await listCatalog(ctx.db, 'industries') }));
  r.get('/api/certificates', { schema: { tags: ['reference'], summary: '职业技能证书 / certificates', response: { 200: catalogList } } }, async () => ({ items: await listCatalog(ctx.db, 'certificates') }));
}
