// Allocation routes by role: who may run, watch and confirm a campaign's allocation, and
// whose recommendations they may ask for.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../db.js';
import { covers, type RoleLogin, useWorld, type World } from './world.js';

const ROLES: RoleLogin[] = ['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan', 'worker', 'anonymous'];
const REACH: Record<RoleLogin, ('A' | 'B' | 'C' | 'D')[]> = {
  admin: ['A', 'B', 'C', 'D'], shanxi: ['A', 'B', 'D'], lvliang: ['A'], xingxian: ['A'], employer: ['A'],
  'checkin-taiyuan': ['D'], worker: [], anonymous: [],
};
// The demo campaign is organised by the province (140000): its officers and administrators run it.
const RUNNERS: RoleLogin[] = ['admin', 'shanxi'];

async function waitForRun(world: World, runId: string): Promise<string> {
  for (let i = 0; i < 300; i += 1) {
    const run = (await world.request('admin', 'GET', `/api/allocations/${runId}`)).json() as { status: string };
    if (run.status !== 'running') return run.status;
    await new Promise((r) => setTimeout(r, 100));
  }
  return 'running';
}

describeEachDatabase('allocation routes by role', (ctx) => {
  const world = useWorld(ctx);

  it(covers('POST /api/campaigns/{id}/allocations', 'GET /api/allocations/{id}', 'GET /api/campaigns/{id}/allocations', 'POST /api/allocations/{id}/confirm'), async () => {
    const runs: string[] = [];
    for (const role of ROLES) {
      const start = await world().request(role, 'POST', `/api/campaigns/${world().campaignId}/allocations`);
      const expected = role === 'anonymous' ? 401 : RUNNERS.includes(role) ? 202 : 403;
      expect(start.statusCode, role).toBe(expected);
      if (expected === 202) {
        const { runId } = start.json() as { runId: string };
        runs.push(runId);
        expect(await waitForRun(world(), runId)).toBe('done');
      }
      const other = await world().request(role, 'POST', `/api/campaigns/${world().otherCampaignId}/allocations`);
      expect(other.statusCode, `${role} other campaign`).toBe(role === 'anonymous' ? 401 : role === 'admin' ? 202 : 404);
      if (other.statusCode === 202) await waitForRun(world(), (other.json() as { runId: string }).runId);
    }
    const runId = runs[0];
    for (const role of ROLES) {
      const list = await world().request(role, 'GET', `/api/campaigns/${world().campaignId}/allocations`);
      expect(list.statusCode, `${role} list`).toBe(role === 'anonymous' ? 401 : RUNNERS.includes(role) ? 200 : 403);
      const one = await world().request(role, 'GET', `/api/allocations/${runId}`);
      expect(one.statusCode, `${role} run`).toBe(role === 'anonymous' ? 401 : RUNNERS.includes(role) ? 200 : 404);
      const confirm = await world().request(role, 'POST', `/api/allocations/${runs[runs.length - 1]}/confirm`);
      expect(confirm.statusCode, `${role} confirm`).toBe(role === 'anonymous' ? 401 : RUNNERS.includes(role) ? 200 : 403);
    }
  });

  it(covers('GET /api/workers/{id}/recommendations'), async () => {
    for (const role of ROLES) {
      for (const mark of ['A', 'B', 'C', 'D'] as const) {
        const response = await world().request(role, 'GET', `/api/workers/${world().workers[mark]}/recommendations`);
        expect(response.statusCode, `${role} → ${mark}`).toBe(role === 'anonymous' ? 401 : REACH[role].includes(mark) ? 200 : 404);
      }
    }
  });

  it(covers('GET /api/jobs/{id}/recommendations'), async () => {
    for (const role of ROLES) {
      for (const which of ['own', 'other'] as const) {
        const response = await world().request(role, 'GET', `/api/jobs/${world().jobs[which]}/recommendations?k=50`);
        const expected = role === 'anonymous' ? 401 : role === 'checkin-taiyuan' ? 404 : role === 'employer' && which === 'other' ? 404 : 200;
        expect(response.statusCode, `${role} → ${which}`).toBe(expected);
        if (expected !== 200) continue;
        const ids = (response.json() as { items: { worker: string }[] }).items.map((i) => i.worker);
        // Only workers the caller may see are ever recommended.
        const listed = (await world().request(role, 'GET', '/api/workers?pageSize=500')).json() as { items: { id: string }[] };
        const visible = new Set(listed.items.map((w) => w.id));
        expect(ids.every((id) => visible.has(id)), role).toBe(true);
      }
    }
  });
});
