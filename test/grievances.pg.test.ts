// The grievances store (migration 0016) on both databases: filing is idempotent by client
// id and journaled; a move happens once when two people press at once; the history cannot
// be rewritten; overdue counts by employer see only grievances still waiting past their
// deadline, and the reach predicate keeps one county's grievances from the next.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { insertCampaign } from '../src/campaigns/campaigns.repository.js';
import { makeIdNumber } from '../src/core/id-number.js';
import { dueAt } from '../src/grievances/grievance.rules.js';
import {
  countsByEmployer, findGrievance, insertGrievance, listGrievances, moveGrievance, type NewGrievance, overdueByEmployer,
} from '../src/grievances/grievances.repository.js';
import { sealWorker } from '../src/workers/workers.import.js';
import { upsertWorkers } from '../src/workers/workers.repository.js';
import { describeEachDatabase } from './db.js';

describeEachDatabase('grievances store (0016)', (ctx) => {
  async function setUp() {
    const db = ctx().db;
    const campaign = await insertCampaign(db, { name: `投诉测试 ${randomUUID()}`, target: 10, region_code: '140000', start_date: '2021-01-06', end_date: null });
    const serial = Math.floor(Math.random() * 400) * 2 + 1;
    await upsertWorkers(db, campaign.id, ['141123', '141124'].map((region, i) => sealWorker(ctx().vault, {
      name: `投诉人${serial}-${i}`, idNumber: makeIdNumber(region, '1990-01-01', serial + i * 2), birthDate: '1990-01-01', gender: 'male', phone: null,
      regionCode: region, priority: false, certificates: [], industries: [], destinations: [], minWage: 0,
    })), { actor: 'test', source: 'test' });
    const workers = await db.selectFrom('workers').select(['id', 'region_code']).where('campaign_id', '=', campaign.id).orderBy('region_code').execute();
    const employers = await db.insertInto('employers').values([
      { credit_code: `91320000${serial}A`.padEnd(18, '0').slice(0, 18), name: '甲公司', region_code: '320506' },
      { credit_code: `91320000${serial}B`.padEnd(18, '1').slice(0, 18), name: '乙公司', region_code: '320506' },
    ]).returning('id').execute();
    const grievance = (i: number, over: Partial<NewGrievance> = {}): NewGrievance => ({
      province: '14', workerId: workers[i].id, campaignId: campaign.id, regionCode: workers[i].region_code, employerId: employers[0].id,
      jobProvince: null, jobId: null, category: 'unpaid_wages', descriptionEnc: ctx().vault.encrypt('工资未发'), dueAt: dueAt('received', new Date()) as Date,
      reportedBy: 'worker', actorRole: 'worker', clientId: null, ...over,
    });
    return { db, campaign, workers, employers, grievance };
  }

  it('files once per client id, with the journey event', async () => {
    const { db, workers, grievance } = await setUp();
    const first = await insertGrievance(db, grievance(0, { clientId: 'tap-1' }));
    const second = await insertGrievance(db, grievance(0, { clientId: 'tap-1' }));
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const third = await insertGrievance(db, grievance(0, { clientId: 'tap-2' }));
    expect(third.id).not.toBe(first.id);
    const events = await db.selectFrom('worker_events').select('type').where('worker_id', '=', workers[0].id).where('type', '=', 'grievance_filed').execute();
    expect(events).toHaveLength(2);
    const stored = await db.selectFrom('grievances').select('description_enc').where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(stored.description_enc).not.toContain('工资');
    expect(ctx().vault.decrypt(stored.description_enc)).toBe('工资未发');
  });

  it('moves once under a race, and its history is append-only', async () => {
    const { db, workers, campaign, grievance } = await setUp();
    const { id } = await insertGrievance(db, grievance(0));
    const key = { province: '14', id };
    const move = (actor: string) => moveGrievance(db, key, {
      from: 'received', to: 'in_hand', dueAt: dueAt('in_hand', new Date()), actor, actorRole: 'county', noteEnc: null,
      worker: { province: '14', id: workers[0].id, campaignId: campaign.id },
    });
    const results = await Promise.all([move('a'), move('b'), move('c')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const history = await db.selectFrom('grievance_events').select(['state_to']).where('grievance_id', '=', id).orderBy('id').execute();
    expect(history.map((h) => h.state_to)).toEqual(['received', 'in_hand']);
    await expect(db.updateTable('grievance_events').set({ actor: 'someone' }).where('grievance_id', '=', id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('grievance_events').where('grievance_id', '=', id).execute()).rejects.toThrow(/append-only/);
  });

  it('counts overdue grievances by employer; reach follows the worker\'s home county', async () => {
    const { db, campaign, workers, employers, grievance } = await setUp();
    const past = new Date(Date.now() - 3 * 86_400_000);
    await insertGrievance(db, grievance(0, { dueAt: past }));
    await insertGrievance(db, grievance(1, { dueAt: past }));
    await insertGrievance(db, grievance(1));
    await insertGrievance(db, grievance(0, { employerId: employers[1].id }));
    const resolved = await insertGrievance(db, grievance(0, { dueAt: past }));
    await moveGrievance(db, { province: '14', id: resolved.id }, {
      from: 'received', to: 'in_hand', dueAt: past, actor: 'x', actorRole: 'county', noteEnc: null, worker: { province: '14', id: workers[0].id, campaignId: campaign.id },
    });
    await moveGrievance(db, { province: '14', id: resolved.id }, {
      from: 'in_hand', to: 'resolved', dueAt: past, actor: 'x', actorRole: 'county', noteEnc: null, worker: { province: '14', id: workers[0].id, campaignId: campaign.id },
    });
    const now = new Date();
    const overdue = await overdueByEmployer(db, [employers[0].id, employers[1].id], now);
    // Two past their deadline and still waiting; the resolved one waits on the worker, not the employer.
    expect(overdue.get(employers[0].id)).toBe(2);
    expect(overdue.has(employers[1].id)).toBe(false);

    const province = await countsByEmployer(db, { kind: 'region', prefix: '14' }, now, campaign.id);
    expect(province.find((r) => r.employer_id === employers[0].id)).toMatchObject({ total: 4, open: 3, overdue: 2 });
    const xing = await countsByEmployer(db, { kind: 'region', prefix: '141123' }, now, campaign.id);
    expect(xing.find((r) => r.employer_id === employers[0].id)).toMatchObject({ total: 2, open: 1, overdue: 1 });
    const jiangsu = await countsByEmployer(db, { kind: 'region', prefix: '32' }, now, campaign.id);
    expect(jiangsu).toEqual([]);

    const lin = await listGrievances(db, { kind: 'region', prefix: '141124' }, { campaignId: campaign.id }, { limit: 10, offset: 0 }, now);
    expect(lin.total).toBe(2);
    expect(lin.rows.every((r) => r.region_code === '141124')).toBe(true);
    const late = await listGrievances(db, { kind: 'region', prefix: '14' }, { campaignId: campaign.id, overdue: true }, { limit: 10, offset: 0 }, now);
    expect(late.total).toBe(2);
    const mine = await listGrievances(db, { kind: 'employer', employerId: employers[1].id }, {}, { limit: 10, offset: 0 }, now);
    expect(mine.total).toBe(1);
    expect(await findGrievance(db, { kind: 'employer', employerId: employers[1].id }, resolved.id)).toBeUndefined();
    expect(await findGrievance(db, { kind: 'worker', province: '14', workerId: workers[0].id }, resolved.id)).toBeDefined();
    expect(await findGrievance(db, { kind: 'worker', province: '14', workerId: workers[1].id }, resolved.id)).toBeUndefined();
  });
});
