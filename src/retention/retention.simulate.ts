// `menkou demo --simulate-checks 2021-07-31`: plays the months after departure of the demo so
// a new user sees follow-up and rates. Departure days not yet played are played first (their
// arrivals start the checks); then every check due by the date is answered as the people
// would: most employers confirm their workers in bulk, some workers answer on their phone,
// officers call the rest (a few are unreachable), and a few employers keep fewer people than
// the threshold, so the flag has something to show. Outcomes follow from the worker, the
// month and the employer (a digest, no state), so a re-run records nothing new.
import { createHash } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { WHOLE_COUNTRY } from '../core/scope.js';
import { DEMO_DEPARTURE_DAYS } from '../demo/demo.schedule.js';
import { simulateDay } from '../demo/demo.simulate.js';
import { listChecks } from './retention.repository.js';
import type { Outcome } from './retention.rules.js';
import { recordAs, settingsOf } from './retention.service.js';
import type { ResultInput } from './retention.service.js';
import { retentionStats } from './retention-stats.service.js';

export type SimulatedChecks = { date: string; daysPlayed: string[]; recorded: number; byEmployer: number; byWorker: number; byOfficer: number; open: number; rate: number | null; flagged: number };

function unit(...parts: string[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readUInt32BE(0) / 0x1_0000_0000;
}

/** What happened to a worker by a check: a "leaky" employer (1 in 12) keeps about half. */
function outcomeOf(workerId: string, month: number, employerId: string | null): Outcome {
  const leaky = employerId !== null && unit('leaky', employerId) < 1 / 12;
  const u = unit('outcome', workerId, String(month));
  const keep = leaky ? 0.5 : 0.9 - month * 0.015;
  if (u < keep) return 'employed';
  if (u < keep + (1 - keep) * 0.45) return 'changed_job';
  if (u < keep + (1 - keep) * 0.85) return 'returned_home';
  return 'unreachable';
}

const CHANGED = [{ text: '同城另一家工厂', region: null }, { text: '回省内县城务工', region: '140000' }, { text: '东莞 电子厂', region: '441900' }];

export async function simulateChecks(ctx: AppContext, actor: Actor, campaignId: string, date: string, log: (line: string) => void = () => undefined): Promise<SimulatedChecks> {
  const arrived = await ctx.db.selectFrom('worker_events').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('campaign_id', '=', campaignId).where('type', '=', 'arrived').executeTakeFirstOrThrow();
  const daysPlayed: string[] = [];
  if (Number(arrived.n) === 0) {
    for (const day of DEMO_DEPARTURE_DAYS) {
      if (day.date > date) continue;
      log(`发车日 departure day ${day.date}`);
      await simulateDay(ctx, actor, campaignId, day.date, log);
      daysPlayed.push(day.date);
    }
  }
  const settings = await settingsOf(ctx, campaignId);
  const { rows } = await listChecks(ctx.db, WHOLE_COUNTRY, { campaignId, months: settings.months, today: date, state: 'open' }, null);
  const byEmployer = new Map<string, ResultInput[]>();
  const byWorker: { province: string; item: ResultInput }[] = [];
  const byOfficer: ResultInput[] = [];
  for (const row of rows) {
    const outcome = outcomeOf(row.worker_id, row.month, row.employer_id);
    const changed = CHANGED[Math.floor(unit('where', row.worker_id) * CHANGED.length)];
    const item: ResultInput = {
      workerId: row.worker_id, month: row.month, outcome,
      ...(outcome === 'changed_job' ? { whereText: changed.text, whereRegion: changed.region ?? undefined } : {}),
    };
    const who = unit('who', row.worker_id, String(row.month));
    if (outcome !== 'unreachable' && row.employer_id && who < 0.7) byEmployer.set(row.employer_id, [...(byEmployer.get(row.employer_id) ?? []), item]);
    else if (outcome !== 'unreachable' && who < 0.75) byWorker.push({ province: row.province, item });
    else byOfficer.push(item);
  }
  let recorded = 0;
  const chunks = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
  for (const [employerId, items] of byEmployer) {
    const employer: Actor = { userId: null, login: `${actor.login}:employer`, name: '演示用人单位 demo employer', role: 'employer', scope: { kind: 'employer', employerId } };
    for (const part of chunks(items, 2000)) recorded += (await recordAs(ctx, employer, part, 'employer', date)).stored;
  }
  // Workers answer for themselves: one call each, as the phone page would.
  for (const { province, item } of byWorker) {
    const self: Actor = { userId: null, login: 'worker', name: '劳动力 worker', role: 'worker', scope: { kind: 'worker', province, workerId: item.workerId } };
    recorded += (await recordAs(ctx, self, [item], 'worker', date)).stored;
  }
  for (const part of chunks(byOfficer, 2000)) recorded += (await recordAs(ctx, actor, part, 'officer', date)).stored;
  const stats = await retentionStats(ctx, actor, { campaignId });
  const flagged = stats.by.employer.filter((e) => e.flagged).length;
  log(`回访 follow-up by ${date}: ${recorded} 条 recorded（单位 employers ${[...byEmployer.values()].reduce((s, i) => s + i.length, 0)} · 本人 workers ${byWorker.length} · 电话 officers ${byOfficer.length}）`);
  log(`稳岗率 retention: ${stats.total.rate === null ? '—' : `${(stats.total.rate * 100).toFixed(1)} %`} of ${stats.total.checked} · 低于阈值的单位 employers below ${stats.threshold}: ${flagged}`);
  const open = (await listChecks(ctx.db, WHOLE_COUNTRY, { campaignId, months: settings.months, today: date, state: 'open' }, { limit: 1, offset: 0 })).total;
  return {
    date, daysPlayed, recorded, byEmployer: [...byEmployer.values()].reduce((s, i) => s + i.length, 0), byWorker: byWorker.length, byOfficer: byOfficer.length,
    open, rate: stats.total.rate, flagged,
  };
}
