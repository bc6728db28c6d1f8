// The chain's SQL: appending under the head's lock, reading entries back in the form they
// were hashed, pruning past the retention period, and the head itself.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Db } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { type ChainRow, entryHash } from './audit-chain.js';

/** Every column as the chain hashes it (see audit-chain.ts). */
const CANONICAL = sql<ChainRow>`id::text AS "id", to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "at",
  actor_id::text AS "actorId", actor_login AS "actorLogin", action, entity, entity_id AS "entityId", region_code AS "regionCode", ip,
  before::text AS "before", after::text AS "after", prev_hash AS "prevHash", hash`;

export type NewAuditRow = {
  actor_id: string | null; actor_login: string; action: string; entity: string; entity_id: string | null; region_code: string;
  ip: string | null; before: string | null; after: string | null;
};

async function appendIn(trx: Kysely<DB>, row: NewAuditRow): Promise<void> {
  // The head's row lock makes writers take turns: ids are drawn inside it, so id order is chain order.
  const head = await trx.selectFrom('audit_chain_head').select(['hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  const inserted = await trx.insertInto('audit_log').values({ ...row, prev_hash: head.hash }).returning('id').executeTakeFirstOrThrow();
  const { rows } = await sql<ChainRow>`SELECT ${CANONICAL} FROM audit_log WHERE id = ${inserted.id}`.execute(trx);
  const hash = entryHash(head.hash, rows[0]);
  await trx.updateTable('audit_log').set({ hash }).where('id', '=', inserted.id).execute();
  await trx.updateTable('audit_chain_head').set({ hash, last_id: inserted.id }).where('id', '=', 1).execute();
}

export async function appendAuditRow(db: Db, row: NewAuditRow): Promise<void> {
  if (db.isTransaction) await appendIn(db, row);
  else await db.transaction().execute((trx: Transaction<DB>) => appendIn(trx, row));
}

export async function findChainHead(db: Db) {
  return db.selectFrom('audit_chain_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

/** Entries after `afterId` in id order, as hashed. */
export async function chainRowsAfter(db: Db, afterId: string, limit: number): Promise<ChainRow[]> {
  const { rows } = await sql<ChainRow>`SELECT ${CANONICAL} FROM audit_log WHERE audit_log.id > ${afterId}::bigint ORDER BY audit_log.id LIMIT ${limit}`.execute(db);
  return rows;
}

/**
 * Deletes the entries older than `days` (never fewer than the trigger's 180) from the start of
 * the chain, and moves the head's starting link to the last one deleted, so verify starts there.
 */
export async function pruneAuditBefore(db: Db, days: number): Promise<{ deleted: number; throughId: string | null }> {
  return db.transaction().execute(async (trx) => {
    const head = await trx.selectFrom('audit_chain_head').selectAll().where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
    // Only a prefix of the chain goes: the newest old entry and everything before it.
    const last = await sql<{ id: string; hash: string | null }>`
      SELECT id::text, hash FROM audit_log WHERE at < now() - make_interval(days => ${days}) ORDER BY audit_log.id DESC LIMIT 1`.execute(trx);
    const through = last.rows[0];
    if (!through?.hash) return { deleted: 0, throughId: null };
    await sql`SELECT set_config('menkou.audit_prune', 'on', true)`.execute(trx);
    const result = await trx.deleteFrom('audit_log').where('id', '<=', Number(through.id)).executeTakeFirst();
    await sql`SELECT set_config('menkou.audit_prune', 'off', true)`.execute(trx);
    await trx.updateTable('audit_chain_head').set({ pruned_through_id: Number(through.id), pruned_through_hash: through.hash })
      .where('id', '=', 1).where('pruned_through_id', '=', head.pruned_through_id).execute();
    return { deleted: Number(result.numDeletedRows), throughId: through.id };
  });
}
