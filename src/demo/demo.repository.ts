import type { Db } from '../db/database.js';
import type { DemoGatheringPoint } from './demo.generate.js';

export async function insertGatheringPoints(db: Db, campaignId: string, points: readonly DemoGatheringPoint[]): Promise<void> {
  if (points.length === 0) return;
  await db
    .insertInto('gathering_points')
    .values(points.map((p) => ({
      campaign_id: campaignId, region_code: p.regionCode, serves_prefix: p.servesPrefix, name: p.name, address: null, lat: p.lat, lon: p.lon,
    })))
    .execute();
}

export async function findCampaignByName(db: Db, name: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('campaigns').select('id').where('name', '=', name).executeTakeFirst();
}
