// The read API over a small demo campaign, on both databases.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDemo } from '../src/demo/demo.service.js';
import { buildServer } from '../src/server.js';
import { describeEachDatabase } from './db.js';
import { as, type Session, signIn } from './session.js';

describeEachDatabase('read API', (ctx) => {
  let app: FastifyInstance;
  let admin: Session;
  let campaignId = '';
  const get = (url: string) => app.inject(as(admin, { method: 'GET', url }));
  beforeAll(async () => {
    const summary = await buildDemo(ctx(), { workers: 600, seed: 7 });
    campaignId = summary.campaign.id;
    app = await buildServer(ctx());
    admin = await signIn(app, 'admin', summary);
  });
  afterAll(async () => app?.close());

  it('answers health and serves the OpenAPI document', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    const docs = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    const spec = docs.json() as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/workers', '/api/jobs', '/api/employers', '/api/campaigns', '/api/campaigns/{id}/stats']));
  });

  it('lists workers paginated, filtered by region prefix, with masked numbers', async () => {
    const all = await get(`/api/workers?campaign=${campaignId}&pageSize=10`);
    expect(all.statusCode).toBe(200);
    const body = all.json() as { total: number; items: { regionCode: string; idMasked: string; phoneMasked: string | null }[] };
    expect(body.total).toBe(600);
    expect(body.items).toHaveLength(10);
    expect(body.items[0].idMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(JSON.stringify(body)).not.toMatch(/id_enc|phone_enc/);
    const lvliang = (await get('/api/workers?region=1411&pageSize=500')).json() as typeof body;
    expect(lvliang.total).toBeGreaterThan(0);
    expect(lvliang.total).toBeLessThan(600);
    expect(lvliang.items.every((w) => w.regionCode.startsWith('1411'))).toBe(true);
    const same = (await get('/api/workers?region=141100&pageSize=1')).json() as typeof body;
    expect(same.total).toBe(lvliang.total);
    const page2 = (await get('/api/workers?region=1411&page=2&pageSize=5')).json() as typeof body;
    expect(page2.items[0]).toEqual(lvliang.items[5]);
  });

  it('refuses bad filters with a 400 problem naming the field', async () => {
    for (const url of ['/api/workers?region=14ab', '/api/workers?pageSize=100000', "/api/workers?campaign=1' OR 1=1", '/api/jobs?page=0']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = response.json() as { field: string; zh: string; en: string };
      expect(problem.field).toMatch(/^query\./);
      expect(problem.zh).toBeTruthy();
    }
    const missing = await get('/api/workers/00000000-0000-0000-0000-000000000000');
    expect(missing.statusCode).toBe(404);
  });

  it('shows one worker with its journey', async () => {
    const list = (await get('/api/workers?pageSize=1')).json() as { items: { id: string }[] };
    const id = list.items[0].id;
    expect((await get(`/api/workers/${id}`)).json()).toMatchObject({ id });
    const events = (await get(`/api/workers/${id}/events`)).json() as { items: { type: string }[] };
    expect(events.items.map((e) => e.type)).toEqual(['registered']);
  });

  it('lists vacancies and employers, and campaign statistics', async () => {
    const jobs = (await get('/api/jobs?region=32&pageSize=5')).json() as { total: number; items: { siteCode: string }[] };
    expect(jobs.total).toBeGreaterThan(0);
    expect(jobs.items.every((j) => j.siteCode.startsWith('32'))).toBe(true);
    const employers = (await get('/api/employers?pageSize=5')).json() as { total: number };
    expect(employers.total).toBe(400);
    const campaigns = (await get('/api/campaigns')).json() as { items: { name: string }[] };
    expect(campaigns.items[0].name).toBe('2021 元旦春节点对点劳务输出');
    const stats = (await get(`/api/campaigns/${campaignId}/stats`)).json() as {
      workers: number; priority: number; byCity: { code: string; workers: number }[]; byDestinationProvince: { code: string }[]; byIndustry: { code: string }[];
    };
    expect(stats.workers).toBe(600);
    expect(stats.priority).toBeGreaterThan(120);
    expect(stats.priority).toBeLessThan(280);
    expect(stats.byCity.map((c) => c.code).sort()).toEqual(['140100', '140200', '140300', '140400', '140500', '140600', '140700', '140800', '140900', '141000', '141100']);
    expect(stats.byCity.reduce((sum, c) => sum + c.workers, 0)).toBe(600);
    expect(stats.byDestinationProvince.map((p) => p.code).sort()).toEqual(['110000', '320000', '330000', '370000', '440000', '610000']);
    expect(stats.byIndustry.length).toBe(8);
    const lvliang = (await get(`/api/campaigns/${campaignId}/stats?region=1411`)).json() as { byCity: { code: string }[] };
    expect(lvliang.byCity.map((c) => c.code)).toEqual(['141100']);
  });
});
