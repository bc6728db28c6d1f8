// Re-runs of a stored campaign start from the previous run's job prices (kept with the run,
// migration 0013) and its open proposals; the answer stays the cold solve's optimum and the
// stability rule still applies. Both databases.
import { expect, it } from 'vitest';
import { campaignInstance } from '../src/allocation/allocation.instance.js';
import { loadAssignments, loadCampaignJobs, loadCampaignWorkers, latestRunPrices } from '../src/allocation/allocation.repository.js';
import { allocateCampaign, confirmAllocation } from '../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { generateDemo } from '../src/demo/demo.generate.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { solveMatching } from '../src/engines/match/solve.js';
import { verifyAssignments } from '../src/engines/match/verify.js';
import { sealWorker } from '../src/workers/workers.import.js';
import { upsertWorkers } from '../src/workers/workers.repository.js';
import { describeEachDatabase } from './db.js';

describeEachDatabase('warm-started allocation re-runs', (ctx) => {
  it('keeps each run\'s job prices and re-runs exactly from them after registrations and confirmations', async () => {
    const demo = await buildDemo(ctx(), { workers: 600, seed: 33 });
    const campaignId = demo.campaign.id;
    const stored = async () => {
      const [w, j, a] = await Promise.all([loadCampaignWorkers(ctx().db, campaignId), loadCampaignJobs(ctx().db, campaignId), loadAssignments(ctx().db, campaignId)]);
      return { ...campaignInstance(w, j, a, demo.campaign.startDate), assignments: a };
    };
    const first = await allocateCampaign(ctx(), CLI_ACTOR, campaignId);
    const prices = await latestRunPrices(ctx().db, campaignId, '00000000-0000-0000-0000-000000000000');
    expect(prices?.size).toBeGreaterThan(0);
    for (const p of prices!.values()) expect(p).toBeGreaterThanOrEqual(0);
    const run = await ctx().db.selectFrom('allocation_runs').select('job_prices').where('id', '=', first.runId).executeTakeFirstOrThrow();
    expect(run.job_prices).toEqual(Object.fromEntries(prices!));

    const newcomers = generateDemo({ workers: 60, seed: 777 }).workers;
    await upsertWorkers(ctx().db, campaignId, newcomers.map((w) => sealWorker(ctx().vault, w)), { actor: 'test', source: 'test' });
    await confirmAllocation(ctx(), CLI_ACTOR, campaignId, { workers: (await stored()).assignments.slice(0, 20).map((a) => a.worker_id) });
    const before = await stored();
    const again = await allocateCampaign(ctx(), CLI_ACTOR, campaignId);
    const after = await stored();
    const pairs = after.assignments.map((a) => ({ worker: a.worker_id, job: a.job_id }));
    expect(verifyAssignments(after.instance, pairs, again.objective).problems).toEqual([]);
    expect(again.objective).toBe(solveMatching(before.instance, { fixed: before.fixed }).objective);
    const confirmed = before.assignments.filter((a) => a.status === 'confirmed');
    expect(confirmed.length).toBeGreaterThan(0);
    for (const a of confirmed) expect(pairs).toContainEqual({ worker: a.worker_id, job: a.job_id });
    const second = await ctx().db.selectFrom('allocation_runs').select('job_prices').where('id', '=', again.runId).executeTakeFirstOrThrow();
    expect(second.job_prices).not.toBeNull();
  });
});
