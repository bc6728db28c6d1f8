// Officers approve or reject what employers post, inside their own region; both are
// audited. Only approved vacancies take part in allocation (allocation.repository.ts).
import type { AppContext } from '../app/context.js';
import { type Actor, mayManage } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { domainError, invalidInput } from '../core/errors.js';
import { findJob } from './jobs.queries.js';
import type { Vacancy } from './jobs.schema.js';
import { approvalOf, type Approval, pendingVacancyIds, setApproval } from './vacancies.repository.js';
import { vacancyNotFound } from './vacancies.service.js';

/** Every vacancy read carries its approval now; the name stays for the routes. */
export type ReviewedVacancy = Vacancy;

// The campaign's provincial officers review, as they create the employer accounts; the
// vacancy must be in their campaigns' reach (findJob), wherever its site is.
function mustReview(actor: Actor): void {
  if (!mayManage(actor) || (actor.role !== 'admin' && actor.role !== 'province')) {
    throw domainError({ code: 'forbidden', zh: '只有省级人社部门可审核岗位', en: 'only provincial officers review vacancies' });
  }
}

export async function approvalQueue(ctx: AppContext, actor: Actor): Promise<ReviewedVacancy[]> {
  mustReview(actor);
  const items: ReviewedVacancy[] = [];
  for (const id of await pendingVacancyIds(ctx.db)) {
    const job = await findJob(ctx.db, actor.scope, id);
    if (job) items.push({ ...job, approval: 'pending', approvalReason: null });
  }
  return items;
}

export async function reviewVacancy(ctx: AppContext, actor: Actor, id: string, decision: { approve: boolean; reason?: string }): Promise<ReviewedVacancy> {
  mustReview(actor);
  const job = await findJob(ctx.db, actor.scope, id);
  if (!job) throw vacancyNotFound(id);
  const key = { province: job.siteCode.slice(0, 2), id };
  const before = await approvalOf(ctx.db, key);
  const reason = decision.reason?.trim() || null;
  if (!decision.approve && !reason) throw invalidInput(`job ${id}`, 'reason', { zh: '驳回须填写原因', en: 'a rejection needs a reason' });
  const approval: Approval = decision.approve ? 'approved' : 'rejected';
  await setApproval(ctx.db, key, { approval, reason, by: actor.login });
  await recordAudit(ctx, actor, {
    action: decision.approve ? 'job.approve' : 'job.reject', entity: 'job', entityId: id, regionCode: job.siteCode,
    before: { approval: before?.approval ?? null }, after: { approval, reason },
  });
  return { ...job, approval, approvalReason: reason };
}
