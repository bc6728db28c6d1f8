// The SQL of key rotation: the rotation's record, sealed rows a batch at a time in key order
// (locked while they are re-sealed), and the switch's statements. Writes set `menkou.rekey`
// for their transaction, so migration 0018's triggers let them through.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** A table holding sealed values: its key (with SQL types, for keyset paging) and its sealed columns. */
export type SealedTable = {
  table: string;
  key: readonly { column: string; type: string }[];
  columns: readonly { enc: string; hash?: string; staged?: string }[];
  /** Rows per batch: photos are megabytes each. */
  batch: number;
};

const PROVINCE_ID = (idType: string) => [{ column: 'province', type: 'bpchar' }, { column: 'id', type: idType }] as const;

/** Every sealed column (a test walks the schema for `_enc` columns and fails on one missing here). */
export const SEALED_TABLES: readonly SealedTable[] = [
  { table: 'workers', key: PROVINCE_ID('uuid'), columns: [{ enc: 'id_enc', hash: 'id_hash', staged: 'id_hash_next' }, { enc: 'phone_enc', hash: 'phone_hash', staged: 'phone_hash_next' }], batch: 500 },
  { table: 'jobs', key: PROVINCE_ID('uuid'), columns: [{ enc: 'contact_phone_enc' }], batch: 500 },
  { table: 'import_runs', key: [{ column: 'id', type: 'uuid' }], columns: [{ enc: 'errors_enc' }], batch: 5 },
  { table: 'grievances', key: PROVINCE_ID('uuid'), columns: [{ enc: 'description_enc' }], batch: 500 },
  { table: 'grievance_events', key: PROVINCE_ID('bigint'), columns: [{ enc: 'note_enc' }], batch: 500 },
  { table: 'grievance_photos', key: PROVINCE_ID('uuid'), columns: [{ enc: 'content_enc' }], batch: 5 },
];

export type Rotation = {
  id: number; old_check: string; new_check: string; state: 'rekeying' | 'switched' | 'done';
  progress: Record<string, { done: number; cursor: string[] | null }>;
};

const q = (name: string): string => `"${name}"`;

export async function openRotation(db: Db): Promise<Rotation | undefined> {
  const result = await sql<Rotation>`SELECT id, old_check, new_check, state, progress FROM key_rotations WHERE state <> 'done'`.execute(db);
  return result.rows[0];
}

export async function startRotation(db: Db, oldCheck: string, newCheck: string, actor: string): Promise<Rotation> {
  const result = await sql<Rotation>`INSERT INTO key_rotations (old_check, new_check, actor) VALUES (${oldCheck}, ${newCheck}, ${actor})
    RETURNING id, old_check, new_check, state, progress`.execute(db);
  return result.rows[0];
}

export async function setRotationState(db: Db, id: number, state: 'switched' | 'done'): Promise<void> {
  await sql`UPDATE key_rotations SET state = ${state}, switched_at = CASE WHEN ${state} = 'switched' THEN now() ELSE switched_at END,
    finished_at = CASE WHEN ${state} = 'done' THEN now() ELSE finished_at END WHERE id = ${id}`.execute(db);
}

export async function saveProgress(db: Db, id: number, table: string, done: number, cursor: string[] | null): Promise<void> {
  await sql`UPDATE key_rotations SET progress = jsonb_set(progress, ${[table]}::text[], ${JSON.stringify({ done, cursor })}::jsonb) WHERE id = ${id}`.execute(db);
}

export async function allowRekey(db: Db): Promise<void> {
  await sql`SELECT set_config('menkou.rekey', 'on', true)`.execute(db);
}

/** Rows not yet sealed under the new key. */
export async function countUnsealed(db: Db, spec: SealedTable, newCheck: string): Promise<number> {
  const result = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.raw(q(spec.table))} WHERE key_check IS DISTINCT FROM ${newCheck}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

export type SealedRow = { key: string[]; values: (string | null)[] };

/** The next rows after `after` (key order) not sealed under the new key, locked until the batch commits. */
export async function nextUnsealed(db: Db, spec: SealedTable, newCheck: string, after: readonly string[] | null, limit: number): Promise<SealedRow[]> {
  const keyList = spec.key.map((k) => q(k.column)).join(', ');
  const keyText = spec.key.map((k, i) => `${q(k.column)}::text AS k${i}`).join(', ');
  const valueList = spec.columns.map((c, i) => `${q(c.enc)} AS v${i}`).join(', ');
  const past = after
    ? sql`AND (${sql.raw(keyList)}) > (${sql.join(spec.key.map((k, i) => sql`${after[i]}::${sql.raw(k.type)}`))})`
    : sql``;
  const result = await sql<Record<string, string | null>>`
    SELECT ${sql.raw(keyText)}, ${sql.raw(valueList)} FROM ${sql.raw(q(spec.table))}
    WHERE key_check IS DISTINCT FROM ${newCheck} ${past}
    ORDER BY ${sql.raw(keyList)} LIMIT ${limit} FOR UPDATE`.execute(db);
  return result.rows.map((r) => ({ key: spec.key.map((_, i) => String(r[`k${i}`])), values: spec.columns.map((_, i) => r[`v${i}`] ?? null) }));
}

/**
 * Writes re-sealed values and marks the rows. Blind indexes go to the staged columns before
 * the switch (`live` false: the server still looks up by the old key's), to the live ones after.
 */
export async function writeSealed(db: Db, spec: SealedTable, newCheck: string, rows: readonly (SealedRow & { hashes: (string | null)[] })[], live: boolean): Promise<void> {
  if (rows.length === 0) return;
  const sets: string[] = [];
  const arrays: ReturnType<typeof sql>[] = [];
  const names: string[] = [];
  spec.key.forEach((_, i) => {
    arrays.push(sql`${rows.map((r) => r.key[i])}::text[]`);
    names.push(`k${i}`);
  });
  spec.columns.forEach((c, i) => {
    arrays.push(sql`${rows.map((r) => r.values[i])}::text[]`);
    names.push(`v${i}`);
    sets.push(`${q(c.enc)} = u.v${i}`);
    if (c.hash && c.staged) {
      arrays.push(sql`${rows.map((r) => r.hashes[i])}::text[]`);
      names.push(`h${i}`);
      if (live) sets.push(`${q(c.hash)} = u.h${i}`, `${q(c.staged)} = NULL`);
      else sets.push(`${q(c.staged)} = u.h${i}`);
    }
  });
  const match = spec.key.map((k, i) => `t.${q(k.column)} = u.k${i}::${k.type}`).join(' AND ');
  await sql`UPDATE ${sql.raw(q(spec.table))} t SET ${sql.raw(sets.join(', '))}, key_check = ${newCheck}
    FROM unnest(${sql.join(arrays)}) AS u(${sql.raw(names.join(', '))}) WHERE ${sql.raw(match)}`.execute(db);
}

/** Writers wait while the switch puts the new key's indexes in place (readers do not). */
export async function lockSealedTables(db: Db): Promise<void> {
  const names = [...SEALED_TABLES.map((s) => s.table), 'users'].map(q).join(', ');
  await sql`LOCK TABLE ${sql.raw(names)} IN SHARE ROW EXCLUSIVE MODE`.execute(db);
}

export async function installStagedIndexes(db: Db, newCheck: string): Promise<number> {
  const result = await sql`UPDATE workers SET id_hash = id_hash_next, phone_hash = phone_hash_next, id_hash_next = NULL, phone_hash_next = NULL
    WHERE key_check = ${newCheck} AND id_hash_next IS NOT NULL`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Sealed columns of the accounts table, whichever migrations made them (TOTP secrets). */
export async function userSealedColumns(db: Db): Promise<string[]> {
  const result = await sql<{ c: string }>`SELECT column_name AS c FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = 'users' AND column_name LIKE '%\\_enc' ORDER BY 1`.execute(db);
  return result.rows.map((r) => r.c);
}

export async function usersWithSealed(db: Db, columns: readonly string[]): Promise<{ id: string; values: (string | null)[] }[]> {
  if (columns.length === 0) return [];
  const result = await sql<Record<string, string | null>>`SELECT id::text AS id, ${sql.raw(columns.map((c, i) => `${q(c)} AS v${i}`).join(', '))}
    FROM users WHERE ${sql.raw(columns.map((c) => `${q(c)} IS NOT NULL`).join(' OR '))}`.execute(db);
  return result.rows.map((r) => ({ id: String(r.id), values: columns.map((_, i) => r[`v${i}`] ?? null) }));
}

export async function updateUserSealed(db: Db, id: string, columns: readonly string[], values: readonly (string | null)[]): Promise<void> {
  await sql`UPDATE users SET ${sql.join(columns.map((c, i) => sql`${sql.raw(q(c))} = ${values[i]}`))} WHERE id = ${id}::uuid`.execute(db);
}

/** Worker accounts sign in by their phone's blind index (auth.service workerLogin). */
export async function phoneLogins(db: Db): Promise<{ id: string; login: string; phone_enc: string | null }[]> {
  const result = await sql<{ id: string; login: string; phone_enc: string | null }>`
    SELECT u.id::text AS id, u.login, w.phone_enc FROM users u
    LEFT JOIN workers w ON w.province = u.worker_province AND w.id = u.worker_id
    WHERE u.login LIKE 'phone:%'`.execute(db);
  return result.rows;
}

export async function setLogin(db: Db, id: string, login: string): Promise<void> {
  await sql`UPDATE users SET login = ${login} WHERE id = ${id}::uuid`.execute(db);
}

/** Codes digested under the old key can no longer match: whoever waits for one asks again. */
export async function dropPendingCodes(db: Db): Promise<number> {
  const a = await sql`DELETE FROM login_codes`.execute(db);
  const b = await sql`DELETE FROM registration_codes`.execute(db);
  return Number(a.numAffectedRows ?? 0) + Number(b.numAffectedRows ?? 0);
}
