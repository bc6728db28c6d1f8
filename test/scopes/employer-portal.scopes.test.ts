// The employer portal's routes by role, and the flow behind them on both databases: an
// employer posts a vacancy (pending, not used by allocation), an officer approves it, the
// employer confirms or declines proposed workers, and never reaches another employer's.
import { beforeAll, expect, it } from 'vitest';
import { loadCampaignJobs } from '../../src/allocation/allocation.repository.js';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];

type VacancyJson = Record<string, unknown> & { id: string; siteCode: string; campaignId: string; employerId: string };

describeEachDatabase('employer portal routes by role', (ctx) => {
  const world = useWorld(ctx);
  let own: VacancyJson;
  let posted = '';

  beforeAll(async () => {
    const w = world();
    own = (await w.request('admin', 'GET', `/api/jobs/${w.jobs.own}`)).json() as VacancyJson;
    for (const worker of [w.workers.B, w.workers.D]) {
      await w.ctx.db.insertInto('assignments').values({
        province: '14', worker_id: worker, campaign_id: w.campaignId, job_province: own.siteCode.slice(0, 2), job_id: own.id, status: 'proposed', run_id: null, value: 90,
      }).execute();
    }
    const { id: _id, employerName: _n, creditCode: _c, contactPhoneMasked: _m, siteName: _s, approval: _a, approvalReason: _r, ...fields } = own;
    const response = await w.request('employer', 'POST', '/api/jobs', {
      ...fields, title: '新发布岗位', contactPhone: null, siteAddress: '吴中大道 1 号', accommodation: 'provided', meals: 'allowance',
    });
    expect(response.statusCode, response.body).toBe(200);
    posted = (response.json() as VacancyJson).id;
  });

  it('a posted vacancy keeps its housing, meals and address, and shows as pending', async () => {
    const read = (await world().request('employer', 'GET', `/api/jobs/${posted}`)).json();
    expect(read).toMatchObject({ approval: 'pending', approvalReason: null, siteAddress: '吴中大道 1 号', accommodation: 'provided', meals: 'allowance' });
    const bad = await world().request('employer', 'PATCH', `/api/jobs/${posted}`, { meals: 'sometimes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('meals');
  });

  it(covers('GET /api/employer/vacancies'), async () => {
    const w = world();
    for (const role of ROLES) {
      const response = await w.request(role, 'GET', '/api/employer/vacancies');
      expect(response.statusCode, role).toBe(role === 'anonymous' ? 401 : role === 'employer' ? 200 : 403);
    }
    const list = (await w.request('employer', 'GET', '/api/employer/vacancies?pageSize=500')).json() as {
      total: number; items: { id: string; employerId: string; approval: string; people: { proposed: number; confirmed: number; onTrip: number } }[];
    };
    expect(list.items.every((v) => v.employerId === w.employers.own)).toBe(true);
    expect(list.items.map((v) => v.id)).toEqual(expect.arrayContaining([own.id, posted]));
    expect(list.items.map((v) => v.id)).not.toContain(w.jobs.other);
    expect(list.items.find((v) => v.id === posted)?.approval).toBe('pending');
    // B and D proposed above, A confirmed by the world.
    const counts = list.items.find((v) => v.id === own.id)?.people;
    expect((counts?.proposed ?? 0) + (counts?.confirmed ?? 0) + (counts?.onTrip ?? 0)).toBeGreaterThanOrEqual(2);
    expect(counts?.proposed).toBeGreaterThanOrEqual(2);
  });

  it('the workers of its vacancy come with age, certificates and masked phone; another employer\'s are not found', async () => {
    const w = world();
    const response = await w.request('employer', 'GET', `/api/jobs/${own.id}/workers`);
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: Record<string, unknown>[] }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toHaveProperty('age');
      expect(typeof item.age).toBe('number');
      expect(Array.isArray(item.certificates)).toBe(true);
      expect(item).toHaveProperty('expectedArrival');
      expect(String(item.idMasked)).toContain('*');
      if (item.phoneMasked) expect(String(item.phoneMasked)).toContain('*');
    }
    expect((await w.request('employer', 'GET', `/api/jobs/${w.jobs.other}/workers`)).statusCode).toBe(404);
  });

  it('a posted vacancy waits for approval and allocation leaves it out', async () => {
    const jobs = await loadCampaignJobs(world().ctx.db, world().campaignId);
    expect(jobs.some((j) => j.id === posted)).toBe(false);
    expect(jobs.some((j) => j.id === own.id)).toBe(true);
  });

  it(covers('GET /api/job-approvals'), async () => {
    for (const role of ROLES) {
      const response = await world().request(role, 'GET', '/api/job-approvals');
      const reviewer = role === 'admin' || role === 'shanxi';
      expect(response.statusCode, role).toBe(role === 'anonymous' ? 401 : reviewer ? 200 : 403);
      if (reviewer) expect((response.json() as { items: { id: string }[] }).items.map((i) => i.id), role).toContain(posted);
    }
  });

  it(covers('POST /api/jobs/{id}/review'), async () => {
    for (const role of ['anonymous', 'employer', 'worker', 'checkin-taiyuan', 'lvliang', 'xingxian'] as const) {
      const response = await world().request(role, 'POST', `/api/jobs/${posted}/review`, { approve: true });
      expect(response.statusCode, role).toBe(role === 'anonymous' ? 401 : 403);
    }
    const noReason = await world().request('shanxi', 'POST', `/api/jobs/${posted}/review`, { approve: false });
    expect(noReason.statusCode).toBe(400);
    const rejected = await world().request('shanxi', 'POST', `/api/jobs/${posted}/review`, { approve: false, reason: '工资低于最低标准' });
    expect(rejected.json()).toMatchObject({ approval: 'rejected', approvalReason: '工资低于最低标准' });
    const approved = await world().request('shanxi', 'POST', `/api/jobs/${posted}/review`, { approve: true });
    expect(approved.json()).toMatchObject({ approval: 'approved' });
    const jobs = await loadCampaignJobs(world().ctx.db, world().campaignId);
    expect(jobs.some((j) => j.id === posted)).toBe(true);
    const audit = await world().ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', posted).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['job.reject', 'job.approve']));
    // Another employer's vacancy outside the officer's region: not found.
    const other = await world().request('employer', 'POST', `/api/jobs/${world().jobs.other}/review`, { approve: true });
    expect(other.statusCode).toBe(403);
  });

  it(covers('POST /api/jobs/{id}/workers/{workerId}/decision'), async () => {
    const w = world();
    const url = (job: string, worker: string) => `/api/jobs/${job}/workers/${worker}/decision`;
    for (const role of ['anonymous', 'worker', 'checkin-taiyuan'] as const) {
      const response = await w.request(role, 'POST', url(own.id, w.workers.B), { confirm: true });
      expect(response.statusCode, role).toBe(role === 'anonymous' ? 401 : 404);
    }
    // The other employer's vacancy, and a confirmed (not proposed) worker: not found.
    expect((await w.request('employer', 'POST', url(w.jobs.other, w.workers.B), { confirm: true })).statusCode).toBe(404);
    expect((await w.request('employer', 'POST', url(own.id, w.workers.A), { confirm: true })).statusCode).toBe(404);
    expect((await w.request('employer', 'POST', url(own.id, w.workers.D), { confirm: false })).statusCode).toBe(400);
    const confirmed = await w.request('employer', 'POST', url(own.id, w.workers.B), { confirm: true });
    expect(confirmed.json()).toEqual({ status: 'confirmed' });
    const declined = await w.request('employer', 'POST', url(own.id, w.workers.D), { confirm: false, reason: '缺少健康证' });
    expect(declined.json()).toEqual({ status: 'declined' });
    const rows = await w.ctx.db.selectFrom('assignments').select(['worker_id', 'status']).where('job_id', '=', own.id).execute();
    expect(rows.find((r) => r.worker_id === w.workers.B)?.status).toBe('confirmed');
    expect(rows.find((r) => r.worker_id === w.workers.D)?.status).toBe('withdrawn');
    const journey = await w.ctx.db.selectFrom('worker_events').select(['type', 'data']).where('worker_id', '=', w.workers.D).execute();
    expect(journey.find((e) => e.type === 'declined_by_employer')?.data).toMatchObject({ reason: '缺少健康证' });
    // Declined twice: no longer proposed, so not found.
    expect((await w.request('employer', 'POST', url(own.id, w.workers.D), { confirm: false, reason: 'x' })).statusCode).toBe(404);
  });

  it(covers('GET /api/jobs/{id}/confirmed.xlsx'), async () => {
    for (const role of ROLES) {
      for (const which of ['own', 'other'] as const) {
        const response = await world().request(role, 'GET', `/api/jobs/${world().jobs[which]}/confirmed.xlsx`);
        if (role === 'anonymous') expect(response.statusCode).toBe(401);
        else if (role === 'employer') expect(response.statusCode, which).toBe(which === 'own' ? 200 : 404);
        else if (role === 'checkin-taiyuan') expect(response.statusCode).toBe(404);
      }
    }
    const file = await world().request('employer', 'GET', `/api/jobs/${world().jobs.own}/confirmed.xlsx`);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
