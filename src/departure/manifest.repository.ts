// What a check-in phone needs about each rider beyond their state: name, masked and sealed
// identity number, destination, and the gathering point itself. Reach is the same rider
// predicate as every other list of passengers, so a phone never holds someone the
// account could not open.
import { type RawBuilder, sql } from 'kysely';
import { riderReach } from '../auth/reach.queries.js';
import { isUuid } from '../core/ids.js';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';

export type ManifestPersonRow = {
  trip_id: string; worker_id: string; name: string; id_masked: string; id_enc: string; site_code: string;
};

export async function loadManifestPeople(db: Db, scope: Scope, where: RawBuilder<boolean>): Promise<ManifestPersonRow[]> {
  const result = await sql<ManifestPersonRow>`
    SELECT tp.trip_id, tp.worker_id, w.name, w.id_masked, w.id_enc, j.site_code
    FROM trip_passengers tp
    JOIN trips t ON t.id = tp.trip_id
    JOIN workers w ON w.province = tp.province AND w.id = tp.worker_id
    JOIN jobs j ON j.province = tp.job_province AND j.id = tp.job_id
    WHERE t.status = 'planned' AND ${where} AND ${riderReach(scope)}`.execute(db);
  return result.rows;
}

export type PointRow = { id: string; name: string; campaign_id: string; region_code: string; fever_threshold: number };

export async function findGatheringPoint(db: Db, id: string): Promise<PointRow | undefined> {
  if (!isUuid(id)) return undefined;
  const result = await sql<PointRow>`
    SELECT g.id, g.name, g.campaign_id, g.region_code, cp.fever_threshold
    FROM gathering_points g JOIN campaigns cp ON cp.id = g.campaign_id WHERE g.id = ${id}::uuid`.execute(db);
  return result.rows[0];
}
