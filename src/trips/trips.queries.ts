// Reading planned trips within a scope. A trip is visible when one of its riders is: an
// officer sees the coaches carrying people of their region, check-in staff those boarding
// at their gathering point, an employer those bringing its workers, a worker their own;
// the passenger list (and every manifest and pass built from it) shows only those riders.
import { sql } from 'kysely';
import { isUuid } from '../core/ids.js';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';
import { riderReach } from '../auth/reach.queries.js';

export type TripRow = {
  id: string; campaign_id: string; departure_date: string; number: string; capacity: number; spacing: string; km: number;
  cost: number; stops: unknown; vehicle: unknown; gathering_point_id: string | null; riders: number;
};

export async function listDayTrips(db: Db, scope: Scope, campaignId: string, date: string | undefined): Promise<TripRow[]> {
  const result = await sql<TripRow>`
    SELECT t.id, t.campaign_id, t.departure_date::text AS departure_date, t.number, t.capacity, t.spacing, t.km, t.cost, t.stops,
           t.vehicle, t.gathering_point_id, count(*)::int AS riders
    FROM trips t
    JOIN trip_passengers tp ON tp.trip_id = t.id
    JOIN workers w ON w.province = tp.province AND w.id = tp.worker_id
    JOIN jobs j ON j.province = tp.job_province AND j.id = tp.job_id
    WHERE t.campaign_id = ${campaignId}::uuid AND t.status = 'planned' AND ${riderReach(scope)}
      ${date ? sql`AND t.departure_date = ${date}::date` : sql``}
    GROUP BY t.id ORDER BY t.departure_date, t.number`.execute(db);
  return result.rows;
}

export type RiderRow = {
  worker_id: string; province: string; name: string; id_masked: string; seat: number; pickup: string; dropoff: string;
  employer: string; site_code: string; job_title: string;
};

export async function findTrip(db: Db, scope: Scope, tripId: string): Promise<{ trip: TripRow; riders: RiderRow[] } | undefined> {
  if (!isUuid(tripId)) return undefined;
  const riders = await sql<RiderRow>`
    SELECT tp.worker_id, tp.province, w.name, w.id_masked, tp.seat, tp.pickup, tp.dropoff, e.name AS employer, j.site_code, j.title AS job_title
    FROM trip_passengers tp
    JOIN trips t ON t.id = tp.trip_id
    JOIN workers w ON w.province = tp.province AND w.id = tp.worker_id
    JOIN jobs j ON j.province = tp.job_province AND j.id = tp.job_id
    JOIN employers e ON e.id = j.employer_id
    WHERE tp.trip_id = ${tripId}::uuid AND ${riderReach(scope)}
    ORDER BY tp.seat`.execute(db);
  if (riders.rows.length === 0) return undefined;
  const trip = await sql<TripRow>`
    SELECT t.id, t.campaign_id, t.departure_date::text AS departure_date, t.number, t.capacity, t.spacing, t.km, t.cost, t.stops,
           t.vehicle, t.gathering_point_id, ${riders.rows.length}::int AS riders
    FROM trips t WHERE t.id = ${tripId}::uuid`.execute(db);
  return { trip: trip.rows[0], riders: riders.rows };
}
