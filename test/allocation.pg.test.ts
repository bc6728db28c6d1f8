// Allocation on stored campaigns, both databases: proposals, confirmation, re-runs that
// keep confirmed assignments, events, background runs, recommendations with reasons.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { campaignInstance } from '../src/allocation/allocation.instance.js';
import { loadAssignments, loadCampaignJobs, loadCampaignWorkers } from '../src/allocation/allocation.repository.js';
import { allocateCampaign, confirmAllocation } from '../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { generateDemo } from '../src/demo/demo.generate.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { value } from '../src/engines/match/rules.js';
import { solveMatching } from '../src/engines/match/solve.js';
import { verifyAssignments } from '../src/engines/match/verify.js';
import { buildServer } from '../src/server.js';
import { sealWorker } from '../src/workers/workers.import.js';
import { upsertWorkers } from '../src/workers/workers.repository.js';
import { describeEachDatabase } from './db.js';
import { as, type Session, signIn } from './session.js';

describeEachDatabase('allocation of a stored campaign', (ctx) => {
  let campaign = { id: '', startDate: '' };
  let app: FastifyInstance;
  let admin: Session;
  beforeAll(async () => {
    const demo = await buildDemo(ctx(), { workers: 800, seed: 21 });
    campaign = { id: demo.campaign.id, startDate: demo.campaign.startDate };
    app = await buildServer(ctx(), { printCode: () => undefined });
    admin = await signIn(app, 'admin', demo);
  });
  afterAll(async () => app?.close());

  async function storedInstance() {
    const [w, j, a] = await Promise.all([loadCampaignWorkers(ctx().db, campaign.id), loadCampaignJobs(ctx().db, campaign.id), loadAssignments(ctx().db, campaign.id)]);
    return { ...campaignInstance(w, j, a, campaign.startDate), assignments: a };
  }

  it('proposes an exact allocation, saves the run and writes "matched" events', async () => {
    const summary = await allocateCampaign(ctx(), CLI_ACTOR, campaign.id);
    const { instance, assignments } = await storedInstance();
    const pairs = assignments.map((a) => ({ worker: a.worker_id, job: a.job_id }));
    const check = verifyAssignments(instance, pairs, summary.objective);
    expect(check.problems).toEqual([]);
    expect(summary.objective).toBe(solveMatching(instance).objective);
    expect(summary.placed).toBe(pairs.length);
    expect(summary.placedPriority + summary.placedOthers).toBe(summary.placed);
    const events = await ctx().db.selectFrom('worker_events').select('type').where('type', '=', 'matched').execute();
    expect(events).toHaveLength(summary.placed);
    const run = await ctx().db.selectFrom('allocation_runs').selectAll().where('id', '=', summary.runId).executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: 'done', actor: 'cli' });
    expect(run.summary).toMatchObject({ objective: summary.objective });
  });

  it('re-runs without shuffling: nothing new changes nothing, and equal previous vacancies are kept', async () => {
    const first = await storedInstance();
    expect((await allocateCampaign(ctx(), CLI_ACTOR, campaign.id)).newProposals).toBe(0);
    const before = new Map(first.assignments.map((a) => [a.worker_id, a.job_id]));
    const newcomers = generateDemo({ workers: 120, seed: 4242 }).workers;
    await upsertWorkers(ctx().db, campaign.id, newcomers.map((w) => sealWorker(ctx().vault, w)), { actor: 'test', source: 'test' });
    const again = await allocateCampaign(ctx(), CLI_ACTOR, campaign.id);
    const after = await storedInstance();
    expect(again.objective).toBe(solveMatching(after.instance).objective);
    const workers = new Map(after.instance.workers.map((w) => [w.id, w]));
    const jobs = new Map(after.instance.jobs.map((j) => [j.id, j]));
    const load = new Map<string, number>();
    for (const a of after.assignments) load.set(a.job_id, (load.get(a.job_id) ?? 0) + 1);
    // Whoever moved had a reason the contract counts: the old vacancy is full or worth less.
    for (const a of after.assignments) {
      const old = before.get(a.worker_id);
      if (old === undefined || old === a.job_id) continue;
      const w = workers.get(a.worker_id)!;
      const full = (load.get(old) ?? 0) >= jobs.get(old)!.headcount;
      expect(full || value(w, jobs.get(old)!) !== value(w, jobs.get(a.job_id)!)).toBe(true);
    }
  });

  it('keeps confirmed assignments fixed when new registrations arrive', async () => {
    const first = await storedInstance();
    const confirmedCount = await confirmAllocation(ctx(), CLI_ACTOR, campaign.id, {});
    expect(confirmedCount).toBe(first.assignments.length);
    const confirmed = new Map(first.assignments.map((a) => [a.worker_id, a.job_id]));
    const newcomers = generateDemo({ workers: 300, seed: 777 }).workers.map((w) => ({ ...w, priority: true }));
    await upsertWorkers(ctx().db, campaign.id, newcomers.map((w) => sealWorker(ctx().vault, w)), { actor: 'test', source: 'test' });
    const again = await allocateCampaign(ctx(), CLI_ACTOR, campaign.id);
    expect(again.fixed).toBe(confirmedCount);
    const after = await storedInstance();
    for (const a of after.assignments.filter((x) => x.status === 'confirmed')) expect(confirmed.get(a.worker_id)).toBe(a.job_id);
    expect(after.assignments.filter((x) => x.status === 'confirmed')).toHaveLength(confirmedCount);
    // Exact given the fixed pairs.
    expect(again.objective).toBe(solveMatching(after.instance, { fixed: after.fixed }).objective);
  });

  it('runs in the background while the API keeps answering, and reports progress', async () => {
    const runsBefore = (await ctx().db.selectFrom('allocation_runs').select('id').where('campaign_id', '=', campaign.id).execute()).length;
    const start = await app.inject(as(admin, { method: 'POST', url: `/api/campaigns/${campaign.id}/allocations` }));
    expect(start.statusCode).toBe(202);
    const { runId } = start.json() as { runId: string };
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    let status = 'running';
    for (let i = 0; i < 200 && status === 'running'; i += 1) {
      const run = (await app.inject(as(admin, { method: 'GET', url: `/api/allocations/${runId}` }))).json() as { status: string };
      status = run.status;
      if (status === 'running') await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe('done');
    const runs = (await app.inject(as(admin, { method: 'GET', url: `/api/campaigns/${campaign.id}/allocations` }))).json() as { items: unknown[] };
    expect(runs.items.length).toBe(runsBefore + 1);
  });

  it('recommends vacancies with reasons, and says what excluded a worker with none', async () => {
    const list = (await app.inject(as(admin, { method: 'GET', url: `/api/workers?campaign=${campaign.id}&pageSize=50` }))).json() as { items: { id: string }[] };
    let withReasons = 0;
    for (const w of list.items) {
      const rec = (await app.inject(as(admin, { method: 'GET', url: `/api/workers/${w.id}/recommendations?k=3` }))).json() as {
        items: { score: number; reasons: { zh: string; en: string }[] }[]; exclusions: { reason: { en: string } }[];
      };
      expect(rec.items.length <= 3).toBe(true);
      for (let i = 1; i < rec.items.length; i += 1) expect(rec.items[i - 1].score).toBeGreaterThanOrEqual(rec.items[i].score);
      if (rec.items.length > 0) {
        withReasons += 1;
        expect(rec.items[0].reasons.map((r) => r.en).join(' | ')).toMatch(/industry: .*\| destination: .*\| wage \d/);
      } else {
        expect(rec.exclusions.length).toBeGreaterThan(0);
      }
    }
    expect(withReasons).toBeGreaterThan(10);
    const job = (await app.inject(as(admin, { method: 'GET', url: `/api/jobs?campaign=${campaign.id}&pageSize=1` }))).json() as { items: { id: string }[] };
    const top = (await app.inject(as(admin, { method: 'GET', url: `/api/jobs/${job.items[0].id}/recommendations?k=5` }))).json() as { items: { value: number }[] };
    for (let i = 1; i < top.items.length; i += 1) expect(top.items[i - 1].value).toBeGreaterThanOrEqual(top.items[i].value);
  });
});
