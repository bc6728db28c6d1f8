// The demo's departure schedule on both databases: one run, everyone confirmed, coaches over
// the departure days, each day carrying only people whose job starts between it and its
// cut-off, nobody on two days, and a second call (the next server start) adding nothing.
import { expect, it } from 'vitest';
import { systemActor } from '../auth/audit.service.js';
import { describeEachDatabase } from '../../test/db.js';
import { DEMO_DEPARTURE_DAYS, scheduleDemo } from './demo.schedule.js';
import { buildDemo } from './demo.service.js';

describeEachDatabase('the demo departure schedule', (ctx) => {
  it('spreads the confirmed workers over the departure days by their job start, and resumes as a no-op', { timeout: 240_000 }, async () => {
    const demo = await buildDemo(ctx(), { workers: 1500, seed: 5 });
    const actor = systemActor('demo');
    const first = await scheduleDemo(ctx(), actor, demo.campaign.id);
    expect(first.confirmed).toBeGreaterThan(1000);
    expect(first.days.map((d) => d.date)).toEqual(DEMO_DEPARTURE_DAYS.map((d) => d.date));
    for (const day of first.days) expect(day.passengers, day.date).toBeGreaterThan(0);

    const riders = await ctx().db.selectFrom('trip_passengers as tp').innerJoin('trips as t', 't.id', 'tp.trip_id')
      .innerJoin('jobs as j', (join) => join.onRef('j.province', '=', 'tp.job_province').onRef('j.id', '=', 'tp.job_id'))
      .select(['tp.worker_id', 't.departure_date', 'j.start_date']).where('t.campaign_id', '=', demo.campaign.id).where('t.status', '=', 'planned').execute();
    const day = (d: unknown) => (d instanceof Date ? new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString() : String(d)).slice(0, 10);
    expect(new Set(riders.map((r) => r.worker_id)).size, 'nobody rides twice').toBe(riders.length);
    expect(riders.length).toBe(first.days.reduce((n, d) => n + d.passengers, 0));
    for (const r of riders) {
      const rule = DEMO_DEPARTURE_DAYS.find((d) => d.date === day(r.departure_date));
      const starts = r.start_date === null ? null : day(r.start_date);
      expect(rule, day(r.departure_date)).toBeDefined();
      if (starts && rule?.startsBy) expect(starts <= rule.startsBy, `${starts} by ${rule.startsBy}`).toBe(true);
      if (starts) expect(starts >= day(r.departure_date)).toBe(true);
    }

    const again = await scheduleDemo(ctx(), actor, demo.campaign.id);
    expect(again.days).toEqual([]);
    const runs = await ctx().db.selectFrom('allocation_runs').select('id').where('campaign_id', '=', demo.campaign.id).execute();
    expect(runs).toHaveLength(1);
  });
});
