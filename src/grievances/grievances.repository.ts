// SQL of grievances. Every read a user can reach goes through grievanceReach(scope) over
// `g`: officers by the worker's home region, the employer by its own grievances, the worker
// by their own record. Writes put the grievance, its event and the worker's journey event
// in one transaction.
import { type RawBuilder, sql } from 'kysely';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';

export type GrievanceKey = { province: string; id: string };

export function grievanceReach(scope: Scope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'region':
      return scope.prefix.length >= 2
        ? sql<boolean>`(g.province = ${scope.prefix.slice(0, 2)} AND g.region_code LIKE ${`${scope.prefix}%`})`
        : sql<boolean>`g.region_code LIKE ${`${scope.prefix}%`}`;
    case 'employer':
      return sql<boolean>`g.employer_id = ${scope.employerId}::uuid`;
    case 'worker':
      return sql<boolean>`(g.province = ${scope.province} AND g.worker_id = ${scope.workerId}::uuid)`;
    default:
      return sql<boolean>`false`;
  }
}

/** The job the worker is going to or working at: a confirmed assignment first, else the one proposed. */
export async function workerDestination(db: Db, worker: { province: string; id: string }) {
  return db.selectFrom('assignments as a').innerJoin('jobs as j', (join) => join.onRef('j.province', '=', 'a.job_province').onRef('j.id', '=', 'a.job_id'))
    .select(['a.job_province', 'a.job_id', 'j.employer_id'])
    .where('a.province', '=', worker.province).where('a.worker_id', '=', worker.id).where('a.status', 'in', ['proposed', 'confirmed'])
    .orderBy(sql`a.status = 'confirmed'`, 'desc').orderBy('a.updated_at', 'desc').executeTakeFirst();
}

export type NewGrievance = {
  province: string; workerId: string; campaignId: string; regionCode: string; employerId: string | null; jobProvince: string | null; jobId: string | null;
  category: string; descriptionEnc: string; dueAt: Date; reportedBy: string; actorRole: string; clientId: string | null;
};

/** Stores a grievance once per client id (a retried tap on a weak network files it once); returns its id and whether it is new. */
export async function insertGrievance(db: Db, g: NewGrievance): Promise<{ id: string; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx.insertInto('grievances').values({
      province: g.province, worker_id: g.workerId, campaign_id: g.campaignId, region_code: g.regionCode, employer_id: g.employerId,
      job_province: g.jobProvince, job_id: g.jobId, category: g.category, description_enc: g.descriptionEnc, due_at: g.dueAt,
      reported_by: g.reportedBy, client_id: g.clientId,
    }).onConflict((oc) => oc.columns(['province', 'worker_id', 'client_id']).where('client_id', 'is not', null).doNothing())
      .returning('id').executeTakeFirst();
    if (!inserted) {
      const existing = await trx.selectFrom('grievances').select('id').where('province', '=', g.province).where('worker_id', '=', g.workerId)
        .where('client_id', '=', g.clientId).executeTakeFirstOrThrow();
      return { id: existing.id, created: false };
    }
    await trx.insertInto('grievance_events').values({
      province: g.province, grievance_id: inserted.id, actor: g.reportedBy, actor_role: g.actorRole, state_from: null, state_to: 'received',
    }).execute();
    await trx.insertInto('worker_events').values({
      province: g.province, worker_id: g.workerId, campaign_id: g.campaignId, type: 'grievance_filed', actor: g.reportedBy,
      client_id: `grievance:${inserted.id}`, data: JSON.stringify({ grievance: inserted.id, category: g.category, employer: g.employerId }),
    }).execute();
    return { id: inserted.id, created: true };
  });
}

const DETAIL = [
  'g.province', 'g.id', 'g.worker_id', 'g.campaign_id', 'g.region_code', 'g.employer_id', 'g.job_province', 'g.job_id', 'g.category',
  'g.description_enc', 'g.state', 'g.due_at', 'g.reported_by', 'g.created_at', 'g.updated_at', 'w.name as worker_name', 'e.name as employer_name',
  'j.title as job_title', 'j.contact_name', 'j.contact_phone_masked',
] as const;

function detailQuery(db: Db) {
  return db.selectFrom('grievances as g')
    .innerJoin('workers as w', (join) => join.onRef('w.province', '=', 'g.province').onRef('w.id', '=', 'g.worker_id'))
    .leftJoin('employers as e', 'e.id', 'g.employer_id')
    .leftJoin('jobs as j', (join) => join.onRef('j.province', '=', 'g.job_province').onRef('j.id', '=', 'g.job_id'))
    .select([...DETAIL, sql<number>`(SELECT count(*) FROM grievance_photos p WHERE p.province = g.province AND p.grievance_id = g.id)`.as('photos')]);
}

export type GrievanceRow = NonNullable<Awaited<ReturnType<typeof findGrievance>>>;

export async function findGrievance(db: Db, scope: Scope, id: string) {
  return detailQuery(db).where('g.id', '=', id).where(grievanceReach(scope)).executeTakeFirst();
}

export type GrievanceFilter = { state?: string; category?: string; employerId?: string; workerId?: string; overdue?: boolean; campaignId?: string };

export async function listGrievances(db: Db, scope: Scope, filter: GrievanceFilter, page: { limit: number; offset: number }, now: Date) {
  let query = detailQuery(db).where(grievanceReach(scope));
  if (filter.state) query = query.where('g.state', '=', filter.state);
  if (filter.category) query = query.where('g.category', '=', filter.category);
  if (filter.employerId) query = query.where('g.employer_id', '=', filter.employerId);
  if (filter.workerId) query = query.where('g.worker_id', '=', filter.workerId);
  if (filter.campaignId) query = query.where('g.campaign_id', '=', filter.campaignId);
  if (filter.overdue) query = query.where('g.state', 'in', ['received', 'in_hand']).where('g.due_at', '<', now);
  const rows = await query.select(sql<number>`count(*) OVER ()`.as('total'))
    .orderBy('g.created_at', 'desc').orderBy('g.id').limit(page.limit).offset(page.offset).execute();
  return { rows, total: rows[0]?.total ?? 0 };
}

export async function grievanceEvents(db: Db, key: GrievanceKey) {
  return db.selectFrom('grievance_events').select(['at', 'actor', 'actor_role', 'state_from', 'state_to', 'note_enc'])
    .where('province', '=', key.province).where('grievance_id', '=', key.id).orderBy('id').execute();
}

export type Move = {
  from: string; to: string; dueAt: Date | null; actor: string; actorRole: string; noteEnc: string | null;
  worker: { province: string; id: string; campaignId: string };
};

/** Moves a grievance only if it is still in `from` (two people pressing at once: one wins); false otherwise. */
export async function moveGrievance(db: Db, key: GrievanceKey, move: Move): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('grievances').set({ state: move.to, due_at: move.dueAt, updated_at: new Date() })
      .where('province', '=', key.province).where('id', '=', key.id).where('state', '=', move.from).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) return false;
    await trx.insertInto('grievance_events').values({
      province: key.province, grievance_id: key.id, actor: move.actor, actor_role: move.actorRole, state_from: move.from, state_to: move.to, note_enc: move.noteEnc,
    }).execute();
    await trx.insertInto('worker_events').values({
      province: move.worker.province, worker_id: move.worker.id, campaign_id: move.worker.campaignId, type: 'grievance_state', actor: move.actor,
      data: JSON.stringify({ grievance: key.id, from: move.from, to: move.to }),
    }).execute();
    return true;
  });
}

export async function insertPhoto(db: Db, key: GrievanceKey, photo: { mime: string; bytes: number; contentEnc: string }, max: number): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    // Locks the grievance so two uploads at once cannot both take the last place.
    await trx.selectFrom('grievances').select('id').where('province', '=', key.province).where('id', '=', key.id).forUpdate().executeTakeFirst();
    const count = await trx.selectFrom('grievance_photos').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('province', '=', key.province).where('grievance_id', '=', key.id).executeTakeFirstOrThrow();
    if (Number(count.n) >= max) return null;
    const row = await trx.insertInto('grievance_photos').values({
      province: key.province, grievance_id: key.id, mime: photo.mime, bytes: photo.bytes, content_enc: photo.contentEnc,
    }).returning('id').executeTakeFirstOrThrow();
    return row.id;
  });
}

export async function listPhotos(db: Db, key: GrievanceKey) {
  return db.selectFrom('grievance_photos').select(['id', 'mime', 'bytes', 'created_at']).where('province', '=', key.province)
    .where('grievance_id', '=', key.id).orderBy('created_at').orderBy('id').execute();
}

export async function photoContent(db: Db, key: GrievanceKey, photoId: string) {
  return db.selectFrom('grievance_photos').select(['mime', 'content_enc']).where('province', '=', key.province)
    .where('grievance_id', '=', key.id).where('id', '=', photoId).executeTakeFirst();
}

/** Grievances per employer within reach: all, still open, open past the deadline. */
export async function countsByEmployer(db: Db, scope: Scope, now: Date, campaignId?: string) {
  let query = db.selectFrom('grievances as g').innerJoin('employers as e', 'e.id', 'g.employer_id').where(grievanceReach(scope));
  if (campaignId) query = query.where('g.campaign_id', '=', campaignId);
  return query.select([
    'e.id as employer_id', 'e.name as employer_name',
    sql<number>`count(*)`.as('total'),
    sql<number>`count(*) FILTER (WHERE g.state IN ('received', 'in_hand'))`.as('open'),
    sql<number>`count(*) FILTER (WHERE g.state IN ('received', 'in_hand') AND g.due_at < ${now})`.as('overdue'),
  ]).groupBy(['e.id', 'e.name']).orderBy(sql`count(*) FILTER (WHERE g.state IN ('received', 'in_hand') AND g.due_at < ${now})`, 'desc')
    .orderBy(sql`count(*)`, 'desc').execute();
}

/**
 * Overdue open grievances of the given employers, counted over everyone's: a flag on a
 * recommendation warns the officer about the employer, and says no more than a number.
 */
export async function overdueByEmployer(db: Db, employerIds: readonly string[], now: Date): Promise<Map<string, number>> {
  if (employerIds.length === 0) return new Map();
  const rows = await db.selectFrom('grievances').select(['employer_id', sql<number>`count(*)`.as('n')])
    .where('employer_id', 'in', [...new Set(employerIds)]).where('state', 'in', ['received', 'in_hand']).where('due_at', '<', now)
    .groupBy('employer_id').execute();
  return new Map(rows.filter((r) => r.employer_id).map((r) => [r.employer_id as string, Number(r.n)]));
}

/** Overdue open grievances against each vacancy's employer (the vacancy ids of a recommendation list). */
export async function overdueByJob(db: Db, jobIds: readonly string[], now: Date): Promise<Map<string, number>> {
  if (jobIds.length === 0) return new Map();
  const rows = await db.selectFrom('jobs as j').innerJoin('grievances as g', 'g.employer_id', 'j.employer_id')
    .select(['j.id', sql<number>`count(*)`.as('n')])
    .where('j.id', 'in', [...new Set(jobIds)]).where('g.state', 'in', ['received', 'in_hand']).where('g.due_at', '<', now)
    .groupBy('j.id').execute();
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
