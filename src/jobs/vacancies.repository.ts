// One vacancy at a time (the console's form), and the people on a vacancy's page. The
// people are read through the workers room's scope, so an officer sees only those of
// their region and an employer only those assigned to it.
import { sql } from 'kysely';
import { ageOn } from '../core/id-number.js';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';
import { scopedWorkers } from '../workers/workers.queries.js';
import type { JobRow } from './jobs.repository.js';
import { isUniqueViolation } from './employers.repository.js';
import type { VacancyStage, VacancyWorker } from './jobs.schema.js';
import { toVacancyColumns } from './vacancy-columns.js';

export type JobKey = { province: string; id: string };

function columns(row: JobRow) {
  return {
    ...toVacancyColumns(row),
    contact_phone_enc: row.contactPhoneEnc, contact_phone_masked: row.contactPhoneMasked, content_hash: row.contentHash,
  };
}

/** 'taken' when the campaign already has this employer's vacancy of that title at that site. */
export async function insertVacancy(db: Db, campaignId: string, employerId: string, row: JobRow): Promise<JobKey | 'taken'> {
  const inserted = await db
    .insertInto('jobs')
    .values({ province: row.province, campaign_id: campaignId, employer_id: employerId, ...columns(row) })
    .onConflict((oc) => oc.columns(['province', 'campaign_id', 'employer_id', 'site_code', 'title']).doNothing())
    .returning(['province', 'id'])
    .executeTakeFirst();
  return inserted ?? 'taken';
}

export async function updateVacancyRow(db: Db, key: JobKey, row: JobRow): Promise<'done' | 'taken'> {
  try {
    await db.updateTable('jobs').set({ ...columns(row), updated_at: new Date() })
      .where('province', '=', key.province).where('id', '=', key.id).execute();
    return 'done';
  } catch (error) {
    if (isUniqueViolation(error)) return 'taken';
    throw error;
  }
}

export type Approval = 'pending' | 'approved' | 'rejected';

export async function setApproval(db: Db, key: JobKey, change: { approval: Approval; reason: string | null; by: string }): Promise<void> {
  await db.updateTable('jobs').set({
    approval: change.approval, approval_reason: change.reason, reviewed_by: change.by, reviewed_at: new Date(),
  }).where('province', '=', key.province).where('id', '=', key.id).execute();
}

export async function approvalOf(db: Db, key: JobKey): Promise<{ approval: Approval; reason: string | null } | undefined> {
  const row = await db.selectFrom('jobs').select(['approval', 'approval_reason']).where('province', '=', key.province).where('id', '=', key.id).executeTakeFirst();
  return row && { approval: row.approval, reason: row.approval_reason };
}

/** Vacancies waiting for an officer (the service keeps those in the officer's reach). */
export async function pendingVacancyIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('jobs').select('id').where('approval', '=', 'pending')
    .orderBy('created_at').limit(500).execute();
  return rows.map((r) => r.id);
}

/** The sealed contact phone, for re-sealing a vacancy whose phone an edit leaves alone. */
export async function vacancyContactPhoneEnc(db: Db, key: JobKey): Promise<string | null> {
  const row = await db.selectFrom('jobs').select('contact_phone_enc').where('province', '=', key.province).where('id', '=', key.id).executeTakeFirst();
  return row?.contact_phone_enc ?? null;
}

type StopJson = { kind: string; location: string; name: string; eta: string };

/**
 * Who is proposed for, confirmed on, or riding a planned coach to this vacancy; ages on the
 * campaign's start date (as allocation judges them), and for a rider the coach, seat,
 * where they board and when the coach is expected at the vacancy's site.
 */
export async function vacancyWorkers(db: Db, scope: Scope, job: JobKey): Promise<VacancyWorker[]> {
  const rows = await scopedWorkers(db, scope)
    .innerJoin('assignments as a', (join) => join.onRef('a.province', '=', 'w.province').onRef('a.worker_id', '=', 'w.id'))
    .innerJoin('campaigns as c', 'c.id', 'w.campaign_id')
    .leftJoin('regions as r', 'r.code', 'w.region_code')
    .leftJoinLateral(
      (eb) => eb.selectFrom('trip_passengers as tp').innerJoin('trips as t', 't.id', 'tp.trip_id')
        .select([
          't.id as trip_id', 't.number as trip_number', sql<string>`t.departure_date::text`.as('departure_date'),
          'tp.seat', 'tp.pickup', 'tp.dropoff', sql<StopJson[]>`t.stops`.as('stops'),
        ])
        .whereRef('tp.province', '=', 'a.province').whereRef('tp.worker_id', '=', 'a.worker_id')
        .whereRef('tp.job_id', '=', 'a.job_id').where('t.status', '=', 'planned')
        .orderBy('t.departure_date', 'desc').limit(1).as('trip'),
      (join) => join.onTrue(),
    )
    .select([
      'w.id', 'w.name', 'w.id_masked', 'w.phone_masked', 'w.region_code', 'r.name as county', 'a.status',
      sql<string>`w.birth_date::text`.as('birth_date'), sql<string>`c.start_date::text`.as('campaign_start'),
      sql<string[]>`ARRAY(SELECT wc.certificate_code FROM worker_certificates wc WHERE wc.province = w.province AND wc.worker_id = w.id ORDER BY 1)`.as('certificates'),
      'trip.trip_id', 'trip.trip_number', 'trip.departure_date', 'trip.seat', 'trip.pickup', 'trip.dropoff', 'trip.stops',
    ])
    .where('a.job_province', '=', job.province)
    .where('a.job_id', '=', job.id)
    .where('a.status', 'in', ['proposed', 'confirmed'])
    .orderBy('w.region_code').orderBy('w.name').orderBy('w.id')
    .execute();
  return rows.map((r) => {
    const stage: VacancyStage = r.trip_id ? 'onTrip' : r.status === 'confirmed' ? 'confirmed' : 'proposed';
    const stops: StopJson[] = Array.isArray(r.stops) ? r.stops : typeof r.stops === 'string' ? (JSON.parse(r.stops) as StopJson[]) : [];
    const stop = (location: string | null | undefined) => stops.find((s) => s.location === location);
    return {
      workerId: r.id, name: r.name, idMasked: r.id_masked, phoneMasked: r.phone_masked, regionCode: r.region_code,
      county: r.county ?? r.region_code, age: ageOn(r.birth_date, r.campaign_start), certificates: r.certificates ?? [], stage,
      tripId: r.trip_id ?? null, tripNumber: r.trip_number ?? null, departureDate: r.departure_date ?? null,
      seat: r.seat ?? null, boardingAt: stop(r.pickup)?.name ?? null, boardingTime: stop(r.pickup)?.eta ?? null,
      expectedArrival: stop(r.dropoff)?.eta ?? null,
    };
  });
}
