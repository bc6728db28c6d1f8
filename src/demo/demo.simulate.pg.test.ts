// `menkou demo --simulate-day` on both databases: a small demo's first departure day played
// through the API leaves nobody unaccounted, people arrived, the last coaches overdue, two
// no-shows rebooked, and a second run (the same record ids) changes nothing.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { systemActor } from '../auth/audit.service.js';
import { describeEachDatabase } from '../../test/db.js';
import { DEMO_DEPARTURE_DAYS, scheduleDemo } from './demo.schedule.js';
import { buildDemo } from './demo.service.js';
import { simulateDay } from './demo.simulate.js';

describeEachDatabase('the simulated departure day', (ctx) => {
  it('plays a day through the API and loses nobody, and a re-run is a repeat', { timeout: 300_000 }, async () => {
    const actor = systemActor('demo');
    const demo = await buildDemo(ctx(), { workers: 1500, seed: 7 });
    await scheduleDemo(ctx(), actor, demo.campaign.id);
    const date = DEMO_DEPARTURE_DAYS[0].date;
    const lines: string[] = [];
    const day = await simulateDay(ctx(), actor, demo.campaign.id, date, (line) => lines.push(line));

    expect(day.trips).toBeGreaterThan(3);
    expect(day.noShows).toBeGreaterThanOrEqual(2);
    expect(day.rebooked).toBe(2);
    expect(day.absent).toBe(1);
    expect(day.lateOffline).toBeGreaterThan(0);
    const rec = day.reconciliation as { unaccounted: number; overdue: number; passengers: number; states: Record<string, number> };
    expect(rec.unaccounted).toBe(0);
    expect(rec.states.arrived).toBe(day.handedOver);
    expect(day.handedOver).toBeGreaterThan(0);
    // The last three coaches were never confirmed at the gate, and their arrival time is long past.
    expect(rec.overdue).toBe(day.leftOverdue);
    expect(rec.overdue).toBeGreaterThan(0);
    expect(lines.some((l) => l.includes('离线手机补传'))).toBe(true);

    const tables = ['checkin_records', 'trip_departures', 'passenger_changes', 'arrival_records'] as const;
    const events = async () => {
      const counts: Record<string, number> = {};
      for (const table of tables) {
        const result = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(ctx().db);
        counts[table] = Number(result.rows[0].n);
      }
      return counts;
    };
    const before = await events();
    const again = await simulateDay(ctx(), actor, demo.campaign.id, date);
    expect(again.reconciliation).toEqual(day.reconciliation);
    expect(await events(), 'a re-run records nothing new').toEqual(before);
  });
});
