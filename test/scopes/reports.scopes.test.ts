// The daily report by role: officers for their region (a region outside it is not found),
// nobody else. A province's figures are the sum of its cities', a city's of its counties'.
import { expect, it } from 'vitest';
import { regionsUnder } from '../../src/core/regions.js';
import { describeEachDatabase } from '../db.js';
import { covers, useWorld } from './world.js';

type Figures = Record<string, number | null | Record<string, number>>;

describeEachDatabase('daily report by role', (ctx) => {
  const world = useWorld(ctx);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

  it(covers('GET /api/reports/daily', 'GET /api/reports/daily.xlsx', 'GET /api/reports/daily.pdf'), async () => {
    const w = world();
    const own = await w.request('xingxian', 'GET', `/api/reports/daily?date=${today}`);
    expect(own.statusCode, own.body).toBe(200);
    expect((own.json() as { region: { code: string } }).region.code).toBe('141123');
    expect((await w.request('xingxian', 'GET', `/api/reports/daily?date=${today}&region=1401`)).statusCode).toBe(404);
    expect((await w.request('lvliang', 'GET', `/api/reports/daily?date=2021-02-30`)).statusCode).toBe(400);
    for (const who of ['employer', 'worker', 'checkin-taiyuan'] as const) {
      expect((await w.request(who, 'GET', `/api/reports/daily?date=${today}`)).statusCode).toBe(403);
    }
    expect((await w.request('anonymous', 'GET', `/api/reports/daily?date=${today}`)).statusCode).toBe(401);
    const xlsx = await w.request('shanxi', 'GET', `/api/reports/daily.xlsx?date=${today}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await w.request('lvliang', 'GET', `/api/reports/daily.pdf?date=${today}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await w.request('employer', 'GET', `/api/reports/daily.pdf?date=${today}`)).statusCode).toBe(403);
  });

  it('a province is the sum of its cities, a city of its counties', async () => {
    const w = world();
    const figures = async (region: string) =>
      ((await w.request('admin', 'GET', `/api/reports/daily?date=${today}&region=${region}&campaign=${w.campaignId}`)).json() as { figures: Figures }).figures;
    const add = (parts: Figures[]) => {
      const out: Record<string, number | Record<string, number>> = {};
      for (const p of parts) {
        for (const [k, v] of Object.entries(p)) {
          if (k === 'target' || k === 'progress' || k === 'priorityShare') continue;
          if (typeof v === 'number') out[k] = ((out[k] as number | undefined) ?? 0) + v;
          else if (v && typeof v === 'object') {
            const o = (out[k] ??= {}) as Record<string, number>;
            for (const [kk, vv] of Object.entries(v)) o[kk] = (o[kk] ?? 0) + vv;
          }
        }
      }
      return out;
    };
    const strip = (f: Figures) => Object.fromEntries(Object.entries(f).filter(([k]) => !['target', 'progress', 'priorityShare'].includes(k)));
    const province = await figures('14');
    expect(province.registered as number).toBeGreaterThan(100);
    const cities = await Promise.all(regionsUnder('14', 'city').map((c) => figures(c.code.slice(0, 4))));
    expect(add(cities)).toEqual(strip(province));
    const city = await figures('1411');
    const counties = await Promise.all(regionsUnder('1411', 'county').map((c) => figures(c.code)));
    expect(add(counties)).toEqual(strip(city));
  });
});
