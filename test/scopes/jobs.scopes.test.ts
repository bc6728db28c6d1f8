// Who may see and change which employer and vacancy, and who sees which people on a
// vacancy's page: every new jobs/employers route, as every role, with records inside and
// outside that role's reach. Outside answers 404; a record in reach that the role may
// only read answers 403 to a change.
import { beforeAll, expect, it } from 'vitest';
import { makeCreditCode } from '../../src/core/credit-code.js';
import { describeEachDatabase } from '../db.js';
import { signIn, TEST_PASSWORD } from '../session.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];
const OFFICERS: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian'];
const MISSING = '00000000-0000-4000-8000-000000000000';

type VacancyJson = { id: string; siteCode: string; industry: string; title: string; headcount: number; campaignId: string };

describeEachDatabase('employer and vacancy routes by role', (ctx) => {
  const world = useWorld(ctx);
  // A vacancy of another province's campaign (Henan): only the administrator reaches it.
  let henanJob = '';
  let ownJob: VacancyJson;

  beforeAll(async () => {
    const w = world();
    const employer = await w.ctx.db.insertInto('employers').values({ credit_code: makeCreditCode('410102', 77), name: '郑州测试厂', region_code: '410102' })
      .returning('id').executeTakeFirstOrThrow();
    const job = await w.ctx.db.insertInto('jobs').values({
      province: '41', campaign_id: w.otherCampaignId, employer_id: employer.id, site_code: '410102', title: '普工', industry: 'catering',
      headcount: 5, wage: 4000, certificates: [], content_hash: 'x',
    }).returning('id').executeTakeFirstOrThrow();
    henanJob = job.id;
    ownJob = (await w.request('admin', 'GET', `/api/jobs/${w.jobs.own}`)).json() as VacancyJson;
    // Worker B (Datong) is proposed for the employer's vacancy too, beside A (Xing county, confirmed).
    await w.ctx.db.insertInto('assignments').values({
      province: '14', worker_id: w.workers.B, campaign_id: w.campaignId, job_province: ownJob.siteCode.slice(0, 2), job_id: ownJob.id,
      status: 'proposed', run_id: null, value: 100,
    }).execute();
  });

  it(covers('GET /api/jobs/{id}'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', `/api/jobs/${henanJob}`);
      // Another province's campaign is out of every officer's reach but the administrator's.
      expect(response.statusCode, role).toBe(role === 'anonymous' ? 401 : role === 'admin' ? 200 : 404);
    }
    const listed = (await world().request('shanxi', 'GET', '/api/jobs?pageSize=500&region=41')).json() as { total: number };
    expect(listed.total).toBe(0);
  });

  it(covers('GET /api/employers/{id}'), async () => {
    for (const role of ROLES) {
      for (const which of ['own', 'other'] as const) {
        const response = await world().request(role, 'GET', `/api/employers/${world().employers[which]}`);
        const expected = role === 'anonymous' ? 401 : role === 'checkin-taiyuan' ? 404 : role === 'employer' && which === 'other' ? 404 : 200;
        expect(response.statusCode, `${role} → ${which}`).toBe(expected);
        if (expected === 200) {
          const body = response.json() as Record<string, unknown>;
          expect(Object.keys(body).every((key) => !key.includes('_')), 'camelCase keys').toBe(true);
          expect(body.id).toBe(world().employers[which]);
        }
      }
      const missing = await world().request(role, 'GET', `/api/employers/${MISSING}`);
      expect(missing.statusCode).toBe(role === 'anonymous' ? 401 : 404);
    }
  });

  it(covers('POST /api/employers'), async () => {
    let seed = 1000;
    for (const role of ROLES) {
      const creditCode = makeCreditCode('320506', (seed += 1));
      const response = await world().request(role, 'POST', '/api/employers', { creditCode, name: `苏州${role}电子厂` });
      const expected = role === 'anonymous' ? 401 : OFFICERS.includes(role) ? 200 : 403;
      expect(response.statusCode, role).toBe(expected);
      if (expected !== 200) continue;
      const body = response.json() as { id: string; creditCode: string; regionCode: string };
      expect(body.creditCode).toBe(creditCode);
      expect(body.regionCode).toBe('320506');
      const audit = await world().ctx.db.selectFrom('audit_log').select(['actor_login', 'action']).where('entity_id', '=', body.id).execute();
      expect(audit).toEqual([{ actor_login: role, action: 'employer.create' }]);
    }
  });

  it('refuses a bad credit code naming the field in both languages, and a taken one with 409', async () => {
    const bad = await world().request('shanxi', 'POST', '/api/employers', { creditCode: '91320506MA1X2Y3Z4A', name: '坏代码厂' });
    expect(bad.statusCode).toBe(400);
    const problem = bad.json() as { field: string; zh: string; en: string };
    expect(problem.field).toBe('creditCode');
    expect(problem.zh).toMatch(/统一社会信用代码/);
    expect(problem.en).toMatch(/credit code/);
    const typo = makeCreditCode('320506', 5).slice(0, 17) + (makeCreditCode('320506', 5).endsWith('1') ? '2' : '1');
    const checksum = (await world().request('shanxi', 'POST', '/api/employers', { creditCode: typo, name: '校验位厂' })).json() as { field: string; en: string };
    expect(checksum).toMatchObject({ field: 'creditCode' });
    expect(checksum.en).toMatch(/checksum/);
    const own = (await world().request('admin', 'GET', `/api/employers/${world().employers.own}`)).json() as { creditCode: string };
    const taken = await world().request('shanxi', 'POST', '/api/employers', { creditCode: own.creditCode, name: '重复厂' });
    expect(taken.statusCode).toBe(409);
    expect((taken.json() as { field: string }).field).toBe('creditCode');
    const missingCsrf = await world().app.inject({
      method: 'POST', url: '/api/employers', payload: { creditCode: makeCreditCode('320506', 9), name: '无令牌厂' },
      headers: { cookie: world().sessions.shanxi.cookie },
    });
    expect(missingCsrf.statusCode).toBe(403);
  });

  it(covers('PATCH /api/employers/{id}'), async () => {
    for (const role of ROLES) {
      for (const which of ['own', 'other'] as const) {
        const id = world().employers[which];
        const before = (await world().request('admin', 'GET', `/api/employers/${id}`)).json() as { name: string };
        const response = await world().request(role, 'PATCH', `/api/employers/${id}`, { name: before.name });
        const visible = role !== 'checkin-taiyuan' && !(role === 'employer' && which === 'other');
        const expected = role === 'anonymous' ? 401 : !visible ? 404 : OFFICERS.includes(role) ? 200 : 403;
        expect(response.statusCode, `${role} → ${which}`).toBe(expected);
      }
      const missing = await world().request(role, 'PATCH', `/api/employers/${MISSING}`, { name: '无' });
      expect(missing.statusCode).toBe(role === 'anonymous' ? 401 : 404);
    }
    const renamed = await world().request('xingxian', 'PATCH', `/api/employers/${world().employers.other}`, { name: '  新名称  有限公司 ' });
    expect((renamed.json() as { name: string }).name).toBe('新名称 有限公司');
    const audit = await world().ctx.db.selectFrom('audit_log').select(['before', 'after']).where('action', '=', 'employer.update')
      .where('actor_login', '=', 'xingxian').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect((audit.after as { name: string }).name).toBe('新名称 有限公司');
    expect((audit.before as { name: string }).name).not.toBe('新名称 有限公司');
    const bad = await world().request('xingxian', 'PATCH', `/api/employers/${world().employers.other}`, { creditCode: '12345' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { field: string; zh: string }).field).toBe('creditCode');
  });

  it(covers('POST /api/jobs'), async () => {
    for (const role of ROLES) {
      const body = {
        campaignId: world().campaignId, employerId: world().employers.other, siteCode: ownJob.siteCode, title: `新岗位 ${role}`,
        industry: ownJob.industry, headcount: 12, wage: 5200, wageMax: 6800, certificates: [], ageMin: 18, ageMax: 45,
        contactName: '王经理', contactPhone: '0512-6789 1234', startDate: '2021-02-20',
      };
      const response = await world().request(role, 'POST', '/api/jobs', body);
      // An employer posts for itself only (employer-portal.scopes.test.ts): another's is not found.
      const expected = role === 'anonymous' ? 401 : OFFICERS.includes(role) ? 200 : role === 'employer' ? 404 : 403;
      expect(response.statusCode, role).toBe(expected);
      const henan = await world().request(role, 'POST', '/api/jobs', { ...body, campaignId: world().otherCampaignId, siteCode: '410102', title: `豫岗 ${role}` });
      expect(henan.statusCode, `${role} henan`).toBe(role === 'anonymous' ? 401 : role === 'admin' ? 200 : OFFICERS.includes(role) || role === 'employer' ? 404 : 403);
      if (expected !== 200) continue;
      const created = response.json() as VacancyJson & { contactPhoneMasked: string };
      expect(created).toMatchObject({ title: `新岗位 ${role}`, headcount: 12 });
      expect(created.contactPhoneMasked).not.toContain('6789 1234');
      const again = await world().request(role, 'POST', '/api/jobs', body);
      expect(again.statusCode, `${role} twice`).toBe(409);
    }
    const problems = await world().request('shanxi', 'POST', '/api/jobs', {
      campaignId: world().campaignId, employerId: world().employers.other, siteCode: ownJob.siteCode, title: '倒挂', industry: ownJob.industry,
      headcount: 3, wage: 6000, wageMax: 5000, certificates: [], ageMin: null, ageMax: null, contactName: null, contactPhone: null, startDate: null,
    });
    expect(problems.statusCode).toBe(400);
    expect(problems.json()).toMatchObject({ field: 'wageMax', zh: '月薪上限不能低于下限' });
  });

  it(covers('PATCH /api/jobs/{id}'), async () => {
    for (const role of ROLES) {
      const own = await world().request(role, 'PATCH', `/api/jobs/${ownJob.id}`, { headcount: ownJob.headcount });
      // The employer edits its own vacancy (it then waits for approval again).
      const ownExpected = role === 'anonymous' ? 401 : role === 'checkin-taiyuan' ? 404 : OFFICERS.includes(role) || role === 'employer' ? 200 : 403;
      expect(own.statusCode, `${role} own`).toBe(ownExpected);
      const henan = await world().request(role, 'PATCH', `/api/jobs/${henanJob}`, { headcount: 6 });
      expect(henan.statusCode, `${role} henan`).toBe(role === 'anonymous' ? 401 : role === 'admin' ? 200 : 404);
    }
    const changed = await world().request('lvliang', 'PATCH', `/api/jobs/${ownJob.id}`, { headcount: ownJob.headcount + 1, startDate: '2021-03-01' });
    expect(changed.json()).toMatchObject({ headcount: ownJob.headcount + 1, startDate: '2021-03-01' });
    const audit = await world().ctx.db.selectFrom('audit_log').select(['before', 'after', 'region_code']).where('action', '=', 'job.update')
      .where('actor_login', '=', 'lvliang').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect((audit.before as { headcount: number }).headcount).toBe(ownJob.headcount);
    expect((audit.after as { headcount: number }).headcount).toBe(ownJob.headcount + 1);
    expect(audit.region_code).toBe('1411');
    const elsewhere = await world().request('lvliang', 'PATCH', `/api/jobs/${ownJob.id}`, { siteCode: '410102' });
    expect(elsewhere.json()).toMatchObject({ field: 'siteCode' });
    const badDate = await world().request('lvliang', 'PATCH', `/api/jobs/${ownJob.id}`, { startDate: '2021-02-30' });
    expect(badDate.json()).toMatchObject({ field: 'body.startDate' });
    await world().request('lvliang', 'PATCH', `/api/jobs/${ownJob.id}`, { headcount: ownJob.headcount });
  });

  it(covers('GET /api/jobs/{id}/workers'), async () => {
    const REACH: Record<RoleLogin, string[]> = {
      admin: ['A', 'B'], shanxi: ['A', 'B'], lvliang: ['A'], xingxian: ['A'], employer: ['A', 'B'], 'checkin-taiyuan': [], worker: [], anonymous: [],
    };
    const names = (key: string) => `标记${key}`;
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', `/api/jobs/${ownJob.id}/workers`);
      const expected = role === 'anonymous' ? 401 : role === 'checkin-taiyuan' ? 404 : 200;
      expect(response.statusCode, role).toBe(expected);
      if (expected !== 200) continue;
      const body = response.json() as { items: { name: string; idMasked: string; county: string; stage: string }[]; counts: Record<string, number> };
      expect(body.items.map((w) => w.name).filter((n) => n.startsWith('标记')).sort(), role).toEqual(REACH[role].map(names));
      for (const item of body.items) expect(item.idMasked).toMatch(/\*/);
      const a = body.items.find((w) => w.name === names('A'));
      if (a) expect(a).toMatchObject({ county: '兴县', stage: 'confirmed' });
      const b = body.items.find((w) => w.name === names('B'));
      if (b) expect(b.stage).toBe('proposed');
      const henan = await world().request(role, 'GET', `/api/jobs/${henanJob}/workers`);
      expect(henan.statusCode, `${role} henan`).toBe(role === 'admin' ? 200 : role === 'anonymous' ? 401 : 404);
    }
    // A county officer next door sees the vacancy but none of Xing county's people on it.
    const linxian = await signIn(world().app, 'linxian', TEST_PASSWORD);
    const seen = await world().app.inject({ method: 'GET', url: `/api/jobs/${ownJob.id}/workers`, headers: { cookie: linxian.cookie } });
    expect((seen.json() as { items: { name: string }[] }).items.filter((w) => w.name.startsWith('标记'))).toEqual([]);
  });
});
