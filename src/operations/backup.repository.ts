// The SQL of backup and restore: which tables there are and in which order they load, rows
// out as JSON text through a cursor (one snapshot), rows back in through
// json_populate_recordset (the database's own input functions, so timestamps keep their
// microseconds and jsonb its rendering, which the audit chain's digests depend on).
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** Kysely's own lock row is the migrator's, not data: it is made by the restore's migrations. */
const SKIPPED = new Set(['kysely_migration_lock']);

export type TableInfo = { name: string; columns: string[] };

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Every base table of the public schema, parents before children (foreign keys), then by name. */
export async function listTables(db: Db): Promise<TableInfo[]> {
  const tables = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`.execute(db);
  const edges = await sql<{ child: string; parent: string }>`
    SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`.execute(db);
  const columns = await sql<{ table: string; column: string }>`
    SELECT c.relname AS "table", a.attname AS "column" FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`.execute(db);
  const names = tables.rows.map((t) => t.name).filter((name) => !SKIPPED.has(name));
  const parents = new Map(names.map((name) => [name, new Set<string>()]));
  for (const e of edges.rows) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  // Kahn's order; a cycle (none today) would fall through to name order and the FK check would say so.
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p) || !parents.has(p)));
    const next = ready.length > 0 ? ready : names.filter((n) => !placed.has(n)).slice(0, 1);
    for (const n of next) {
      ordered.push(n);
      placed.add(n);
    }
  }
  const byTable = new Map<string, string[]>();
  for (const c of columns.rows) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c.column]);
  return ordered.map((name) => ({ name, columns: byTable.get(name) ?? [] }));
}

/** Names of the tables in the public schema (an empty target has none). */
export async function userTables(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`.execute(db);
  return result.rows.map((r) => r.name);
}

export async function executedMigrations(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return result.rows.map((r) => r.name);
}

export async function countRows(db: Db, table: string): Promise<number> {
  const result = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.raw(quote(table))}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** Rows of a table as JSON text, `batch` at a time, through one cursor (closed when done). */
export async function* tableRows(db: Db, table: TableInfo, batch: number): AsyncGenerator<string[]> {
  const cursor = `menkou_backup_${table.name}`;
  const list = table.columns.map(quote).join(', ');
  await sql`DECLARE ${sql.raw(quote(cursor))} NO SCROLL CURSOR FOR
    SELECT row_to_json(r)::text AS j FROM (SELECT ${sql.raw(list)} FROM ${sql.raw(quote(table.name))}) r`.execute(db);
  try {
    for (;;) {
      const result = await sql<{ j: string }>`FETCH ${sql.raw(String(batch))} FROM ${sql.raw(quote(cursor))}`.execute(db);
      if (result.rows.length === 0) return;
      yield result.rows.map((r) => r.j);
    }
  } finally {
    await sql`CLOSE ${sql.raw(quote(cursor))}`.execute(db);
  }
}

/** Triggers of our own (append-only journals and audit log) stay off while rows come back as they were. */
export async function setUserTriggers(db: Db, tables: readonly string[], enabled: boolean): Promise<void> {
  for (const t of tables) {
    await sql`ALTER TABLE ${sql.raw(quote(t))} ${sql.raw(enabled ? 'ENABLE' : 'DISABLE')} TRIGGER USER`.execute(db);
  }
}

/** Rows a migration seeded (the chain's head, reference rows) give way to the backup's. */
export async function emptyTables(db: Db, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  await sql`TRUNCATE ${sql.raw(tables.map(quote).join(', '))}`.execute(db);
}

export async function insertRows(db: Db, table: TableInfo, columns: readonly string[], rows: readonly string[]): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.map(quote).join(', ');
  await sql`INSERT INTO ${sql.raw(quote(table.name))} (${sql.raw(list)}) OVERRIDING SYSTEM VALUE
    SELECT ${sql.raw(list)} FROM json_populate_recordset(NULL::${sql.raw(quote(table.name))}, ${`[${rows.join(',')}]`}::json)`.execute(db);
}

/** Identity and serial sequences continue after the restored rows. */
export async function resetSequences(db: Db): Promise<void> {
  const result = await sql<{ tbl: string; col: string; seq: string }>`
    SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`.execute(db);
  for (const r of result.rows) {
    await sql`SELECT setval(${r.seq}::regclass, coalesce((SELECT max(${sql.raw(quote(r.col))}) FROM ${sql.raw(quote(r.tbl))}), 0) + 1, false)`.execute(db);
  }
}
