// One Kysely type over two engines: PGlite (PostgreSQL compiled to WebAssembly, data in a
// folder) by default, or a PostgreSQL server when DATABASE_URL is set. Same SQL, same
// migrations, so what runs on a laptop runs on the bureau's server and on Citus.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { claimDataDir } from './data-lock.js';
import type { DB } from './schema.js';

export type Db = Kysely<DB>;
export type DbKind = 'pglite' | 'postgres';
export type DbHandle = { db: Db; kind: DbKind; close: () => Promise<void> };

// Return bigint/int8 and numeric as JS numbers: our counts and sums fit easily.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(1700, (value) => Number.parseFloat(value));
// Dates stay 'YYYY-MM-DD' strings: no time-zone shifts on birth dates.
pg.types.setTypeParser(1082, (value) => value);

export async function openDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<DbHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 8 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  let dataPath: string | undefined;
  let release = (): void => undefined;
  if (options.dataDir) {
    dataPath = `${options.dataDir}/pgdata`;
    fs.mkdirSync(options.dataDir, { recursive: true });
    // Before PGlite touches the folder: a second process would abort it (see data-lock.ts).
    release = claimDataDir(options.dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataPath ?? 'memory://', {
      parsers: { 20: (v: string) => Number.parseInt(v, 10), 1700: (v: string) => Number.parseFloat(v), 1082: (v: string) => v },
    });
  } catch (error) {
    release();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return { db, kind: 'pglite', close: () => db.destroy().finally(release) };
}
