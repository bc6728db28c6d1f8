// Reviewing allocation runs on both databases: a re-run records who moved, who is new and
// who lost their proposal, with the rule or reason; proposals carry their score's parts.
import { expect, it } from 'vitest';
import { allocateCampaign } from '../src/allocation/allocation.service.js';
import { runChanges, runProposals, runVacancies } from '../src/allocation/proposals.service.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { makeIdNumber } from '../src/core/id-number.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { sealWorker } from '../src/workers/workers.import.js';
import { upsertWorkers } from '../src/workers/workers.repository.js';
import { describeEachDatabase } from './db.js';

const ALL = { limit: 5000, offset: 0 };

describeEachDatabase('reviewing allocation runs', (ctx) => {
  it('explains each proposal by its score parts and each change since the previous run', async () => {
    const demo = await buildDemo(ctx(), { workers: 300, seed: 5 });
    const campaignId = demo.campaign.id;
    const first = await allocateCampaign(ctx(), CLI_ACTOR, campaignId);
    expect(first.changes).toEqual({ new: first.placed, moved: 0, dropped: 0 });

    const proposals = await runProposals(ctx(), CLI_ACTOR, first.runId, {}, ALL);
    expect(proposals.total).toBe(first.placed);
    for (const p of proposals.items) {
      const parts = p.parts;
      expect(parts, p.workerId).not.toBeNull();
      if (parts) expect(parts.base + parts.priority + parts.industry + parts.destination + parts.wage, p.workerId).toBe(p.value);
    }
    const vacancies = await runVacancies(ctx(), CLI_ACTOR, first.runId, {}, ALL);
    expect(vacancies.items.reduce((n, v) => n + v.proposed, 0)).toBe(first.placed);
    expect(vacancies.items.every((v) => v.open >= 0 && v.proposed <= v.headcount)).toBe(true);
    // One vacancy's proposals, as the "by vacancy" table opens them.
    const one = vacancies.items[0];
    const ofOne = await runProposals(ctx(), CLI_ACTOR, first.runId, { jobId: one.jobId }, ALL);
    expect(ofOne.items.map((p) => p.jobId)).toEqual(Array(one.proposed).fill(one.jobId));

    // Someone now wants more than any vacancy pays; someone registers.
    const priced = proposals.items[0].workerId;
    await ctx().db.updateTable('workers').set({ min_wage: 99_000 }).where('id', '=', priced).execute();
    await upsertWorkers(ctx().db, campaignId, [sealWorker(ctx().vault, {
      name: '新登记', idNumber: makeIdNumber('141123', '1991-02-02', 777), birthDate: '1991-02-02', gender: 'female', phone: '17700009999',
      regionCode: '141123', priority: true, certificates: [], industries: [], destinations: [], minWage: 0,
    })], { actor: 'test', source: 'test' });
    const newcomer = (await ctx().db.selectFrom('workers').select('id').where('name', '=', '新登记').executeTakeFirstOrThrow()).id;

    const second = await allocateCampaign(ctx(), CLI_ACTOR, campaignId);
    const changes = await runChanges(ctx(), CLI_ACTOR, second.runId, {}, ALL);
    expect(changes.counts).toEqual(second.changes);
    expect(changes.total).toBe(changes.items.length);
    const of = (id: string) => changes.items.find((c) => c.workerId === id);
    expect(of(priced)).toMatchObject({ kind: 'dropped', reason: 'rule:wage', after: null, reasonText: { zh: '原岗位月薪低于现在的期望' } });
    expect(of(priced)?.before?.jobId).toBe(proposals.items[0].jobId);
    const placedNewcomer = (await runProposals(ctx(), CLI_ACTOR, second.runId, { search: '新登记' }, ALL)).items;
    if (placedNewcomer.length > 0) expect(of(newcomer)).toMatchObject({ kind: 'new', reason: 'registered' });
    // Whoever moved has a reason drawn from the rules or from the places.
    for (const c of changes.items.filter((x) => x.kind === 'moved')) {
      expect(['better_value', 'vacancy_full'].includes(c.reason) || c.reason.startsWith('rule:'), c.reason).toBe(true);
      expect(c.before?.jobId).not.toBe(c.after?.jobId);
    }
    const only = await runChanges(ctx(), CLI_ACTOR, second.runId, { kind: 'dropped' }, ALL);
    expect(only.items.every((c) => c.kind === 'dropped')).toBe(true);
    expect(only.total).toBe(changes.counts.dropped);
  });
});
