// SQL for planned trips: the day's passengers (confirmed assignments), gathering points,
// the plan in force, and saving a plan with its seats and journey events in one go.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export type DayPassenger = {
  province: string;
  worker_id: string;
  region_code: string;
  job_province: string;
  job_id: string;
  site_code: string;
  employer_id: string;
  /** Who travels together (a household, companions): one coach, adjacent seats. */
  travel_group: string | null;
};

/**
 * Confirmed assignments that leave on `date`: not already on a planned trip of another
 * day, and whose vacancy starts on or after that day (or has no start date).
 */
export async function loadDayPassengers(db: Db, campaignId: string, date: string, startsBy?: string): Promise<DayPassenger[]> {
  const result = await sql<DayPassenger>`
    SELECT a.province, a.worker_id, w.region_code, a.job_province, a.job_id, j.site_code, j.employer_id, w.travel_group
    FROM assignments a
    JOIN workers w ON w.province = a.province AND w.id = a.worker_id
    JOIN jobs j ON j.province = a.job_province AND j.id = a.job_id
    WHERE a.campaign_id = ${campaignId} AND a.status = 'confirmed' AND w.status <> 'withdrawn'
      AND (j.start_date IS NULL OR j.start_date >= ${date}::date)
      AND (${startsBy ?? null}::date IS NULL OR j.start_date IS NULL OR j.start_date <= ${startsBy ?? null}::date)
      AND NOT EXISTS (
        SELECT 1 FROM trip_passengers tp JOIN trips t ON t.id = tp.trip_id
        WHERE tp.province = a.province AND tp.worker_id = a.worker_id AND t.status = 'planned' AND t.departure_date <> ${date}::date)
    ORDER BY a.province, a.worker_id`.execute(db);
  return result.rows;
}

export async function loadGatheringPoints(db: Db, campaignId: string) {
  return db.selectFrom('gathering_points').select(['id', 'region_code', 'serves_prefix', 'name', 'lat', 'lon'])
    .where('campaign_id', '=', campaignId).orderBy('region_code').execute();
}

export type PlannedRider = { tripId: string; number: string; province: string; workerId: string; seat: number; pickup: string; dropoff: string };

/** The planned trips of a day with their riders (for re-planning without moving people). */
export async function loadDayPlan(db: Db, campaignId: string, date: string) {
  const trips = await db.selectFrom('trips').select(['id', 'number', 'stops', 'capacity', 'spacing'])
    .where('campaign_id', '=', campaignId).where('departure_date', '=', date).where('status', '=', 'planned').orderBy('number').execute();
  const riders = trips.length === 0 ? [] : await db.selectFrom('trip_passengers')
    .select(['trip_id', 'province', 'worker_id', 'seat', 'pickup', 'dropoff']).where('trip_id', 'in', trips.map((t) => t.id)).execute();
  return { trips, riders };
}

export type NewTrip = {
  number: string;
  gatheringPointId: string | null;
  regionCode: string;
  capacity: number;
  spacing: 'normal' | 'alternate';
  km: number;
  cost: number;
  stops: unknown;
  riders: { province: string; workerId: string; seat: number; pickup: string; dropoff: string; jobProvince: string; jobId: string }[];
};

export async function saveDayPlan(
  db: Db,
  plan: { campaignId: string; date: string; actor: string; summary: Record<string, unknown>; changes: Record<string, unknown> | null; trips: NewTrip[] },
): Promise<{ planId: string; tripIds: string[] }> {
  return db.transaction().execute(async (trx) => {
    const planRow = await trx.insertInto('trip_plans').values({
      campaign_id: plan.campaignId, departure_date: plan.date, actor: plan.actor,
      summary: JSON.stringify(plan.summary), changes: plan.changes ? JSON.stringify(plan.changes) : null,
    }).returning('id').executeTakeFirstOrThrow();
    const previous = await trx.selectFrom('trips').select('id').where('campaign_id', '=', plan.campaignId)
      .where('departure_date', '=', plan.date).where('status', '=', 'planned').execute();
    const before = new Map<string, string>();
    if (previous.length > 0) {
      const riders = await trx.selectFrom('trip_passengers as tp').innerJoin('trips as t', 't.id', 'tp.trip_id')
        .select(['tp.province', 'tp.worker_id', 't.number', 'tp.seat']).where('tp.trip_id', 'in', previous.map((p) => p.id)).execute();
      for (const r of riders) before.set(`${r.province}:${r.worker_id}`, `${r.number}#${r.seat}`);
      await trx.updateTable('trips').set({ status: 'cancelled' }).where('id', 'in', previous.map((p) => p.id)).execute();
    }
    const tripIds: string[] = [];
    for (const trip of plan.trips) {
      const row = await trx.insertInto('trips').values({
        plan_id: planRow.id, campaign_id: plan.campaignId, departure_date: plan.date, number: trip.number,
        gathering_point_id: trip.gatheringPointId, region_code: trip.regionCode, capacity: trip.capacity, spacing: trip.spacing,
        km: trip.km, cost: trip.cost, stops: JSON.stringify(trip.stops),
      }).returning('id').executeTakeFirstOrThrow();
      tripIds.push(row.id);
      if (trip.riders.length === 0) continue;
      const r = trip.riders;
      await sql`
        INSERT INTO trip_passengers (province, worker_id, trip_id, seat, pickup, dropoff, job_province, job_id)
        SELECT t.province, t.worker_id, ${row.id}::uuid, t.seat, t.pickup, t.dropoff, t.job_province, t.job_id
        FROM unnest(${r.map((x) => x.province)}::text[], ${r.map((x) => x.workerId)}::uuid[], ${r.map((x) => x.seat)}::int[],
                    ${r.map((x) => x.pickup)}::text[], ${r.map((x) => x.dropoff)}::text[], ${r.map((x) => x.jobProvince)}::text[],
                    ${r.map((x) => x.jobId)}::uuid[]) AS t(province, worker_id, seat, pickup, dropoff, job_province, job_id)`.execute(trx);
      // Only people whose coach or seat is new get an event: a re-plan that keeps them says nothing.
      const moved = r.filter((x) => before.get(`${x.province}:${x.workerId}`) !== `${trip.number}#${x.seat}`);
      if (moved.length > 0) {
        await sql`
          INSERT INTO worker_events (province, worker_id, campaign_id, type, actor, data)
          SELECT t.province, t.worker_id, ${plan.campaignId}::uuid, 'trip_assigned', ${plan.actor},
                 jsonb_build_object('trip', ${row.id}::text, 'number', ${trip.number}::text, 'seat', t.seat, 'date', ${plan.date}::text)
          FROM unnest(${moved.map((x) => x.province)}::text[], ${moved.map((x) => x.workerId)}::uuid[], ${moved.map((x) => x.seat)}::int[])
            AS t(province, worker_id, seat)`.execute(trx);
        await sql`
          UPDATE workers w SET status = 'trip_assigned' FROM unnest(${moved.map((x) => x.province)}::text[], ${moved.map((x) => x.workerId)}::uuid[]) AS t(province, id)
          WHERE w.province = t.province AND w.id = t.id`.execute(trx);
      }
    }
    return { planId: planRow.id, tripIds };
  });
}
