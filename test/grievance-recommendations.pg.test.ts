// Allocation's recommendations flag an employer with open grievances past their deadline
// (issue 14), on both databases: the vacancy is still recommended, with a warning in zh/en;
// the same employer is not flagged once the grievance is taken in hand in time, nor is a
// second employer with no grievance, nor one whose grievance is still within its deadline.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { jobRecommendations, workerRecommendations } from '../src/allocation/recommendations.service.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { insertCampaign } from '../src/campaigns/campaigns.repository.js';
import { makeCreditCode } from '../src/core/credit-code.js';
import { makeIdNumber } from '../src/core/id-number.js';
import { dueAt } from '../src/grievances/grievance.rules.js';
import { insertGrievance, moveGrievance } from '../src/grievances/grievances.repository.js';
import { sealWorker } from '../src/workers/workers.import.js';
import { upsertWorkers } from '../src/workers/workers.repository.js';
import { describeEachDatabase } from './db.js';

describeEachDatabase('recommendations flag employers with overdue grievances', (ctx) => {
  async function setUp() {
    const db = ctx().db;
    const campaign = await insertCampaign(db, { name: `推荐提示 ${randomUUID()}`, target: 10, region_code: '140000', start_date: '2021-01-06', end_date: null });
    const serial = Math.floor(Math.random() * 400) * 2 + 1;
    await upsertWorkers(db, campaign.id, [0, 1].map((i) => sealWorker(ctx().vault, {
      name: `推荐${serial}-${i}`, idNumber: makeIdNumber('141123', '1990-01-01', serial + i * 2), birthDate: '1990-01-01', gender: 'male', phone: null,
      regionCode: '141123', priority: false, certificates: [], industries: [], destinations: [], minWage: 0,
    })), { actor: 'test', source: 'test' });
    const workers = await db.selectFrom('workers').select(['id', 'region_code']).where('campaign_id', '=', campaign.id).orderBy('id').execute();
    const employers = await db.insertInto('employers').values([
      { credit_code: makeCreditCode('320506', serial), name: '逾期厂', region_code: '320506' },
      { credit_code: makeCreditCode('320506', serial + 1), name: '守时厂', region_code: '320506' },
    ]).returning('id').execute();
    const jobs = await db.insertInto('jobs').values(employers.map((e, i) => ({
      province: '32', campaign_id: campaign.id, employer_id: e.id, site_code: '320506', title: `普工${i}`, industry: 'manufacturing',
      headcount: 5, wage: 5000, certificates: [], content_hash: `h${i}`,
    }))).returning(['id', 'employer_id']).execute();
    const file = (over: { dueAt: Date; employerId: string }) => insertGrievance(db, {
      province: '14', workerId: workers[0].id, campaignId: campaign.id, regionCode: '141123', employerId: over.employerId, jobProvince: null, jobId: null,
      category: 'unpaid_wages', descriptionEnc: ctx().vault.encrypt('工资未发'), dueAt: over.dueAt, reportedBy: 'worker', actorRole: 'worker', clientId: null,
    });
    return { db, campaign, workers, employers, jobs, file };
  }

  it('warns beside the late employer\'s vacancy, in Chinese and English, and only there', async () => {
    const { workers, employers, jobs, file } = await setUp();
    const past = new Date(Date.now() - 3 * 86_400_000);
    await file({ dueAt: past, employerId: employers[0].id });
    await file({ dueAt: past, employerId: employers[0].id });
    // Within its deadline: not a reason to warn.
    await file({ dueAt: dueAt('received', new Date()) as Date, employerId: employers[1].id });

    const rec = await workerRecommendations(ctx(), CLI_ACTOR, workers[1].id, 5);
    const late = rec.items.find((i) => i.job === jobs[0].id);
    const onTime = rec.items.find((i) => i.job === jobs[1].id);
    expect(late, 'the late employer is still recommended').toBeDefined();
    expect(late?.warning).toEqual({ zh: '用人单位有 2 件投诉逾期未处理', en: 'the employer has 2 grievances open past the deadline' });
    expect(onTime).toBeDefined();
    expect(onTime?.warning).toBeUndefined();

    expect((await jobRecommendations(ctx(), CLI_ACTOR, jobs[0].id, 5)).warning?.zh).toBe('用人单位有 2 件投诉逾期未处理');
    expect((await jobRecommendations(ctx(), CLI_ACTOR, jobs[1].id, 5)).warning).toBeUndefined();
  });

  it('drops the warning once the employer takes the grievance in hand', async () => {
    const { db, campaign, workers, employers, jobs, file } = await setUp();
    const { id } = await file({ dueAt: new Date(Date.now() - 86_400_000), employerId: employers[0].id });
    expect((await workerRecommendations(ctx(), CLI_ACTOR, workers[1].id, 5)).items.find((i) => i.job === jobs[0].id)?.warning?.en)
      .toBe('the employer has 1 grievance open past the deadline');
    await moveGrievance(db, { province: '14', id }, {
      from: 'received', to: 'in_hand', dueAt: dueAt('in_hand', new Date()), actor: 'employer', actorRole: 'employer', noteEnc: null,
      worker: { province: '14', id: workers[0].id, campaignId: campaign.id },
    });
    expect((await workerRecommendations(ctx(), CLI_ACTOR, workers[1].id, 5)).items.find((i) => i.job === jobs[0].id)?.warning).toBeUndefined();
  });
});
