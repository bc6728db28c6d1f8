// SQL of a worker's own registration on the phone pages: finding an imported record by the
// identity number's blind index, writing a new one or updating the linked one (with its
// journey event, in one transaction), travel groups, and the worker's phone account.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { WorkerRow } from '../workers/registration-batch.js';

export type RegisteredWorker = { province: string; id: string; region_code: string; travel_group: string | null; name: string };

/** The campaign's registration of an identity number (any province: the index is national). */
export async function findByIdHash(db: Db, campaignId: string, idHash: string): Promise<RegisteredWorker | undefined> {
  return db.selectFrom('workers').select(['province', 'id', 'region_code', 'travel_group', 'name'])
    .where('campaign_id', '=', campaignId).where('id_hash', '=', idHash).orderBy('created_at').executeTakeFirst();
}

export async function findManyByIdHash(db: Db, campaignId: string, idHashes: readonly string[]): Promise<(RegisteredWorker & { id_hash: string })[]> {
  if (idHashes.length === 0) return [];
  return db.selectFrom('workers').select(['province', 'id', 'region_code', 'travel_group', 'name', 'id_hash'])
    .where('campaign_id', '=', campaignId).where('id_hash', 'in', [...idHashes]).execute();
}

type PortalEvent = { actor: string; data: Record<string, unknown> };

/** A new registration from the phone pages; undefined when the number was registered meanwhile. */
export async function insertPortalWorker(db: Db, campaignId: string, row: WorkerRow, event: PortalEvent): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx.insertInto('workers').values({
      province: row.province, campaign_id: campaignId, region_code: row.regionCode, name: row.name, id_enc: row.idEnc, id_hash: row.idHash,
      id_masked: row.idMasked, birth_date: row.birthDate, gender: row.gender as 'male' | 'female', phone_enc: row.phoneEnc,
      phone_hash: row.phoneHash, phone_masked: row.phoneMasked, priority: row.priority, industries: row.industries,
      destinations: row.destinations, min_wage: row.minWage, content_hash: row.contentHash, consent_at: new Date(),
    }).onConflict((oc) => oc.columns(['province', 'campaign_id', 'id_hash']).doNothing()).returning('id').executeTakeFirst();
    if (!inserted) return undefined;
    if (row.certificates.length > 0) {
      await trx.insertInto('worker_certificates')
        .values(row.certificates.map((c) => ({ province: row.province, worker_id: inserted.id, certificate_code: c }))).execute();
    }
    await trx.insertInto('worker_events').values({
      province: row.province, worker_id: inserted.id, campaign_id: campaignId, type: 'registered', actor: event.actor, data: JSON.stringify(event.data),
    }).execute();
    return inserted.id;
  });
}

export type LinkedChanges = {
  name: string; phone_enc: string | null; phone_hash: string | null; phone_masked: string | null;
  industries: string[]; destinations: string[]; min_wage: number; region_code?: string;
};

/** The worker confirms and completes an imported registration: fields, certificates, consent, event. */
export async function updateLinkedWorker(
  db: Db, key: { province: string; id: string; campaignId: string }, changes: LinkedChanges, certificates: readonly string[], event: PortalEvent,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Marked edited, so the county's next import is applied over it rather than skipped.
    await trx.updateTable('workers').set({ ...changes, consent_at: new Date(), content_hash: 'edited', updated_at: new Date() })
      .where('province', '=', key.province).where('id', '=', key.id).execute();
    await replaceCertificates(trx, key, certificates);
    await trx.insertInto('worker_events').values({
      province: key.province, worker_id: key.id, campaign_id: key.campaignId, type: 'updated', actor: event.actor, data: JSON.stringify(event.data),
    }).execute();
  });
}

export async function replaceCertificates(db: Db, key: { province: string; id: string }, certificates: readonly string[]): Promise<void> {
  await db.deleteFrom('worker_certificates').where('province', '=', key.province).where('worker_id', '=', key.id)
    .$if(certificates.length > 0, (q) => q.where('certificate_code', 'not in', [...certificates])).execute();
  if (certificates.length > 0) {
    await db.insertInto('worker_certificates').values(certificates.map((c) => ({ province: key.province, worker_id: key.id, certificate_code: c })))
      .onConflict((oc) => oc.doNothing()).execute();
  }
}

/** Puts workers into one travel group, each with a journey event. */
export async function joinTravelGroup(
  db: Db, campaignId: string, members: readonly { province: string; id: string }[], group: string, event: PortalEvent,
): Promise<void> {
  if (members.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const m of members) {
      await trx.updateTable('workers').set({ travel_group: group, updated_at: new Date() }).where('province', '=', m.province).where('id', '=', m.id).execute();
      await trx.insertInto('worker_events').values({
        province: m.province, worker_id: m.id, campaign_id: campaignId, type: 'travel_group', actor: event.actor, data: JSON.stringify({ ...event.data, group }),
      }).execute();
    }
  });
}

/** Companions named before they registered: their numbers' blind indexes wait on an event. */
export async function recordPendingCompanions(db: Db, key: { province: string; id: string; campaignId: string }, pending: readonly string[], event: PortalEvent): Promise<void> {
  await db.insertInto('worker_events').values({
    province: key.province, worker_id: key.id, campaign_id: key.campaignId, type: 'companions_named', actor: event.actor,
    data: JSON.stringify({ ...event.data, pending }),
  }).execute();
}

/** Workers who named this identity number as a companion before it was registered. */
export async function namedAsCompanionBy(db: Db, campaignId: string, idHash: string): Promise<RegisteredWorker[]> {
  const result = await sql<RegisteredWorker>`
    SELECT DISTINCT w.province, w.id, w.region_code, w.travel_group, w.name, w.created_at FROM worker_events e
    JOIN workers w ON w.province = e.province AND w.id = e.worker_id
    WHERE e.campaign_id = ${campaignId}::uuid AND e.type = 'companions_named' AND e.data->'pending' @> to_jsonb(ARRAY[${idHash}]::text[])
    ORDER BY w.created_at`.execute(db);
  return result.rows;
}

export async function travelGroupMembers(db: Db, campaignId: string, group: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('workers').select(['id', 'name']).where('campaign_id', '=', campaignId).where('travel_group', '=', group)
    .where('status', '<>', 'withdrawn').orderBy('created_at').execute();
}
