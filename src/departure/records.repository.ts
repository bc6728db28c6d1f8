// Writing departure day's records. Each insert is keyed by the device's id, so a record
// sent twice (or by two phones relaying it) is stored once; the journey event goes in the
// same transaction with the record's id as its client id.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export type WriterRef = { deviceId: string | null; actorId: string | null; actorLogin: string };

export type NewCheckin = {
  id: string; tripId: string; province: string; workerId: string; campaignId: string; at: string; identity: string; temperature: number;
  security: string; passed: boolean; failReason: string | null; contentHash: string; tripNumber: string;
};

/** Many check-ins in one transaction, two statements; returns the ids stored now. */
export async function insertCheckins(db: Db, records: readonly NewCheckin[], by: WriterRef): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  return db.transaction().execute(async (trx) => {
    const col = <K extends keyof NewCheckin>(key: K) => records.map((r) => r[key]);
    const inserted = await sql<{ id: string }>`
      INSERT INTO checkin_records (id, trip_id, province, worker_id, at, identity, temperature, security, passed, fail_reason, content_hash, device_id, actor_id, actor_login)
      SELECT r.id, r.trip_id, r.province, r.worker_id, r.at, r.identity, r.temperature, r.security, r.passed, r.fail_reason, r.content_hash,
             ${by.deviceId ?? ''}, ${by.actorId}::uuid, ${by.actorLogin}
      FROM unnest(${col('id')}::uuid[], ${col('tripId')}::uuid[], ${col('province')}::text[], ${col('workerId')}::uuid[], ${col('at')}::timestamptz[],
                  ${col('identity')}::text[], ${col('temperature')}::numeric[], ${col('security')}::text[], ${col('passed')}::boolean[],
                  ${col('failReason')}::text[], ${col('contentHash')}::text[])
        AS r(id, trip_id, province, worker_id, at, identity, temperature, security, passed, fail_reason, content_hash)
      ON CONFLICT (id) DO NOTHING RETURNING id`.execute(trx);
    const stored = new Set(inserted.rows.map((r) => r.id));
    const fresh = records.filter((r) => stored.has(r.id));
    if (fresh.length > 0) {
      const f = <K extends keyof NewCheckin>(key: K) => fresh.map((r) => r[key]);
      await sql`
        INSERT INTO worker_events (province, worker_id, campaign_id, type, at, actor, device, client_id, data)
        SELECT r.province, r.worker_id, r.campaign_id, CASE WHEN r.passed THEN 'checked_in' ELSE 'refused' END, r.at, ${by.actorLogin}, ${by.deviceId},
               'checkin:' || r.id::text, jsonb_build_object('trip', r.trip_id::text, 'number', r.number, 'reason', r.fail_reason)
        FROM unnest(${f('province')}::text[], ${f('workerId')}::uuid[], ${f('campaignId')}::uuid[], ${f('passed')}::boolean[], ${f('at')}::timestamptz[],
                    ${f('id')}::uuid[], ${f('tripId')}::uuid[], ${f('tripNumber')}::text[], ${f('failReason')}::text[])
          AS r(province, worker_id, campaign_id, passed, at, id, trip_id, number, fail_reason)
        ON CONFLICT DO NOTHING`.execute(trx);
    }
    return stored;
  });
}

export type NewArrival = { id: string; tripId: string; province: string; workerId: string; campaignId: string; at: string; outcome: string; contentHash: string; tripNumber: string };

export async function insertArrival(db: Db, record: NewArrival, by: WriterRef): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await sql<{ id: string }>`
      INSERT INTO arrival_records (id, trip_id, province, worker_id, at, outcome, content_hash, device_id, actor_id, actor_login)
      VALUES (${record.id}::uuid, ${record.tripId}::uuid, ${record.province}, ${record.workerId}::uuid, ${record.at}::timestamptz, ${record.outcome},
              ${record.contentHash}, ${by.deviceId ?? ''}, ${by.actorId}::uuid, ${by.actorLogin})
      ON CONFLICT (id) DO NOTHING RETURNING id`.execute(trx);
    if (inserted.rows.length === 0) return false;
    await sql`
      INSERT INTO worker_events (province, worker_id, campaign_id, type, at, actor, device, client_id, data)
      VALUES (${record.province}, ${record.workerId}::uuid, ${record.campaignId}::uuid, ${record.outcome === 'handed_over' ? 'arrived' : 'absent_at_arrival'},
              ${record.at}::timestamptz, ${by.actorLogin}, ${by.deviceId}, ${`arrival:${record.id}`},
              ${JSON.stringify({ trip: record.tripId, number: record.tripNumber })}::jsonb)
      ON CONFLICT DO NOTHING`.execute(trx);
    return true;
  });
}

export type NewDeparture = { id: string; tripId: string; campaignId: string; at: string; onBoard: number; tripNumber: string };

/**
 * Stores the departure once per trip (false when the trip already has one) and writes each
 * passenger's journey step with the state they left in.
 */
export async function insertDeparture(
  db: Db, record: NewDeparture, by: WriterRef, departed: number, steps: { province: string; workerId: string; state: string }[],
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await sql<{ id: string }>`
      INSERT INTO trip_departures (trip_id, id, at, on_board, departed, device_id, actor_id, actor_login)
      VALUES (${record.tripId}::uuid, ${record.id}::uuid, ${record.at}::timestamptz, ${record.onBoard}, ${departed}, ${by.deviceId}, ${by.actorId}::uuid, ${by.actorLogin})
      ON CONFLICT DO NOTHING RETURNING id`.execute(trx);
    if (inserted.rows.length === 0) return false;
    if (steps.length > 0) {
      await sql`
        INSERT INTO worker_events (province, worker_id, campaign_id, type, at, actor, device, data)
        SELECT s.province, s.worker_id, ${record.campaignId}::uuid, s.state, ${record.at}::timestamptz, ${by.actorLogin}, ${by.deviceId},
               jsonb_build_object('trip', ${record.tripId}::text, 'number', ${record.tripNumber}::text)
        FROM unnest(${steps.map((s) => s.province)}::text[], ${steps.map((s) => s.workerId)}::uuid[], ${steps.map((s) => s.state)}::text[])
          AS s(province, worker_id, state)`.execute(trx);
    }
    return true;
  });
}

export type Rejection = {
  kind: 'checkin' | 'departure' | 'arrival'; recordId: string; reason: string; field?: string | null; campaignId?: string | null;
  date?: string | null; tripId?: string | null; rightTripId?: string | null; province?: string | null; workerId?: string | null;
  regionCode: string; at?: string | null; payload: unknown;
};

export async function insertRejection(db: Db, r: Rejection, by: WriterRef): Promise<void> {
  await sql`
    INSERT INTO needs_attention (kind, record_id, reason, field, campaign_id, departure_date, trip_id, right_trip_id, province, worker_id,
                                 region_code, at, device_id, actor_id, actor_login, payload)
    VALUES (${r.kind}, ${r.recordId}, ${r.reason}, ${r.field ?? null}, ${r.campaignId ?? null}::uuid, ${r.date ?? null}::date, ${r.tripId ?? null}::uuid,
            ${r.rightTripId ?? null}::uuid, ${r.province ?? null}, ${r.workerId ?? null}::uuid, ${r.regionCode}, ${r.at ?? null}, ${by.deviceId},
            ${by.actorId}::uuid, ${by.actorLogin}, ${JSON.stringify(r.payload ?? {})}::jsonb)
    ON CONFLICT (kind, record_id, reason) DO NOTHING`.execute(db);
}

export type Change = {
  tripId: string; province: string; workerId: string; campaignId: string; kind: 'rebooked' | 'cancelled'; reason: string | null;
  toTrip?: { id: string; number: string; date: string; seat: number; pickup: string; dropoff: string; jobProvince: string; jobId: string };
  fromNumber: string;
};

/** Officers' changes, all or nothing: the change row, the new seat, the journey steps. */
export async function applyChanges(db: Db, changes: readonly Change[], by: WriterRef): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const c of changes) {
      await sql`
        INSERT INTO passenger_changes (trip_id, province, worker_id, kind, to_trip_id, reason, actor_id, actor_login)
        VALUES (${c.tripId}::uuid, ${c.province}, ${c.workerId}::uuid, ${c.kind}, ${c.toTrip?.id ?? null}::uuid, ${c.reason}, ${by.actorId}::uuid, ${by.actorLogin})`.execute(trx);
      if (c.toTrip) {
        const t = c.toTrip;
        await sql`
          INSERT INTO trip_passengers (province, worker_id, trip_id, seat, pickup, dropoff, job_province, job_id)
          VALUES (${c.province}, ${c.workerId}::uuid, ${t.id}::uuid, ${t.seat}, ${t.pickup}, ${t.dropoff}, ${t.jobProvince}, ${t.jobId}::uuid)`.execute(trx);
        await sql`
          INSERT INTO worker_events (province, worker_id, campaign_id, type, actor, data)
          VALUES (${c.province}, ${c.workerId}::uuid, ${c.campaignId}::uuid, 'rebooked_to', ${by.actorLogin},
                  ${JSON.stringify({ fromTrip: c.tripId, fromNumber: c.fromNumber, trip: t.id, number: t.number, seat: t.seat, date: t.date })}::jsonb)`.execute(trx);
      } else {
        await sql`
          INSERT INTO worker_events (province, worker_id, campaign_id, type, actor, data)
          VALUES (${c.province}, ${c.workerId}::uuid, ${c.campaignId}::uuid, 'trip_cancelled', ${by.actorLogin},
                  ${JSON.stringify({ trip: c.tripId, number: c.fromNumber, reason: c.reason })}::jsonb)`.execute(trx);
      }
    }
  });
}

export async function tripSeats(db: Db, tripId: string): Promise<{ worker_id: string; seat: number; gone: boolean }[]> {
  const result = await sql<{ worker_id: string; seat: number; gone: boolean }>`
    SELECT tp.worker_id, tp.seat, (pc.kind IS NOT NULL) AS gone FROM trip_passengers tp
    LEFT JOIN passenger_changes pc ON pc.trip_id = tp.trip_id AND pc.province = tp.province AND pc.worker_id = tp.worker_id
    WHERE tp.trip_id = ${tripId}::uuid`.execute(db);
  return result.rows;
}

export async function passengerJob(db: Db, tripId: string, province: string, workerId: string) {
  const result = await sql<{ job_province: string; job_id: string; site_code: string; pickup: string }>`
    SELECT tp.job_province, tp.job_id, j.site_code, tp.pickup FROM trip_passengers tp JOIN jobs j ON j.province = tp.job_province AND j.id = tp.job_id
    WHERE tp.trip_id = ${tripId}::uuid AND tp.province = ${province} AND tp.worker_id = ${workerId}::uuid`.execute(db);
  return result.rows[0];
}

export type AttentionRow = {
  id: number; kind: string; record_id: string; reason: string; field: string | null; campaign_id: string | null; departure_date: string | null;
  trip_id: string | null; trip_number: string | null; right_trip_id: string | null; worker_id: string | null; worker_name: string | null;
  id_masked: string | null; region_code: string; at: string | null; received_at: Date; device_id: string | null; actor_login: string;
  resolved_at: Date | null; resolved_by: string | null; resolution: string | null;
};

export async function listAttention(db: Db, prefix: string, campaignId: string, date: string | undefined, status: 'open' | 'resolved' | 'all'): Promise<AttentionRow[]> {
  const result = await sql<AttentionRow>`
    SELECT n.id::int AS id, n.kind, n.record_id, n.reason, n.field, n.campaign_id, n.departure_date::text AS departure_date, n.trip_id, t.number AS trip_number,
           n.right_trip_id, n.worker_id, w.name AS worker_name, w.id_masked, n.region_code, n.at, n.received_at, n.device_id, n.actor_login,
           n.resolved_at, n.resolved_by, n.resolution
    FROM needs_attention n
    LEFT JOIN trips t ON t.id = n.trip_id
    LEFT JOIN workers w ON w.province = n.province AND w.id = n.worker_id
    WHERE n.campaign_id = ${campaignId}::uuid AND n.region_code LIKE ${`${prefix}%`}
      ${date ? sql`AND n.departure_date = ${date}::date` : sql``}
      ${status === 'open' ? sql`AND n.resolved_at IS NULL` : status === 'resolved' ? sql`AND n.resolved_at IS NOT NULL` : sql``}
    ORDER BY n.id LIMIT 5000`.execute(db);
  return result.rows;
}

export async function findAttention(db: Db, id: number, prefix: string) {
  const result = await sql<{ id: number; region_code: string; resolved_at: Date | null; reason: string; record_id: string }>`
    SELECT id::int AS id, region_code, resolved_at, reason, record_id FROM needs_attention WHERE id = ${id} AND region_code LIKE ${`${prefix}%`}`.execute(db);
  return result.rows[0];
}

export async function resolveAttention(db: Db, id: number, by: string, resolution: string): Promise<void> {
  await sql`UPDATE needs_attention SET resolved_at = now(), resolved_by = ${by}, resolution = ${resolution} WHERE id = ${id} AND resolved_at IS NULL`.execute(db);
}

export async function countOpenConflicts(db: Db, prefix: string, campaignId: string, date: string): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM needs_attention WHERE campaign_id = ${campaignId}::uuid AND departure_date = ${date}::date
      AND reason = 'conflict' AND resolved_at IS NULL AND region_code LIKE ${`${prefix}%`}`.execute(db);
  return result.rows[0]?.n ?? 0;
}
