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

/** The people the demo accounts are made for: an employer, Taiyuan's gathering point, a worker of Xing county. */
export async function findDemoPeople(db: Db, campaignId: string) {
  const employer = await db.selectFrom('jobs as j').innerJoin('employers as e', 'e.id', 'j.employer_id')
    .select(['e.id', 'e.name']).where('j.campaign_id', '=', campaignId).orderBy('e.credit_code').limit(1).executeTakeFirst();
  const point = await db.selectFrom('gathering_points').select(['id', 'name'])
    .where('campaign_id', '=', campaignId).where('region_code', '=', '140100').executeTakeFirst();
  const worker = await db.selectFrom('workers').select(['id', 'phone_enc'])
    .where('campaign_id', '=', campaignId).where('region_code', 'like', '141123%').where('phone_enc', 'is not', null)
    .orderBy('id_hash').limit(1).executeTakeFirst();
  return {
    employerId: employer?.id, employerName: employer?.name, gatheringPointId: point?.id, gatheringPointName: point?.name,
    workerId: worker?.id, workerPhoneEnc: worker?.phone_enc ?? null,
  };
}

/** Sets a campaign aside under another name (the demo's --force: its logs are append-only, so it is kept). */
export async function renameCampaign(db: Db, id: string, name: string): Promise<void> {
  await db.updateTable('campaigns').set({ name }).where('id', '=', id).execute();
}

/** How far the demo's schedule got (it runs in the background at first start and may be cut short). */
export async function scheduleProgress(db: Db, campaignId: string): Promise<{ confirmed: number; plannedDays: string[]; runActors: string[] }> {
  const confirmed = await db.selectFrom('assignments').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('campaign_id', '=', campaignId).where('status', '=', 'confirmed').executeTakeFirstOrThrow();
  const days = await db.selectFrom('trips').select('departure_date').distinct()
    .where('campaign_id', '=', campaignId).where('status', '=', 'planned').execute();
  const runs = await db.selectFrom('allocation_runs').select('actor').distinct().where('campaign_id', '=', campaignId).execute();
  return { confirmed: Number(confirmed.n), plannedDays: days.map((d) => String(d.departure_date).slice(0, 10)), runActors: runs.map((r) => r.actor) };
}
