// The employer's word on one proposed worker: confirm (as an officer's confirmation does)
// or decline with a reason. A declined worker's assignment is withdrawn, so the next run
// treats them as free; the decision and its reason go into the worker's journey. Kept here
// so the worker side (or an officer) can call the same rule.
import { sql } from 'kysely';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { isUuid } from '../core/ids.js';

export type Decision = { jobId: string; workerId: string; confirm: boolean; reason?: string };

const notFound = (workerId: string) =>
  domainError({ code: 'not_found', record: `worker ${workerId}`, zh: '该岗位没有这名拟分配人员', en: 'no such proposed worker on this vacancy' });

export async function decideProposal(ctx: AppContext, actor: Actor, d: Decision): Promise<{ status: 'confirmed' | 'declined' }> {
  if (!isUuid(d.jobId) || !isUuid(d.workerId)) throw notFound(d.workerId);
  const reason = d.reason?.trim() || null;
  if (!d.confirm && !reason) throw invalidInput(`worker ${d.workerId}`, 'reason', { zh: '婉拒须填写原因', en: 'declining needs a reason' });
  if (reason && reason.length > 200) throw invalidInput(`worker ${d.workerId}`, 'reason', { zh: '原因不超过 200 字', en: 'a reason has at most 200 characters' });
  const done = await ctx.db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('assignments as a')
      .innerJoin('jobs as j', (join) => join.onRef('j.province', '=', 'a.job_province').onRef('j.id', '=', 'a.job_id'))
      .innerJoin('workers as w', (join) => join.onRef('w.province', '=', 'a.province').onRef('w.id', '=', 'a.worker_id'))
      .select(['a.province', 'a.worker_id', 'a.job_province', 'a.job_id', 'a.campaign_id', 'j.site_code'])
      .where('a.job_id', '=', d.jobId).where('a.worker_id', '=', d.workerId).where('a.status', '=', 'proposed');
    // Reach: an employer decides on its own vacancies; an officer on workers of their region.
    if (actor.scope.kind === 'employer') query = query.where('j.employer_id', '=', actor.scope.employerId);
    else if (actor.scope.kind === 'region' && actor.role !== 'worker') query = query.where('w.region_code', 'like', `${actor.scope.prefix}%`);
    else query = query.where(sql<boolean>`false`);
    const row = await query.forUpdate().executeTakeFirst();
    if (!row) throw notFound(d.workerId);
    const status = d.confirm ? 'confirmed' : 'withdrawn';
    await trx.updateTable('assignments').set({ status, updated_at: new Date() })
      .where('province', '=', row.province).where('worker_id', '=', row.worker_id).where('job_id', '=', row.job_id).execute();
    if (d.confirm) await trx.updateTable('workers').set({ status: 'confirmed' }).where('province', '=', row.province).where('id', '=', row.worker_id).execute();
    const decision: 'confirmed' | 'declined' = d.confirm ? 'confirmed' : 'declined';
    await trx.insertInto('assignment_decisions').values({
      province: row.province, worker_id: row.worker_id, job_province: row.job_province, job_id: row.job_id, campaign_id: row.campaign_id,
      decision, reason, actor: actor.login,
    }).onConflict((oc) => oc.columns(['province', 'worker_id', 'job_province', 'job_id']).doUpdateSet({ decision, reason, actor: actor.login, at: new Date() }))
      .execute();
    await trx.insertInto('worker_events').values({
      province: row.province, worker_id: row.worker_id, campaign_id: row.campaign_id, type: d.confirm ? 'confirmed' : 'declined_by_employer',
      actor: actor.login, data: JSON.stringify({ job: row.job_id, reason }),
    }).execute();
    return { row, decision };
  });
  // After the transaction: the audit writes on its own connection (PGlite has only one).
  await recordAudit(ctx, actor, {
    action: d.confirm ? 'proposal.confirm' : 'proposal.decline', entity: 'worker', entityId: done.row.worker_id, regionCode: done.row.site_code,
    after: { job: done.row.job_id, decision: done.decision, reason },
  });
  return { status: done.decision };
}
