// The audit log becomes a hash chain (see src/auth/audit-chain.ts): two digest columns, a
// one-row head that every writer locks (so concurrent writers take turns and the chain has
// no forks), and the append-only trigger learns the two changes it allows: writing a new
// entry's digest once, and deleting entries older than 180 days when the prune asks for it.
import { type Kysely, sql } from 'kysely';
import { entryHash, GENESIS } from '../../auth/audit-chain.js';
import { runStatements } from './statements.js';

type Row = {
  id: string; at: string; actor_id: string | null; actor_login: string; action: string; entity: string; entity_id: string | null;
  region_code: string; ip: string | null; before: string | null; after: string | null;
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `
    ALTER TABLE audit_log ADD COLUMN prev_hash text, ADD COLUMN hash text;
    CREATE TABLE audit_chain_head (
      id smallint PRIMARY KEY CHECK (id = 1),
      last_id bigint NOT NULL,
      hash text NOT NULL,
      pruned_through_id bigint NOT NULL,
      pruned_through_hash text NOT NULL
    );
    CREATE OR REPLACE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
         AND ROW(NEW.id, NEW.at, NEW.actor_id, NEW.actor_login, NEW.action, NEW.entity, NEW.entity_id, NEW.region_code, NEW.ip, NEW.before, NEW.after, NEW.prev_hash)
             IS NOT DISTINCT FROM
             ROW(OLD.id, OLD.at, OLD.actor_id, OLD.actor_login, OLD.action, OLD.entity, OLD.entity_id, OLD.region_code, OLD.ip, OLD.before, OLD.after, OLD.prev_hash) THEN
        RETURN NEW;
      END IF;
      IF TG_OP = 'DELETE' AND current_setting('menkou.audit_prune', true) = 'on' AND OLD.at < now() - interval '180 days' THEN
        RETURN OLD;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only';
    END $$;
  `);
  // Entries written before the chain existed join it in id order.
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(db);
  let previous = GENESIS;
  let lastId = '0';
  for (;;) {
    const { rows } = await sql<Row>`
      SELECT id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, actor_id::text, actor_login, action, entity, entity_id,
             region_code, ip, before::text, after::text
      FROM audit_log WHERE audit_log.id > ${lastId}::bigint ORDER BY audit_log.id LIMIT 1000`.execute(db);
    if (rows.length === 0) break;
    const ids: string[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const r of rows) {
      const hash = entryHash(previous, {
        id: r.id, at: r.at, actorId: r.actor_id, actorLogin: r.actor_login, action: r.action, entity: r.entity, entityId: r.entity_id,
        regionCode: r.region_code, ip: r.ip, before: r.before, after: r.after,
      });
      ids.push(r.id);
      prevs.push(previous);
      hashes.push(hash);
      previous = hash;
      lastId = r.id;
    }
    await sql`UPDATE audit_log a SET prev_hash = u.prev_hash, hash = u.hash
      FROM unnest(${ids}::bigint[], ${prevs}::text[], ${hashes}::text[]) AS u(id, prev_hash, hash) WHERE a.id = u.id`.execute(db);
  }
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(db);
  await sql`INSERT INTO audit_chain_head (id, last_id, hash, pruned_through_id, pruned_through_hash) VALUES (1, ${lastId}::bigint, ${previous}, 0, ${GENESIS})`.execute(db);
}
