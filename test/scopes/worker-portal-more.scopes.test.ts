// The rest of the phone pages' routes by role: registration (a ticket or an officer of the
// county, nobody else), one published vacancy and the interest mark (the worker, or an
// officer acting for one), and who may read the interest marks of a vacancy (its employer
// and officers, never another employer or a worker).
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const registration = (regionCode: string) => ({
  name: '代办测试', idNumber: '11010519491231002X', regionCode, industries: [], destinations: [], minWage: 0, certificates: [], consent: true, phone: '13900002222',
});

describeEachDatabase('more worker phone page routes by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('POST /api/m/register'), async () => {
    const w = world();
    // Without a ticket, only an officer may register someone, and only inside their region.
    expect((await w.request('anonymous', 'POST', '/api/m/register', registration('141123'))).statusCode).toBe(401);
    for (const role of ['employer', 'checkin-taiyuan', 'worker'] as RoleLogin[]) {
      const answer = await w.request(role, 'POST', '/api/m/register', registration('141123'));
      expect([401, 403], role).toContain(answer.statusCode);
    }
    const outside = await w.request('xingxian', 'POST', '/api/m/register', registration('140105'));
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ field: 'regionCode' });
    const before = await w.ctx.db.selectFrom('workers').select('id').where('name', '=', '代办测试').execute();
    expect(before).toHaveLength(0);
  });

  it(covers('GET /api/m/vacancies/{id}', 'PUT /api/m/vacancies/{id}/interest', 'GET /api/jobs/{id}/interested'), async () => {
    const w = world();
    const job = w.jobs.own;
    const detail = await w.request('worker', 'GET', `/api/m/vacancies/${job}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const marked = await w.request('worker', 'PUT', `/api/m/vacancies/${job}/interest`, { interested: true });
    expect(marked.statusCode, marked.body).toBe(200);
    for (const role of ['anonymous'] as RoleLogin[]) {
      expect((await w.request(role, 'GET', `/api/m/vacancies/${job}`)).statusCode).toBe(401);
      expect((await w.request(role, 'PUT', `/api/m/vacancies/${job}/interest`, { interested: true })).statusCode).toBe(401);
    }
    for (const role of ['employer', 'checkin-taiyuan'] as RoleLogin[]) {
      expect((await w.request(role, 'GET', `/api/m/vacancies/${job}?worker=${w.workers.A}`)).statusCode, role).toBe(403);
      expect((await w.request(role, 'PUT', `/api/m/vacancies/${job}/interest?worker=${w.workers.A}`, { interested: true })).statusCode, role).toBe(403);
    }
    // A worker cannot mark on someone else's behalf; an officer out of reach gets not found.
    expect((await w.request('worker', 'PUT', `/api/m/vacancies/${job}/interest?worker=${w.workers.A}`, { interested: true })).statusCode).toBe(404);
    expect((await w.request('xingxian', 'GET', `/api/m/vacancies/${job}?worker=${w.workers.B}`)).statusCode).toBe(404);

    // The interest marks: the vacancy's employer and officers see them, another employer's vacancy is not found.
    const own = await w.request('employer', 'GET', `/api/jobs/${job}/interested`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.body).not.toMatch(/\d{17}[\dX]/);
    expect((await w.request('employer', 'GET', `/api/jobs/${w.jobs.other}/interested`)).statusCode).toBe(404);
    expect((await w.request('shanxi', 'GET', `/api/jobs/${job}/interested`)).statusCode).toBe(200);
    for (const role of ['worker', 'checkin-taiyuan'] as RoleLogin[]) {
      expect((await w.request(role, 'GET', `/api/jobs/${job}/interested`)).statusCode, role).toBe(403);
    }
    expect((await w.request('anonymous', 'GET', `/api/jobs/${job}/interested`)).statusCode).toBe(401);
  });
});
