// How many people each of a page of vacancies has, by stage, for the employer's list. Read
// through the workers room's scope like the vacancy page, so the counts never exceed what
// the same user could open.
import { sql } from 'kysely';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';
import { scopedWorkers } from '../workers/workers.queries.js';

export type PeopleCounts = { proposed: number; confirmed: number; onTrip: number };

export async function peopleCounts(db: Db, scope: Scope, jobIds: readonly string[]): Promise<Map<string, PeopleCounts>> {
  const counts = new Map<string, PeopleCounts>(jobIds.map((id) => [id, { proposed: 0, confirmed: 0, onTrip: 0 }]));
  if (jobIds.length === 0) return counts;
  const rows = await scopedWorkers(db, scope)
    .innerJoin('assignments as a', (join) => join.onRef('a.province', '=', 'w.province').onRef('a.worker_id', '=', 'w.id'))
    .select([
      'a.job_id',
      sql<number>`count(*) FILTER (WHERE a.status = 'proposed')::int`.as('proposed'),
      sql<number>`count(*) FILTER (WHERE a.status = 'confirmed')::int`.as('confirmed'),
      sql<number>`count(*) FILTER (WHERE a.status = 'confirmed' AND EXISTS (
        SELECT 1 FROM trip_passengers tp JOIN trips t ON t.id = tp.trip_id
        WHERE tp.province = a.province AND tp.worker_id = a.worker_id AND tp.job_id = a.job_id AND t.status = 'planned'))::int`.as('on_trip'),
    ])
    .where('a.job_id', 'in', [...jobIds])
    .where('a.status', 'in', ['proposed', 'confirmed'])
    .groupBy('a.job_id')
    .execute();
  for (const r of rows) counts.set(r.job_id, { proposed: r.proposed, confirmed: r.confirmed - r.on_trip, onTrip: r.on_trip });
  return counts;
}
