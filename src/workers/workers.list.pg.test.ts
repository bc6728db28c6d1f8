// The workers list's search, sort and filters, in the store, on both databases: what an
// officer types finds exactly the people it should (whole numbers through the blind
// index, last digits through the masks, names), and every sort pages without overlap.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/db.js';
import { insertCampaign } from '../campaigns/campaigns.repository.js';
import { makeIdNumber } from '../core/id-number.js';
import { sealWorker } from './workers.import.js';
import { listWorkers, type WorkerFilter } from './workers.queries.js';
import { upsertWorkers } from './workers.repository.js';
import type { WorkerSort } from './workers.schema.js';
import { interpretSearch } from './workers.search.js';

const PEOPLE = [
  { name: '王小明', region: '141123', birth: '1990-01-01', phone: '13800001234', priority: true, industries: ['electronics'], certificates: ['electrician'] },
  { name: '王大明', region: '141123', birth: '1985-05-05', phone: '13900005678', priority: false, industries: ['construction'], certificates: [] },
  { name: '李红', region: '141124', birth: '2000-02-02', phone: null, priority: true, industries: ['electronics', 'logistics'], certificates: ['welder'] },
  { name: '张三', region: '140213', birth: '1995-09-09', phone: '13700001234', priority: false, industries: [], certificates: ['electrician', 'welder'] },
  { name: '赵100%_', region: '140105', birth: '1978-12-12', phone: '13600009999', priority: true, industries: [], certificates: [] },
] as const;

describeEachDatabase('workers list: search, sort, filters', (ctx) => {
  let campaignId = '';
  const idNumbers: string[] = [];
  beforeAll(async () => {
    const campaign = await insertCampaign(ctx().db, { name: '列表测试', target: 10, region_code: '140000', start_date: '2021-01-06', end_date: null });
    campaignId = campaign.id;
    PEOPLE.forEach((p, i) => idNumbers.push(makeIdNumber(p.region, p.birth, 101 + i * 2)));
    await upsertWorkers(ctx().db, campaignId, PEOPLE.map((p, i) => sealWorker(ctx().vault, {
      name: p.name, idNumber: idNumbers[i], birthDate: p.birth, gender: 'male', phone: p.phone, regionCode: p.region, priority: p.priority,
      certificates: [...p.certificates], industries: [...p.industries], destinations: [], minWage: 0,
    })), { actor: 'test', source: 'test' });
  });

  const province = { kind: 'region', prefix: '14' } as const;
  const names = async (filter: Omit<WorkerFilter, 'campaignId'>, scope: Parameters<typeof listWorkers>[1] = province) =>
    (await listWorkers(ctx().db, scope, { ...filter, campaignId }, { limit: 50, offset: 0 }, { sort: 'name' })).items.map((w) => w.name).sort();
  const search = (q: string) => interpretSearch(q, ctx().vault.blindIndex);

  it('finds names, whole and last digits of identity numbers and phones, and masks as shown', async () => {
    expect(await names({ search: search('王') })).toEqual(['王大明', '王小明']);
    expect(await names({ search: search('100%') })).toEqual(['赵100%_']); // LIKE wildcards match themselves
    expect(await names({ search: search('%') })).toEqual(['赵100%_']);
    expect(await names({ search: search(idNumbers[2]) })).toEqual(['李红']);
    expect(await names({ search: search(idNumbers[2].toLowerCase().replace(/x$/, 'x')) })).toEqual(['李红']);
    expect(await names({ search: search('138 0000 1234') })).toEqual(['王小明']);
    expect(await names({ search: search('1234') })).toEqual(['张三', '王小明'].sort()); // both phones end in 1234
    expect(await names({ search: search(idNumbers[3].slice(-4)) })).toContain('张三');
    expect(await names({ search: search(idNumbers[3].slice(-3)) })).toContain('张三');
    expect(await names({ search: search(`${idNumbers[0].slice(0, 4)}**********${idNumbers[0].slice(14)}`) })).toEqual(['王小明']);
    expect(await names({ search: search('139****5678') })).toEqual(['王大明']);
    // More digits than a mask keeps can't be told apart from anyone: nobody.
    expect(await names({ search: search('001234') })).toEqual([]);
    // A whole number with a wrong check digit finds nobody, not somebody else.
    const wrong = `${idNumbers[1].slice(0, 17)}${idNumbers[1][17] === '0' ? '1' : '0'}`;
    expect(await names({ search: search(wrong) })).toEqual([]);
  });

  it('filters by region, priority, status, industry and certificate, never beyond the scope', async () => {
    expect(await names({ region: '1411' })).toEqual(['李红', '王大明', '王小明'].sort());
    expect(await names({ priority: true })).toEqual(['李红', '王小明', '赵100%_'].sort());
    expect(await names({ industry: 'electronics' })).toEqual(['李红', '王小明'].sort());
    expect(await names({ certificate: 'electrician' })).toEqual(['张三', '王小明'].sort());
    expect(await names({ certificate: 'welder', priority: true })).toEqual(['李红']);
    expect(await names({ status: 'registered' })).toHaveLength(5);
    expect(await names({ status: 'withdrawn' })).toEqual([]);
    const county = { kind: 'region', prefix: '141123' } as const;
    expect(await names({ search: search('1234') }, county)).toEqual(['王小明']);
    expect(await names({ region: '14', certificate: 'welder' }, county)).toEqual([]);
    expect(await names({ region: '32' })).toEqual([]);
  });

  it('sorts by every column both ways and pages without overlap', async () => {
    const expected: Record<WorkerSort, (a: (typeof PEOPLE)[number], b: (typeof PEOPLE)[number]) => number> = {
      name: (a, b) => (a.name < b.name ? -1 : 1),
      age: (a, b) => (a.birth > b.birth ? -1 : 1), // youngest first
      county: (a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0),
      status: () => 0,
      registeredAt: () => 0,
    };
    for (const sort of ['name', 'age', 'county', 'status', 'registeredAt'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        const pages = [];
        for (let offset = 0; offset < 6; offset += 2) {
          const page = await listWorkers(ctx().db, province, { campaignId }, { limit: 2, offset }, { sort, order });
          expect(page.total).toBe(5);
          pages.push(...page.items);
        }
        expect(new Set(pages.map((w) => w.id)).size, `${sort} ${order}`).toBe(5);
        if (sort === 'name' || sort === 'age') {
          const want = [...PEOPLE].sort(expected[sort]).map((p) => p.name);
          expect(pages.map((w) => w.name), `${sort} ${order}`).toEqual(order === 'asc' ? want : want.reverse());
        }
        if (sort === 'county') {
          const regions = pages.map((w) => w.regionCode);
          expect(regions).toEqual([...regions].sort((a, b) => (order === 'asc' ? a.localeCompare(b) : b.localeCompare(a))));
        }
      }
    }
    // Past the last page: no rows, the total still right.
    expect(await listWorkers(ctx().db, province, { campaignId }, { limit: 2, offset: 10 })).toEqual({ total: 5, items: [] });
  });
});
