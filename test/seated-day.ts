// A departure day without the planner: a demo's confirmed workers put straight onto 50-seat
// coaches from its first gathering point (the planner has its own tests and bench). Shared by
// the check-in load bench and the fault test, which both need a day of known passengers.
import { allocateCampaign, confirmAllocation } from '../src/allocation/allocation.service.js';
import type { AppContext } from '../src/app/context.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { loadGatheringPoints, saveDayPlan } from '../src/trips/trips.repository.js';

export type SeatedPassenger = { tripId: string; workerId: string; seat: number };
export type SeatedDay = { campaignId: string; date: string; tripIds: string[]; passengers: SeatedPassenger[]; adminPassword: string };

export async function seatDemoDay(ctx: AppContext, options: { passengers: number; date: string; seed?: number }): Promise<SeatedDay> {
  const { passengers, date } = options;
  const demo = await buildDemo(ctx, { workers: Math.ceil(passengers * 1.3), seed: options.seed ?? 2021 });
  await allocateCampaign(ctx, CLI_ACTOR, demo.campaign.id);
  await confirmAllocation(ctx, CLI_ACTOR, demo.campaign.id, {});
  const confirmed = await ctx.db.selectFrom('assignments').select(['province', 'worker_id', 'job_province', 'job_id'])
    .where('campaign_id', '=', demo.campaign.id).where('status', '=', 'confirmed').orderBy('worker_id').limit(passengers).execute();
  if (confirmed.length < passengers) throw new Error(`only ${confirmed.length} confirmed workers for ${passengers} passengers`);
  const point = (await loadGatheringPoints(ctx.db, demo.campaign.id))[0];
  const coaches = [];
  for (let i = 0; i < confirmed.length; i += 50) {
    const riders = confirmed.slice(i, i + 50);
    coaches.push({
      number: `day-${String(i / 50 + 1).padStart(3, '0')}`, gatheringPointId: point.id, regionCode: point.region_code, capacity: 50, spacing: 'normal' as const,
      km: 100, cost: 3000,
      stops: [{ kind: 'pickup', location: `gp:${point.id}`, name: point.name, eta: '07:00', km: 0 }, { kind: 'dropoff', location: 'site:320506', name: '吴中区', eta: '18:00', km: 100 }],
      riders: riders.map((r, seat) => ({ province: r.province, workerId: r.worker_id, seat: seat + 1, pickup: `gp:${point.id}`, dropoff: 'site:320506', jobProvince: r.job_province, jobId: r.job_id })),
    });
  }
  const plan = await saveDayPlan(ctx.db, { campaignId: demo.campaign.id, date, actor: 'test', summary: {}, changes: null, trips: coaches });
  return {
    campaignId: demo.campaign.id, date, tripIds: plan.tripIds,
    passengers: coaches.flatMap((coach, c) => coach.riders.map((r) => ({ tripId: plan.tripIds[c], workerId: r.workerId, seat: r.seat }))),
    adminPassword: demo.accounts.logins.find((l) => l.login === 'admin')?.password ?? '',
  };
}
