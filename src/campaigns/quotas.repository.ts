// Regional targets (quotas) of a campaign: a city's or county's share of the target,
// set by the officer above it.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export type Quota = {
  regionCode: string;
  regionName: string;
  target: number;
  setBy: string;
  setAt: Date;
};

type QuotaRow = { region_code: string; region_name: string | null; target: number; set_by: string; set_at: Date };

function toQuota(row: QuotaRow): Quota {
  return { regionCode: row.region_code, regionName: row.region_name ?? row.region_code, target: row.target, setBy: row.set_by, setAt: row.set_at };
}

function quotasQuery(db: Db, campaignId: string) {
  return db
    .selectFrom('campaign_quotas as q')
    .leftJoin('regions as r', 'r.code', 'q.region_code')
    .select(['q.region_code', 'r.name as region_name', 'q.target', 'q.set_by', 'q.set_at'])
    .where('q.campaign_id', '=', campaignId);
}

/** The quotas of the regions inside a prefix ('-' matches nothing), by code. */
export async function listQuotas(db: Db, campaignId: string, prefix: string): Promise<Quota[]> {
  const rows = await quotasQuery(db, campaignId).where('q.region_code', 'like', `${prefix}%`).orderBy('q.region_code').execute();
  return rows.map(toQuota);
}

export async function findQuota(db: Db, campaignId: string, regionCode: string): Promise<Quota | undefined> {
  const row = await quotasQuery(db, campaignId).where('q.region_code', '=', regionCode).executeTakeFirst();
  return row ? toQuota(row) : undefined;
}

/** The targets of several regions at once (those without a quota are absent). */
export async function quotaTargets(db: Db, campaignId: string, regionCodes: readonly string[]): Promise<Map<string, number>> {
  if (regionCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('campaign_quotas')
    .select(['region_code', 'target'])
    .where('campaign_id', '=', campaignId)
    .where('region_code', 'in', [...regionCodes])
    .execute();
  return new Map(rows.map((r) => [r.region_code, r.target]));
}

export async function saveQuota(db: Db, quota: { campaignId: string; regionCode: string; target: number; setBy: string }): Promise<void> {
  await db
    .insertInto('campaign_quotas')
    .values({ campaign_id: quota.campaignId, region_code: quota.regionCode, target: quota.target, set_by: quota.setBy })
    .onConflict((oc) => oc.columns(['campaign_id', 'region_code']).doUpdateSet({ target: quota.target, set_by: quota.setBy, set_at: sql`now()` }))
    .execute();
}

export async function deleteQuota(db: Db, campaignId: string, regionCode: string): Promise<boolean> {
  const result = await db.deleteFrom('campaign_quotas').where('campaign_id', '=', campaignId).where('region_code', '=', regionCode).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
