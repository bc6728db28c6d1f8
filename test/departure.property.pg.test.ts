// Order property (issue 12): any order, batching and repetition of the same set of
// records — check-ins and the departure — ends in the same states, on both databases,
// and those are the states the pure rule gives for the set.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { allocateCampaign, confirmAllocation } from '../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { recordCheckins } from '../src/departure/checkins.service.js';
import { loadPassengers } from '../src/departure/departure.repository.js';
import { recordDeparture } from '../src/departure/departure.service.js';
import { failReason, passengerState } from '../src/departure/state.js';
import { planDay } from '../src/trips/trips.service.js';
import { describeEachDatabase } from './db.js';

const DAY = '2021-01-06';
const DEPARTS = '2021-01-06T08:30:00+08:00';

type Check = { id: string; tripId: string; workerId: string; at: string; identity: 'verified' | 'mismatch'; temperature: number; security: 'passed' | 'failed' };
type Step = { kind: 'checkins'; items: Check[] } | { kind: 'departure' };

describeEachDatabase('the order of records does not matter', (ctx) => {
  let trip = '';
  let workers: string[] = [];
  beforeAll(async () => {
    const demo = await buildDemo(ctx(), { workers: 400, seed: 7 });
    await allocateCampaign(ctx(), CLI_ACTOR, demo.campaign.id);
    await confirmAllocation(ctx(), CLI_ACTOR, demo.campaign.id, {});
    await planDay(ctx(), CLI_ACTOR, { campaignId: demo.campaign.id, date: DAY });
    const rows = await sql<{ trip_id: string; worker_id: string }>`
      SELECT trip_id, worker_id FROM trip_passengers WHERE trip_id = (
        SELECT trip_id FROM trip_passengers GROUP BY trip_id ORDER BY count(*) DESC, trip_id LIMIT 1) ORDER BY seat`.execute(ctx().db);
    trip = rows.rows[0].trip_id;
    workers = rows.rows.slice(0, 4).map((r) => r.worker_id);
    expect(workers).toHaveLength(4);
  });

  async function reset(): Promise<void> {
    await sql`DELETE FROM checkin_records WHERE trip_id = ${trip}::uuid`.execute(ctx().db);
    await sql`DELETE FROM trip_departures WHERE trip_id = ${trip}::uuid`.execute(ctx().db);
    await sql`DELETE FROM needs_attention WHERE trip_id = ${trip}::uuid`.execute(ctx().db);
  }

  async function play(steps: readonly Step[]): Promise<Record<string, string>> {
    await reset();
    for (const step of steps) {
      if (step.kind === 'departure') await recordDeparture(ctx(), CLI_ACTOR, trip, { id: DEPARTURE_ID, at: DEPARTS, onBoard: 0 });
      else await recordCheckins(ctx(), CLI_ACTOR, { deviceId: 'prop', items: step.items });
    }
    const rows = await loadPassengers(ctx().db, CLI_ACTOR.scope, sql<boolean>`tp.trip_id = ${trip}::uuid`);
    return Object.fromEntries(rows.filter((r) => workers.includes(r.worker_id)).map((r) => [r.worker_id, passengerState(r.facts)]));
  }

  const DEPARTURE_ID = randomUUID();

  const record = (workerIndex: fc.Arbitrary<number>) => fc.record({
    worker: workerIndex,
    minute: fc.integer({ min: 0, max: 150 }),
    identity: fc.constantFrom('verified', 'verified', 'verified', 'mismatch' as const),
    temperature: fc.integer({ min: 355, max: 390 }).map((t) => t / 10),
    security: fc.constantFrom('passed', 'passed', 'failed' as const),
  });

  it('same set, any order, batching and repetition: same states, the rule\'s states', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(record(fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 10 }),
      fc.boolean(),
      fc.infiniteStream(fc.nat()),
      async (drafts, departs, noise) => {
        const set: Check[] = drafts.map((d) => {
          const at = new Date(Date.parse('2021-01-06T07:00:00+08:00') + d.minute * 60_000).toISOString();
          return { id: randomUUID(), tripId: trip, workerId: workers[d.worker], at, identity: d.identity as Check['identity'], temperature: d.temperature, security: d.security as Check['security'] };
        });
        // The canonical play: everything in one batch, then the departure.
        const canonical = await play([{ kind: 'checkins', items: set }, ...(departs ? [{ kind: 'departure' } as Step] : [])]);
        // Another play: shuffled, some records repeated, in batches, the departure anywhere.
        const next = () => noise.next().value as number;
        const sent = [...set, ...set.filter(() => next() % 3 === 0)];
        for (let i = sent.length - 1; i > 0; i -= 1) {
          const j = next() % (i + 1);
          [sent[i], sent[j]] = [sent[j], sent[i]];
        }
        const steps: Step[] = [];
        for (let i = 0; i < sent.length;) {
          const size = 1 + (next() % 4);
          steps.push({ kind: 'checkins', items: sent.slice(i, i + size) });
          i += size;
        }
        if (departs) steps.splice(next() % (steps.length + 1), 0, { kind: 'departure' });
        const shuffled = await play(steps);
        expect(shuffled).toEqual(canonical);
        // And both are what the rule says of the set alone.
        const departedAt = departs ? new Date(DEPARTS) : null;
        for (const [i, worker] of workers.entries()) {
          const mine = set.filter((c) => c.workerId === worker).map((c) => ({ at: new Date(c.at), passed: failReason(c, 37.3) === null }));
          expect(canonical[worker], `worker ${i}`).toBe(passengerState({ change: null, departedAt, checkins: mine, arrivals: [] }));
        }
      },
    ), { numRuns: 25 });
  });
});
