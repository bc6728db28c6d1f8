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

// Reviewing a run: by worker, by vacancy, what changed; and confirming a selection. Each
// list shows exactly the run's people in the caller's reach, a region filter only narrows.
describeEachDatabase('reviewing a run by role', (ctx) => {
  const world = useWorld(ctx);
  const REVIEW = ['proposals', 'vacancies', 'changes'] as const;

  async function started(role: RoleLogin, campaignId: string): Promise<string> {
    const response = await world().request(role, 'POST', `/api/campaigns/${campaignId}/allocations`);
    const { runId } = response.json() as { runId: string };
    expect(await waitForRun(world(), runId)).toBe('done');
    return runId;
  }

  async function runPeople(runId: string): Promise<{ id: string; region: string }[]> {
    return world().ctx.db.selectFrom('assignments as a').innerJoin('workers as w', (j) => j.onRef('w.province', '=', 'a.province').onRef('w.id', '=', 'a.worker_id'))
      .select(['w.id', 'w.region_code as region']).where('a.run_id', '=', runId).execute();
  }

  it(covers('GET /api/allocations/{id}/proposals', 'GET /api/allocations/{id}/vacancies', 'GET /api/allocations/{id}/changes', 'POST /api/allocations/{id}/confirm'), async () => {
    const w = world();
    const runId = await started('admin', w.campaignId);
    const otherRunId = await started('admin', w.otherCampaignId);
    const people = await runPeople(runId);
    expect(people.some((p) => !p.region.startsWith('14')), 'the run proposes someone outside Shanxi (C)').toBe(true);
    for (const role of ROLES) {
      for (const what of REVIEW) {
        const own = await w.request(role, 'GET', `/api/allocations/${runId}/${what}?pageSize=500`);
        expect(own.statusCode, `${role} ${what}`).toBe(role === 'anonymous' ? 401 : RUNNERS.includes(role) ? 200 : 404);
        const other = await w.request(role, 'GET', `/api/allocations/${otherRunId}/${what}`);
        expect(other.statusCode, `${role} other ${what}`).toBe(role === 'anonymous' ? 401 : role === 'admin' ? 200 : 404);
      }
    }
    const reach = { admin: '', shanxi: '14' } as const;
    for (const role of RUNNERS as ('admin' | 'shanxi')[]) {
      for (const region of [undefined, '1411', '32']) {
        const prefix = region === undefined ? reach[role] : region.startsWith(reach[role]) ? region : null;
        const expected = people.filter((p) => prefix !== null && p.region.startsWith(prefix)).map((p) => p.id).sort();
        const query = `pageSize=500${region ? `&region=${region}` : ''}`;
        const proposals = (await w.request(role, 'GET', `/api/allocations/${runId}/proposals?${query}`)).json() as { total: number; items: { workerId: string; reasons: unknown[] }[] };
        expect(proposals.items.map((i) => i.workerId).sort(), `${role} ${region} proposals`).toEqual(expected);
        expect(proposals.total).toBe(expected.length);
        expect(proposals.items.every((i) => i.reasons.length >= 3)).toBe(true);
        const vacancies = (await w.request(role, 'GET', `/api/allocations/${runId}/vacancies?${query}`)).json() as { items: { proposed: number }[] };
        expect(vacancies.items.reduce((n, v) => n + v.proposed, 0), `${role} ${region} vacancies`).toBe(expected.length);
        const changes = (await w.request(role, 'GET', `/api/allocations/${runId}/changes?${query}`)).json() as { items: { workerId: string; kind: string; reason: string }[] };
        expect(changes.items.map((c) => c.workerId).sort(), `${role} ${region} changes`).toEqual(expected);
        expect(changes.items.every((c) => c.kind === 'new' && c.reason === 'first_run')).toBe(true);
      }
    }
    // A selection: the province officer picks one of Shanxi's and C; only Shanxi's is confirmed.
    const inside = people.find((p) => p.region.startsWith('14'))?.id ?? '';
    const selection = await w.request('shanxi', 'POST', `/api/allocations/${runId}/confirm`, { workers: [inside, w.workers.C] });
    expect(selection.json()).toEqual({ confirmed: 1, skipped: 1 });
    const statuses = await w.ctx.db.selectFrom('assignments').select(['worker_id', 'status']).where('worker_id', 'in', [inside, w.workers.C]).execute();
    expect(Object.fromEntries(statuses.map((s) => [s.worker_id, s.status]))).toEqual({ [inside]: 'confirmed', [w.workers.C]: 'proposed' });
    for (const role of ['xingxian', 'employer', 'worker'] as const) {
      expect((await w.request(role, 'POST', `/api/allocations/${runId}/confirm`, { workers: [w.workers.C] })).statusCode, role).toBe(403);
    }
    expect((await w.request('shanxi', 'POST', `/api/allocations/${otherRunId}/confirm`, { workers: [w.workers.C] })).statusCode).toBe(404);
    expect((await w.request('admin', 'POST', `/api/allocations/${runId}/confirm`, { workers: ['not-a-uuid'] })).statusCode).toBe(400);
    expect((await w.request('admin', 'GET', `/api/allocations/${runId}/proposals?job=nope`)).statusCode).toBe(400);
  });
});
