// Reading departure day: the facts each passenger's state is computed from (their trip,
// its departure, their check-in and arrival records, an officer's change), within the
// caller's reach. The reach rule is the trips room's: a rider is seen when their own record
// is in reach, by check-in staff only when boarding at their point, by an employer only
// when riding to its vacancy.
import { type RawBuilder, sql } from 'kysely';
import { riderReach, workerReach } from '../auth/reach.queries.js';
import { isUuid } from '../core/ids.js';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';
import type { PassengerFacts } from './state.js';

export type PassengerRow = {
  trip_id: string; province: string; worker_id: string; name: string; id_masked: string; region_code: string; travel_group: string | null; seat: number;
  campaign_id: string; departure_date: string; number: string; gathering_point_id: string | null; point_name: string | null;
  point_region: string | null; stops: unknown; change: 'rebooked' | 'cancelled' | null; to_trip_id: string | null;
  departed_at: Date | null; checkins: [string, boolean][]; arrivals: ('handed_over' | 'absent')[];
  fever_threshold: number; arrival_window_minutes: number;
};

export type Passenger = PassengerRow & { facts: PassengerFacts };

function toPassenger(row: PassengerRow): Passenger {
  return {
    ...row,
    facts: {
      change: row.change,
      departedAt: row.departed_at ? new Date(row.departed_at) : null,
      checkins: row.checkins.map(([at, passed]) => ({ at: new Date(at), passed })),
      arrivals: row.arrivals.map((outcome) => ({ outcome })),
    },
  };
}

/** Passengers of planned trips matching `where`, inside `scope`. */
export async function loadPassengers(db: Db, scope: Scope, where: RawBuilder<boolean>): Promise<Passenger[]> {
  const result = await sql<PassengerRow>`
    SELECT tp.trip_id, tp.province, tp.worker_id, w.name, w.id_masked, w.region_code, w.travel_group, tp.seat, t.campaign_id,
           t.departure_date::text AS departure_date, t.number, t.gathering_point_id, g.name AS point_name, g.region_code AS point_region,
           t.stops, pc.kind AS change, pc.to_trip_id, d.at AS departed_at,
           COALESCE((SELECT jsonb_agg(jsonb_build_array(c.at, c.passed)) FROM checkin_records c
                     WHERE c.trip_id = tp.trip_id AND c.province = tp.province AND c.worker_id = tp.worker_id), '[]'::jsonb) AS checkins,
           COALESCE((SELECT jsonb_agg(a.outcome) FROM arrival_records a
                     WHERE a.trip_id = tp.trip_id AND a.province = tp.province AND a.worker_id = tp.worker_id), '[]'::jsonb) AS arrivals,
           cp.fever_threshold, cp.arrival_window_minutes
    FROM trip_passengers tp
    JOIN trips t ON t.id = tp.trip_id
    JOIN campaigns cp ON cp.id = t.campaign_id
    JOIN workers w ON w.province = tp.province AND w.id = tp.worker_id
    JOIN jobs j ON j.province = tp.job_province AND j.id = tp.job_id
    LEFT JOIN gathering_points g ON g.id = t.gathering_point_id
    LEFT JOIN trip_departures d ON d.trip_id = tp.trip_id
    LEFT JOIN passenger_changes pc ON pc.trip_id = tp.trip_id AND pc.province = tp.province AND pc.worker_id = tp.worker_id
    WHERE t.status = 'planned' AND ${where} AND ${riderReach(scope)}
    ORDER BY t.departure_date, t.number, tp.seat`.execute(db);
  return result.rows.map(toPassenger);
}

export async function loadPassenger(db: Db, scope: Scope, tripId: string, workerId: string): Promise<Passenger | undefined> {
  if (!isUuid(tripId) || !isUuid(workerId)) return undefined;
  const rows = await loadPassengers(db, scope, sql<boolean>`tp.trip_id = ${tripId}::uuid AND tp.worker_id = ${workerId}::uuid`);
  return rows[0];
}

/** Every trip (of any day) the worker rides, in reach. */
export async function loadWorkerTrips(db: Db, scope: Scope, workerId: string, province?: string): Promise<Passenger[]> {
  if (!isUuid(workerId)) return [];
  // With the province the primary key (province, worker_id, trip_id) finds the rows.
  return loadPassengers(db, scope, province
    ? sql<boolean>`tp.province = ${province} AND tp.worker_id = ${workerId}::uuid`
    : sql<boolean>`tp.worker_id = ${workerId}::uuid`);
}

export type TripInfo = {
  id: string; campaign_id: string; departure_date: string; number: string; capacity: number; spacing: 'normal' | 'alternate';
  gathering_point_id: string | null; region_code: string; stops: unknown; status: string;
  departure_id: string | null; departed_at: Date | null; on_board: number | null; departed: number | null;
  fever_threshold: number; arrival_window_minutes: number;
};

/** A planned trip with at least one rider in reach (else undefined: outside reach is not found). */
export async function findTripInReach(db: Db, scope: Scope, tripId: string): Promise<TripInfo | undefined> {
  if (!isUuid(tripId)) return undefined;
  const result = await sql<TripInfo>`
    SELECT t.id, t.campaign_id, t.departure_date::text AS departure_date, t.number, t.capacity, t.spacing, t.gathering_point_id,
           t.region_code, t.stops, t.status, d.id AS departure_id, d.at AS departed_at, d.on_board, d.departed,
           cp.fever_threshold, cp.arrival_window_minutes
    FROM trips t JOIN campaigns cp ON cp.id = t.campaign_id LEFT JOIN trip_departures d ON d.trip_id = t.id
    WHERE t.id = ${tripId}::uuid AND t.status = 'planned' AND EXISTS (
      SELECT 1 FROM trip_passengers tp
      JOIN workers w ON w.province = tp.province AND w.id = tp.worker_id
      JOIN jobs j ON j.province = tp.job_province AND j.id = tp.job_id
      WHERE tp.trip_id = t.id AND ${riderReach(scope)})`.execute(db);
  return result.rows[0];
}

export type StoredCheckin = { id: string; content_hash: string; trip_id: string; worker_id: string };

export async function findCheckin(db: Db, id: string): Promise<StoredCheckin | undefined> {
  const result = await sql<StoredCheckin>`SELECT id, content_hash, trip_id, worker_id FROM checkin_records WHERE id = ${id}::uuid`.execute(db);
  return result.rows[0];
}

export async function findCheckins(db: Db, ids: readonly string[]): Promise<StoredCheckin[]> {
  if (ids.length === 0) return [];
  const result = await sql<StoredCheckin>`SELECT id, content_hash, trip_id, worker_id FROM checkin_records WHERE id = ANY(${ids}::uuid[])`.execute(db);
  return result.rows;
}

export async function findArrival(db: Db, id: string): Promise<StoredCheckin | undefined> {
  const result = await sql<StoredCheckin>`SELECT id, content_hash, trip_id, worker_id FROM arrival_records WHERE id = ${id}::uuid`.execute(db);
  return result.rows[0];
}

/** Workers whose latest coach assignment names this day but who ride no planned trip of it. */
export async function countUnseated(db: Db, scope: Scope, campaignId: string, date: string): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(DISTINCT (w.province, w.id))::int AS n
    FROM workers w
    WHERE w.campaign_id = ${campaignId}::uuid AND w.status <> 'withdrawn' AND ${workerReach(scope)}
      AND (SELECT e.data->>'date' FROM worker_events e WHERE e.province = w.province AND e.worker_id = w.id
             AND e.type IN ('trip_assigned', 'rebooked_to') ORDER BY e.id DESC LIMIT 1) = ${date}
      AND NOT EXISTS (SELECT 1 FROM trip_passengers tp JOIN trips t ON t.id = tp.trip_id
             WHERE tp.province = w.province AND tp.worker_id = w.id AND t.status = 'planned' AND t.departure_date = ${date}::date)`.execute(db);
  return result.rows[0]?.n ?? 0;
}
