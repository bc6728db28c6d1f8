// The reference tables (regions, industries, certificates) mirror data/*.json. They are
// loaded on first start and refreshed when the shipped data has more rows than the table,
// so an upgrade that adds regions or certificates reaches existing databases.
import { certificates, industries } from '../core/catalog.js';
import { regionIndex } from '../core/regions.js';
import type { Db } from '../db/database.js';
import { countRegions, upsertReference } from './reference.repository.js';

export async function ensureReferenceData(db: Db): Promise<void> {
  const index = regionIndex();
  if ((await countRegions(db)) >= index.regions.length) {
    const catalogs = await db.selectFrom('certificates').select('code').execute();
    const industryRows = await db.selectFrom('industries').select('code').execute();
    if (catalogs.length >= certificates().items.length && industryRows.length >= industries().items.length) return;
  }
  await upsertReference(
    db,
    index.regions.map((r) => ({
      code: r.code, name: r.name, full_name: index.fullName(r.code) ?? r.name, level: r.level, parent: r.parent || null, lat: r.lat, lon: r.lon,
    })),
    industries().items.map(({ code, zh, en }) => ({ code, zh, en })),
    certificates().items.map(({ code, zh, en }) => ({ code, zh, en })),
  );
}
