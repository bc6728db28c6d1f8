// SQL of the worker's own answers on the phone pages: accepting or declining the job
// offered, changing wishes, withdrawing. Each write and its journey event go together.
import type { Db } from '../db/database.js';
import type { WorkerKey } from './portal.repository.js';
import { replaceCertificates } from './registration.repository.js';

type Key = WorkerKey & { campaignId: string };
type PortalEvent = { actor: string; data: Record<string, unknown> };

export async function appendEvent(db: Db, key: Key, type: string, event: PortalEvent): Promise<void> {
  await db.insertInto('worker_events').values({
    province: key.province, worker_id: key.id, campaign_id: key.campaignId, type, actor: event.actor, data: JSON.stringify(event.data),
  }).execute();
}

/**
 * The worker turns the job down: the assignment is withdrawn, the pair is recorded as
 * declined (the next allocation run leaves it out: allocation.instance.ts), and the worker
 * is back in the pool.
 */
export async function declineOffer(db: Db, key: Key, job: WorkerKey, reason: string, event: PortalEvent): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('assignments').set({ status: 'withdrawn', updated_at: new Date() })
      .where('province', '=', key.province).where('worker_id', '=', key.id).where('job_province', '=', job.province).where('job_id', '=', job.id)
      .where('status', 'in', ['proposed', 'confirmed']).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) return false;
    await trx.insertInto('assignment_decisions').values({
      province: key.province, worker_id: key.id, job_province: job.province, job_id: job.id, campaign_id: key.campaignId,
      decision: 'declined', reason, actor: event.actor,
    }).onConflict((oc) => oc.columns(['province', 'worker_id', 'job_province', 'job_id']).doUpdateSet({ decision: 'declined', reason, actor: event.actor, at: new Date() }))
      .execute();
    await trx.updateTable('workers').set({ status: 'registered', updated_at: new Date() }).where('province', '=', key.province).where('id', '=', key.id).execute();
    await appendEvent(trx, key, 'offer_declined', event);
    return true;
  });
}

export type WishChanges = Partial<{ industries: string[]; destinations: string[]; min_wage: number }>;

export async function updateWishes(db: Db, key: Key, changes: WishChanges, certificates: readonly string[] | undefined, event: PortalEvent): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Marked edited, so the county's next import is applied over it rather than skipped.
    await trx.updateTable('workers').set({ ...changes, content_hash: 'edited', updated_at: new Date() })
      .where('province', '=', key.province).where('id', '=', key.id).execute();
    if (certificates) await replaceCertificates(trx, key, certificates);
    await appendEvent(trx, key, 'updated', event);
  });
}

export async function withdrawWorker(db: Db, key: Key, event: PortalEvent): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('workers').set({ status: 'withdrawn', updated_at: new Date() }).where('province', '=', key.province).where('id', '=', key.id).execute();
    await trx.updateTable('assignments').set({ status: 'withdrawn', updated_at: new Date() })
      .where('province', '=', key.province).where('worker_id', '=', key.id).where('campaign_id', '=', key.campaignId).execute();
    await appendEvent(trx, key, 'withdrawn', event);
  });
}
