// The arrivals desk's manifest by role: an employer gets only the riders bound for its own
// vacancies (not another employer's rider on the same day), officers the riders of their
// region, check-in staff and workers nothing (403), anonymous 401; a coach outside the
// caller's reach is not found; the manifest carries masked numbers and no boarding token.
import { expect, it } from 'vitest';
import type { ArrivalManifest } from '../../src/departure/manifest.schema.js';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld } from './world.js';

const DAY = '2021-01-06';

describeEachDatabase('arrival manifest by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('GET /api/arrivals/manifest'), async () => {
    const w = world();
    // B (of Datong) rides the same day to another employer's vacancy.
    const job = await w.ctx.db.selectFrom('jobs').select(['id', 'province']).where('id', '=', w.jobs.other).executeTakeFirstOrThrow();
    await w.ctx.db.insertInto('assignments').values({
      province: '14', worker_id: w.workers.B, campaign_id: w.campaignId, job_province: job.province, job_id: job.id, status: 'confirmed', run_id: null, value: 200,
    }).execute();
    expect((await w.request('admin', 'POST', `/api/campaigns/${w.campaignId}/trips`, { date: DAY })).statusCode).toBe(200);

    const seen: Partial<Record<RoleLogin, string[]>> = {};
    const manifests: Partial<Record<RoleLogin, ArrivalManifest>> = {};
    for (const role of ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'] as const) {
      const answer = await w.request(role, 'GET', `/api/arrivals/manifest?date=${DAY}`);
      if (role === 'anonymous') { expect(answer.statusCode).toBe(401); continue; }
      if (role === 'checkin-taiyuan' || role === 'worker') { expect(answer.statusCode, role).toBe(403); continue; }
      expect(answer.statusCode, `${role}: ${answer.body}`).toBe(200);
      const manifest = answer.json() as ArrivalManifest;
      manifests[role] = manifest;
      seen[role] = manifest.passengers.map((p) => p.workerId).filter((id) => id === w.workers.A || id === w.workers.B).sort();
      for (const p of manifest.passengers) {
        expect(p.idMasked, role).toMatch(/\*/);
        expect(p, role).not.toHaveProperty('token');
        expect(p.idDigest, role).toMatch(/^[0-9a-f]{32}$/);
      }
      expect(new Set(manifest.passengers.map((p) => p.tripId)), role).toEqual(new Set(manifest.trips.map((t) => t.id)));
    }
    const both = [w.workers.A, w.workers.B].sort();
    expect(seen).toEqual({ admin: both, shanxi: both, lvliang: [w.workers.A], xingxian: [w.workers.A], employer: [w.workers.A] });
    // The employer's manifest holds nobody but its own riders.
    expect(manifests.employer?.passengers.map((p) => p.workerId)).toEqual([w.workers.A]);

    const tripOf = (id: string) => manifests.admin?.passengers.find((p) => p.workerId === id)?.tripId ?? '';
    const own = await w.request('employer', 'GET', `/api/arrivals/manifest?date=${DAY}&tripId=${tripOf(w.workers.A)}`);
    expect((own.json() as ArrivalManifest).passengers.map((p) => p.workerId)).toEqual([w.workers.A]);
    const foreign = await w.request('employer', 'GET', `/api/arrivals/manifest?date=${DAY}&tripId=${tripOf(w.workers.B)}`);
    if (tripOf(w.workers.B) === tripOf(w.workers.A)) expect((foreign.json() as ArrivalManifest).passengers.map((p) => p.workerId)).toEqual([w.workers.A]);
    else expect(foreign.statusCode).toBe(404);
    expect((await w.request('xingxian', 'GET', `/api/arrivals/manifest?date=${DAY}&tripId=${tripOf(w.workers.B)}`)).statusCode)
      .toBe(tripOf(w.workers.B) === tripOf(w.workers.A) ? 200 : 404);
    expect((await w.request('checkin-taiyuan', 'GET', `/api/arrivals/manifest?date=${DAY}&tripId=${tripOf(w.workers.A)}`)).statusCode).toBe(403);
    expect((await w.request('employer', 'GET', '/api/arrivals/manifest?date=2021-1-6')).statusCode).toBe(400);
    const audited = await w.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'arrival.manifest').execute();
    expect(audited.length).toBeGreaterThanOrEqual(5);
  });
});
