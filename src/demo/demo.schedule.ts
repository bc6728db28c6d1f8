// The demo campaign's departure schedule, so a new user opens a campaign that is under way:
// one allocation run, every proposal confirmed, and coaches planned over several departure
// days, each taking the people whose job starts by a few days later (jobs start from 8 to
// 25 January). The first day, 6 January, carries the largest share, as Shanxi's did.
// Everything goes through the same services as an officer's clicks, audited as `demo`.
import type { AppContext } from '../app/context.js';
import { allocateCampaign, confirmAllocation } from '../allocation/allocation.service.js';
import type { Actor } from '../auth/actor.js';
import { planDay } from '../trips/trips.service.js';
import { scheduleProgress } from './demo.repository.js';

/** Departure day → the latest job start it carries (undefined: everyone left). */
export const DEMO_DEPARTURE_DAYS: readonly { date: string; startsBy?: string }[] = [
  { date: '2021-01-06', startsBy: '2021-01-12' },
  { date: '2021-01-09', startsBy: '2021-01-16' },
  { date: '2021-01-12', startsBy: '2021-01-20' },
  { date: '2021-01-15' },
];

export type DemoSchedule = { confirmed: number; days: { date: string; passengers: number; coaches: number }[] };

/**
 * Picks up where it stopped: no new run once people are confirmed, and a day that has
 * coaches is not planned again (a server stopped half-way finishes it at the next start).
 */
export async function scheduleDemo(ctx: AppContext, actor: Actor, campaignId: string, log?: (line: string) => void): Promise<DemoSchedule> {
  const progress = await scheduleProgress(ctx.db, campaignId);
  // Someone else has run allocation on the demo: it is theirs now, and left alone.
  if (progress.runActors.some((a) => a !== actor.login && a !== 'demo')) return { confirmed: progress.confirmed, days: [] };
  const todo = DEMO_DEPARTURE_DAYS.filter((d) => !progress.plannedDays.includes(d.date));
  let confirmed = progress.confirmed;
  if (confirmed === 0 || todo.length > 0) log?.('正在为演示活动分配岗位并排车 / allocating and planning coaches for the demo…');
  if (confirmed === 0) {
    const run = await allocateCampaign(ctx, actor, campaignId);
    confirmed = await confirmAllocation(ctx, actor, campaignId, { runId: run.runId });
  }
  const days: DemoSchedule['days'] = [];
  for (const day of todo) {
    const plan = await planDay(ctx, actor, { campaignId, date: day.date, startsBy: day.startsBy });
    days.push({ date: day.date, passengers: plan.passengers, coaches: plan.coaches });
    log?.(`  ${day.date}: 乘客 passengers ${plan.passengers}，车辆 coaches ${plan.coaches}`);
  }
  return { confirmed, days };
}
