// SQL for workers. A batch goes in as one statement whatever its size: its columns are
// PostgreSQL array literals (text parameters, built where the rows are sealed, which for
// a large import is a worker thread: see workers/registration-batch.ts), unnested into
// rows; data-modifying CTEs then add certificates and journey events for exactly the
// rows that changed, server side, so no per-row data comes back for a new worker.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { arrayLiteral } from '../db/array-literal.js';
import type { BatchResult } from '../spreadsheets/import-pipeline.js';
import { type WorkerBatch, workerBatch, type WorkerRow } from './registration-batch.js';

export type { WorkerBatch, WorkerRow };
export { arrayLiteral };

export async function upsertWorkers(
  db: Db,
  campaignId: string,
  rows: readonly WorkerRow[],
  event: { actor: string; source: string },
  options: { insertOnly?: boolean } = {},
): Promise<BatchResult> {
  return upsertWorkerBatch(db, campaignId, workerBatch(rows), event, options);
}

/**
 * Inserts new workers and updates changed ones (the identity number's blind index is the
 * key); unchanged rows are left alone and get no event. One statement does the rows,
 * the new certificates and the events; only when some worker was updated does a second
 * one (same transaction) remove the certificates no longer listed. The two touch
 * different rows, so their order does not matter.
 */
export async function upsertWorkerBatch(
  db: Db,
  campaignId: string,
  batch: WorkerBatch,
  event: { actor: string; source: string },
  options: { asyncCommit?: boolean; reachPrefix?: string; insertOnly?: boolean } = {},
): Promise<BatchResult> {
  // An importer may only overwrite people already inside its reach: a row naming its own
  // county with the number of someone registered in another county must not move them.
  const reach = options.reachPrefix ?? '';
  if (batch.count === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  return db.transaction().execute(async (trx) => {
    // An import's commit need not wait for its WAL to reach disk: a crash loses whole
    // batches at most, and importing the file again restores them.
    if (options.asyncCommit) await sql`SET LOCAL synchronous_commit = off`.execute(trx);
    const [id, province, regionCode, name, idEnc, idHash, idMasked, birthDate, gender, phoneEnc, phoneHash, phoneMasked, priority,
      industries, destinations, minWage, contentHash, certificates] = batch.columns;
    const result = await sql<{ inserted: number; updated: { province: string; id: string; certificates: string[] }[] | null }>`
      WITH input AS (
        SELECT * FROM unnest(
          ${id}::uuid[], ${province}::text[], ${regionCode}::text[], ${name}::text[], ${idEnc}::text[], ${idHash}::text[],
          ${idMasked}::text[], ${birthDate}::date[], ${gender}::text[], ${phoneEnc}::text[], ${phoneHash}::text[], ${phoneMasked}::text[],
          ${priority}::boolean[], ${industries}::text[], ${destinations}::text[], ${minWage}::integer[], ${contentHash}::text[],
          ${certificates}::text[]
        ) AS t(id, province, region_code, name, id_enc, id_hash, id_masked, birth_date, gender, phone_enc, phone_hash,
               phone_masked, priority, industries, destinations, min_wage, content_hash, certificates)
      ), changed AS (
        INSERT INTO workers (id, province, campaign_id, region_code, name, id_enc, id_hash, id_masked, birth_date, gender,
                             phone_enc, phone_hash, phone_masked, priority, industries, destinations, min_wage, content_hash)
        SELECT t.id, t.province, ${campaignId}::uuid, t.region_code, t.name, t.id_enc, t.id_hash, t.id_masked, t.birth_date, t.gender,
               t.phone_enc, t.phone_hash, t.phone_masked, t.priority, t.industries::text[], t.destinations::text[], t.min_wage, t.content_hash
        FROM input t
        ON CONFLICT (province, campaign_id, id_hash) DO UPDATE SET
          region_code = excluded.region_code, name = excluded.name, id_enc = excluded.id_enc, id_masked = excluded.id_masked,
          birth_date = excluded.birth_date, gender = excluded.gender, phone_enc = excluded.phone_enc,
          phone_hash = excluded.phone_hash, phone_masked = excluded.phone_masked, priority = excluded.priority,
          industries = excluded.industries, destinations = excluded.destinations, min_wage = excluded.min_wage,
          content_hash = excluded.content_hash, updated_at = now()
        WHERE workers.content_hash IS DISTINCT FROM excluded.content_hash AND workers.region_code LIKE ${`${reach}%`}
          AND ${options.insertOnly !== true}
        RETURNING province, id, id_hash, (xmax = 0) AS inserted
      ), changed_input AS (
        SELECT c.province, c.id, c.inserted, t.certificates::text[] AS certificates
        FROM changed c JOIN input t ON t.province = c.province AND t.id_hash = c.id_hash
      ), certified AS (
        INSERT INTO worker_certificates (province, worker_id, certificate_code)
        SELECT c.province, c.id, code FROM changed_input c CROSS JOIN LATERAL unnest(c.certificates) AS code
        ON CONFLICT DO NOTHING
      ), logged AS (
        INSERT INTO worker_events (province, worker_id, campaign_id, type, actor, data)
        SELECT c.province, c.id, ${campaignId}::uuid, CASE WHEN c.inserted THEN 'registered' ELSE 'updated' END, ${event.actor},
               ${JSON.stringify({ source: event.source })}::jsonb
        FROM changed c
      )
      SELECT (count(*) FILTER (WHERE inserted))::integer AS inserted,
             json_agg(json_build_object('province', province, 'id', id, 'certificates', certificates)) FILTER (WHERE NOT inserted) AS updated
      FROM changed_input
    `.execute(trx);
    const { inserted, updated } = result.rows[0] ?? { inserted: 0, updated: null };
    if (updated && updated.length > 0) {
      await sql`
        DELETE FROM worker_certificates wc
        USING unnest(${updated.map((u) => u.province)}::text[], ${updated.map((u) => u.id)}::uuid[],
                     ${updated.map((u) => arrayLiteral(u.certificates))}::text[]) AS u(province, id, certificates)
        WHERE wc.province = u.province AND wc.worker_id = u.id AND wc.certificate_code <> ALL (u.certificates::text[])
      `.execute(trx);
    }
    // Identical rows are skipped by the upsert's WHERE and are in neither count.
    const changed = updated?.length ?? 0;
    return { inserted, updated: changed, unchanged: batch.count - inserted - changed };
  });
}

export type WorkerChanges = Partial<{
  name: string;
  phone_enc: string | null;
  phone_hash: string | null;
  phone_masked: string | null;
  priority: boolean;
  industries: string[];
  destinations: string[];
  min_wage: number;
}>;

/** One worker's correction and its journey event, together or not at all. */
export async function applyWorkerUpdate(
  db: Db,
  key: { province: string; id: string; campaignId: string },
  changes: WorkerChanges,
  actor: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // A manual edit marks the content as changed, so the next import of the county's
    // sheet is applied over it rather than skipped as identical.
    await trx.updateTable('workers').set({ ...changes, content_hash: 'edited', updated_at: new Date() })
      .where('province', '=', key.province).where('id', '=', key.id).execute();
    await trx.insertInto('worker_events').values({
      province: key.province, worker_id: key.id, campaign_id: key.campaignId, type: 'updated', actor,
      data: JSON.stringify({ source: 'edit', fields: Object.keys(changes).filter((f) => !f.endsWith('_hash') && !f.endsWith('_enc')) }),
    }).execute();
  });
}

export async function markWithdrawn(db: Db, key: { province: string; id: string; campaignId: string }, actor: string, reason: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('workers').set({ status: 'withdrawn', updated_at: new Date() }).where('province', '=', key.province).where('id', '=', key.id).execute();
    await trx.updateTable('assignments').set({ status: 'withdrawn', updated_at: new Date() })
      .where('province', '=', key.province).where('worker_id', '=', key.id).where('campaign_id', '=', key.campaignId).execute();
    await trx.insertInto('worker_events').values({
      province: key.province, worker_id: key.id, campaign_id: key.campaignId, type: 'withdrawn', actor, data: JSON.stringify({ reason }),
    }).execute();
  });
}

/**
 * Fresh planner statistics for the people tables after a bulk write. PGlite runs no
 * autovacuum, so without this a table loaded with 27,000 rows is planned as if it held
 * one, and the workers list picks nested loops and bitmap ANDs that cost seconds.
 */
export async function refreshWorkerStatistics(db: Db): Promise<void> {
  await sql`ANALYZE workers`.execute(db);
  await sql`ANALYZE worker_certificates`.execute(db);
}
