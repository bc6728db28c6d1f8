import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { CatalogTable, RegionTable } from '../db/schema.js';

export async function countRegions(db: Db): Promise<number> {
  const row = await db.selectFrom('regions').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return row.n;
}

/** Replaces the reference tables' rows by the shipped data, in one transaction. */
export async function upsertReference(
  db: Db,
  regions: readonly RegionTable[],
  industries: readonly CatalogTable[],
  certificates: readonly CatalogTable[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`
      INSERT INTO regions (code, name, full_name, level, parent, lat, lon)
      SELECT * FROM unnest(${regions.map((r) => r.code)}::text[], ${regions.map((r) => r.name)}::text[],
        ${regions.map((r) => r.full_name)}::text[], ${regions.map((r) => r.level)}::text[], ${regions.map((r) => r.parent)}::text[],
        ${regions.map((r) => r.lat)}::float8[], ${regions.map((r) => r.lon)}::float8[])
      ON CONFLICT (code) DO UPDATE SET name = excluded.name, full_name = excluded.full_name, level = excluded.level,
        parent = excluded.parent, lat = excluded.lat, lon = excluded.lon
    `.execute(trx);
    for (const [table, items] of [['industries', industries], ['certificates', certificates]] as const) {
      await sql`
        INSERT INTO ${sql.table(table)} (code, zh, en)
        SELECT * FROM unnest(${items.map((i) => i.code)}::text[], ${items.map((i) => i.zh)}::text[], ${items.map((i) => i.en)}::text[])
        ON CONFLICT (code) DO UPDATE SET zh = excluded.zh, en = excluded.en
      `.execute(trx);
    }
  });
}

export async function listRegions(db: Db, parent: string | null) {
  let query = db.selectFrom('regions').select(['code', 'name', 'full_name', 'level', 'parent', 'lat', 'lon']);
  query = parent === null ? query.where('level', '=', 'province') : query.where('parent', '=', parent);
  return query.orderBy('code').execute();
}

export async function listCatalog(db: Db, table: 'industries' | 'certificates') {
  return db.selectFrom(table).select(['code', 'zh', 'en']).orderBy('code').execute();
}
