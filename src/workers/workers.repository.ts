// SQL for workers. Bulk writes go through unnest() of column arrays: one statement per
// batch whatever its size, which is what makes 100,000-row imports fast on both engines.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { BatchResult } from '../imports/import-pipeline.js';

export type WorkerRow = {
  province: string;
  regionCode: string;
  name: string;
  idEnc: string;
  idHash: string;
  idMasked: string;
  birthDate: string;
  gender: string;
  phoneEnc: string | null;
  phoneHash: string | null;
  phoneMasked: string | null;
  priority: boolean;
  industries: string[];
  destinations: string[];
  minWage: number;
  contentHash: string;
  certificates: string[];
};

/** A text[] element holding a PostgreSQL array literal; our codes are plain ASCII words. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

function column<T>(rows: readonly WorkerRow[], pick: (row: WorkerRow) => T): T[] {
  return rows.map(pick);
}

export async function upsertWorkers(
  db: Db,
  campaignId: string,
  rows: readonly WorkerRow[],
  event: { actor: string; source: string },
): Promise<BatchResult> {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  return db.transaction().execute(async (trx) => {
    const changed = await sql<{ province: string; id: string; id_hash: string; inserted: boolean }>`
      INSERT INTO workers (province, campaign_id, region_code, name, id_enc, id_hash, id_masked, birth_date, gender,
                           phone_enc, phone_hash, phone_masked, priority, industries, destinations, min_wage, content_hash)
      SELECT t.province, ${campaignId}::uuid, t.region_code, t.name, t.id_enc, t.id_hash, t.id_masked, t.birth_date::date, t.gender,
             t.phone_enc, t.phone_hash, t.phone_masked, t.priority, t.industries::text[], t.destinations::text[], t.min_wage, t.content_hash
      FROM unnest(
        ${column(rows, (r) => r.province)}::text[], ${column(rows, (r) => r.regionCode)}::text[],
        ${column(rows, (r) => r.name)}::text[], ${column(rows, (r) => r.idEnc)}::text[],
        ${column(rows, (r) => r.idHash)}::text[], ${column(rows, (r) => r.idMasked)}::text[],
        ${column(rows, (r) => r.birthDate)}::text[], ${column(rows, (r) => r.gender)}::text[],
        ${column(rows, (r) => r.phoneEnc)}::text[], ${column(rows, (r) => r.phoneHash)}::text[],
        ${column(rows, (r) => r.phoneMasked)}::text[], ${column(rows, (r) => r.priority)}::boolean[],
        ${column(rows, (r) => arrayLiteral(r.industries))}::text[], ${column(rows, (r) => arrayLiteral(r.destinations))}::text[],
        ${column(rows, (r) => r.minWage)}::integer[], ${column(rows, (r) => r.contentHash)}::text[]
      ) AS t(province, region_code, name, id_enc, id_hash, id_masked, birth_date, gender, phone_enc, phone_hash,
             phone_masked, priority, industries, destinations, min_wage, content_hash)
      ON CONFLICT (province, campaign_id, id_hash) DO UPDATE SET
        region_code = excluded.region_code, name = excluded.name, id_enc = excluded.id_enc, id_masked = excluded.id_masked,
        birth_date = excluded.birth_date, gender = excluded.gender, phone_enc = excluded.phone_enc,
        phone_hash = excluded.phone_hash, phone_masked = excluded.phone_masked, priority = excluded.priority,
        industries = excluded.industries, destinations = excluded.destinations, min_wage = excluded.min_wage,
        content_hash = excluded.content_hash, updated_at = now()
      WHERE workers.content_hash IS DISTINCT FROM excluded.content_hash
      RETURNING province, id, id_hash, (xmax = 0) AS inserted
    `.execute(trx);
    const changedRows = changed.rows;
    if (changedRows.length > 0) {
      const byHash = new Map(rows.map((row) => [row.idHash, row]));
      const updatedIds = changedRows.filter((row) => !row.inserted);
      if (updatedIds.length > 0) {
        await sql`
          DELETE FROM worker_certificates wc
          USING unnest(${updatedIds.map((r) => r.province)}::text[], ${updatedIds.map((r) => r.id)}::uuid[]) AS t(province, id)
          WHERE wc.province = t.province AND wc.worker_id = t.id
        `.execute(trx);
      }
      const certProvince: string[] = [];
      const certWorker: string[] = [];
      const certCode: string[] = [];
      for (const row of changedRows) {
        for (const code of byHash.get(row.id_hash)?.certificates ?? []) {
          certProvince.push(row.province);
          certWorker.push(row.id);
          certCode.push(code);
        }
      }
      if (certCode.length > 0) {
        await sql`
          INSERT INTO worker_certificates (province, worker_id, certificate_code)
          SELECT * FROM unnest(${certProvince}::text[], ${certWorker}::uuid[], ${certCode}::text[])
        `.execute(trx);
      }
      await sql`
        INSERT INTO worker_events (province, worker_id, campaign_id, type, actor, data)
        SELECT t.province, t.worker_id, ${campaignId}::uuid, t.type, ${event.actor}, jsonb_build_object('source', ${event.source}::text)
        FROM unnest(${changedRows.map((r) => r.province)}::text[], ${changedRows.map((r) => r.id)}::uuid[],
                    ${changedRows.map((r) => (r.inserted ? 'registered' : 'updated'))}::text[]) AS t(province, worker_id, type)
      `.execute(trx);
    }
    const inserted = changedRows.filter((row) => row.inserted).length;
    return { inserted, updated: rows.length - inserted };
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
