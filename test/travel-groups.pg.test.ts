// Travel groups on departure day, on both databases: a household registered together and
// bound for the same site rides one coach in adjacent seats, even when the planner had
// first put its members on different coaches of the same leg.
import { expect, it } from 'vitest';
import { allocateCampaign, confirmAllocation } from '../src/allocation/allocation.service.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { planDay } from '../src/trips/trips.service.js';
import { describeEachDatabase } from './db.js';

const DAY = '2021-01-06';

describeEachDatabase('travel groups on the coaches', (ctx) => {
  it('gathers a group spread over two coaches onto one, in adjacent seats', { timeout: 180_000 }, async () => {
    const demo = await buildDemo(ctx(), { workers: 900, seed: 5 });
    const campaignId = demo.campaign.id;
    await allocateCampaign(ctx(), CLI_ACTOR, campaignId);
    await confirmAllocation(ctx(), CLI_ACTOR, campaignId, {});
    await planDay(ctx(), CLI_ACTOR, { campaignId, date: DAY, capacity: 8 });
    const seated = async () => ctx().db.selectFrom('trip_passengers as tp').innerJoin('trips as t', 't.id', 'tp.trip_id')
      .select(['tp.province', 'tp.worker_id', 'tp.seat', 'tp.pickup', 'tp.dropoff', 't.id as trip']).where('t.status', '=', 'planned').where('t.campaign_id', '=', campaignId).execute();
    const before = await seated();

    // Eight-seat coaches, so that some legs (gathering point → site) need two of them; three
    // people of such a leg whom the first plan put on two coaches become one household.
    const byLeg = new Map<string, typeof before>();
    for (const r of before) byLeg.set(`${r.pickup}>${r.dropoff}`, [...(byLeg.get(`${r.pickup}>${r.dropoff}`) ?? []), r]);
    let household: typeof before = [];
    for (const people of byLeg.values()) {
      const [first] = people;
      const other = people.find((p) => p.trip !== first.trip);
      const third = people.find((p) => p !== first && p !== other);
      if (!other || !third) continue;
      household = [first, other, third];
      break;
    }
    expect(household, 'the demo has a leg spread over two coaches').toHaveLength(3);
    for (const p of household) {
      await ctx().db.updateTable('workers').set({ travel_group: 'household-test' }).where('province', '=', p.province).where('id', '=', p.worker_id).execute();
    }

    const summary = await planDay(ctx(), CLI_ACTOR, { campaignId, date: DAY, capacity: 8 });
    const after = new Map((await seated()).map((r) => [r.worker_id, r]));
    expect(after.size).toBe(before.length);
    const rows = household.map((p) => after.get(p.worker_id));
    expect(new Set(rows.map((r) => r?.trip)).size, 'one coach').toBe(1);
    const seats = rows.map((r) => r?.seat ?? 0).sort((a, b) => a - b);
    expect(seats[2] - seats[0], `adjacent seats ${seats.join(', ')}`).toBe(2);
    // Nobody was lost or added by the gathering, and the day is still fully seated.
    expect(summary.passengers).toBe(before.length);
  });
});
