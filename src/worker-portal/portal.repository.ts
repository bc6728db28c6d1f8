// SQL of the worker's phone pages: registration codes, interest marks, and the worker's
// own offer and coach seat. Every read is keyed by the worker's (province, id), which the
// routes take from the session (or the assisting officer's reach), never from the body.
import { sql } from 'kysely';
import { workerReach } from '../auth/reach.queries.js';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';

export async function saveRegistrationCode(db: Db, phoneHash: string, codeHash: string, expiresAt: Date): Promise<void> {
  await db.insertInto('registration_codes').values({ phone_hash: phoneHash, code_hash: codeHash, expires_at: expiresAt })
    .onConflict((oc) => oc.column('phone_hash').doUpdateSet({ code_hash: codeHash, expires_at: expiresAt, attempts: 0, ticket_hash: null }))
    .execute();
}

/** Turns a matching code into a ticket (one registration within `ticketMinutes`); counts a miss otherwise. */
export async function takeRegistrationCode(db: Db, phoneHash: string, codeHash: string, ticketHash: string, maxAttempts: number, ticketMinutes: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('registration_codes').selectAll().where('phone_hash', '=', phoneHash).forUpdate().executeTakeFirst();
    if (!row || row.ticket_hash || row.expires_at.getTime() < Date.now() || row.attempts >= maxAttempts) return false;
    if (row.code_hash !== codeHash) {
      await trx.updateTable('registration_codes').set({ attempts: row.attempts + 1 }).where('phone_hash', '=', phoneHash).execute();
      return false;
    }
    await trx.updateTable('registration_codes').set({ ticket_hash: ticketHash, expires_at: new Date(Date.now() + ticketMinutes * 60_000) })
      .where('phone_hash', '=', phoneHash).execute();
    return true;
  });
}

export async function ticketValid(db: Db, phoneHash: string, ticketHash: string): Promise<boolean> {
  const row = await db.selectFrom('registration_codes').select(['ticket_hash', 'expires_at']).where('phone_hash', '=', phoneHash).executeTakeFirst();
  return !!row && row.ticket_hash === ticketHash && row.expires_at.getTime() >= Date.now();
}

export async function dropRegistrationCode(db: Db, phoneHash: string): Promise<void> {
  await db.deleteFrom('registration_codes').where('phone_hash', '=', phoneHash).execute();
}

export type WorkerKey = { province: string; id: string };

/** A worker the scope reaches (the same predicate as every list of people), or nothing. */
export async function findWorkerInReach(db: Db, scope: Scope, id: string) {
  const row = await db.selectFrom('workers as w').select(['w.province', 'w.id', 'w.campaign_id', 'w.region_code'])
    .where('w.id', '=', id).where(workerReach(scope)).executeTakeFirst();
  return row && { province: row.province, id: row.id, campaignId: row.campaign_id, regionCode: row.region_code };
}

/** The worker record a phone account signs in as, with its identity number's blind index. */
export async function linkedWorkerAccount(db: Db, userId: string) {
  return db.selectFrom('users as u').innerJoin('workers as w', (join) => join.onRef('w.province', '=', 'u.worker_province').onRef('w.id', '=', 'u.worker_id'))
    .select(['w.province', 'w.id', 'w.id_hash']).where('u.id', '=', userId).executeTakeFirst();
}

/** A phone account signs in as another record of the same person (a new campaign's). */
export async function pointAccount(db: Db, userId: string, key: { province: string; id: string; regionCode: string }): Promise<void> {
  await db.updateTable('users').set({ worker_province: key.province, worker_id: key.id, region_prefix: key.regionCode }).where('id', '=', userId).execute();
}

export async function workerRecord(db: Db, key: WorkerKey) {
  return db.selectFrom('workers').selectAll().where('province', '=', key.province).where('id', '=', key.id).executeTakeFirst();
}

export async function workerCertificates(db: Db, key: WorkerKey): Promise<string[]> {
  const rows = await db.selectFrom('worker_certificates').select('certificate_code').where('province', '=', key.province).where('worker_id', '=', key.id).execute();
  return rows.map((r) => r.certificate_code).sort();
}

export async function journeyEvents(db: Db, key: WorkerKey) {
  return db.selectFrom('worker_events').select(['type', 'at', 'actor', 'device', 'data']).where('province', '=', key.province)
    .where('worker_id', '=', key.id).orderBy('at', 'asc').orderBy('id', 'asc').execute();
}

/**
 * The worker's live assignment with its job and employer. Housing, meals and the site's
 * address are read through to_jsonb, so this works before and after the migration that
 * adds those columns (0014).
 */
export async function currentOffer(db: Db, key: WorkerKey) {
  return db.selectFrom('assignments as a')
    .innerJoin('jobs as j', (join) => join.onRef('j.province', '=', 'a.job_province').onRef('j.id', '=', 'a.job_id'))
    .innerJoin('employers as e', 'e.id', 'j.employer_id')
    .select(['a.status', 'a.job_province', 'a.job_id', 'a.updated_at', 'j.title', 'j.industry', 'j.site_code', 'j.wage', 'j.wage_max',
      'j.start_date', 'j.certificates', 'e.name as employer',
      sql<string | null>`to_jsonb(j) ->> 'accommodation'`.as('accommodation'), sql<string | null>`to_jsonb(j) ->> 'meals'`.as('meals'),
      sql<string | null>`to_jsonb(j) ->> 'site_address'`.as('site_address')])
    .where('a.province', '=', key.province).where('a.worker_id', '=', key.id).where('a.status', 'in', ['proposed', 'confirmed'])
    .orderBy('a.updated_at', 'desc').executeTakeFirst();
}

/** The worker's seat on a planned coach, with their own gathering point and the job's site. */
export async function currentSeat(db: Db, key: WorkerKey) {
  return db.selectFrom('trip_passengers as tp').innerJoin('trips as t', 't.id', 'tp.trip_id')
    .leftJoin('gathering_points as g', (join) => join.on(sql<boolean>`'gp:' || g.id::text = tp.pickup`))
    .leftJoin('jobs as j', (join) => join.onRef('j.province', '=', 'tp.job_province').onRef('j.id', '=', 'tp.job_id'))
    .select(['t.id as trip_id', 't.number', 't.departure_date', 't.stops', 't.vehicle', 'tp.seat', 'tp.pickup', 'g.name as point_name',
      'g.address as point_address', 'j.site_code'])
    .where('tp.province', '=', key.province).where('tp.worker_id', '=', key.id).where('t.status', '=', 'planned')
    // A rebooked or cancelled passenger keeps the old row beside a passenger_changes entry.
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM passenger_changes pc WHERE pc.trip_id = tp.trip_id AND pc.province = tp.province AND pc.worker_id = tp.worker_id)`)
    .orderBy('t.departure_date', 'desc').orderBy('t.created_at', 'desc').executeTakeFirst();
}

export async function campaignName(db: Db, id: string): Promise<string> {
  return (await db.selectFrom('campaigns').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';
}

export async function markInterest(db: Db, key: WorkerKey, job: WorkerKey, on: boolean): Promise<void> {
  if (on) {
    await db.insertInto('worker_interests').values({ province: key.province, worker_id: key.id, job_province: job.province, job_id: job.id })
      .onConflict((oc) => oc.doNothing()).execute();
  } else {
    await db.deleteFrom('worker_interests').where('province', '=', key.province).where('worker_id', '=', key.id)
      .where('job_province', '=', job.province).where('job_id', '=', job.id).execute();
  }
}
