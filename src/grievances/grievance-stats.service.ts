// Grievances counted by employer (the console's statistics, the employer's record) and the
// warning allocation's recommendations carry for an employer whose grievances wait past
// their deadline.
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import type { Bilingual } from '../core/errors.js';
import { countsByEmployer, overdueByEmployer, overdueByJob } from './grievances.repository.js';
import { partyOf } from './grievances.service.js';
import { domainError } from '../core/errors.js';

export async function employerGrievanceCounts(ctx: AppContext, actor: Actor, campaignId?: string) {
  if (partyOf(actor) === 'worker') {
    throw domainError({ code: 'forbidden', zh: '劳动力不能查看投诉统计', en: 'workers may not read grievance statistics' });
  }
  const rows = await countsByEmployer(ctx.db, actor.scope, new Date(), campaignId);
  return {
    items: rows.map((r) => ({ employerId: r.employer_id, employerName: r.employer_name, total: Number(r.total), open: Number(r.open), overdue: Number(r.overdue) })),
  };
}

export function overdueFlag(count: number): Bilingual {
  return { zh: `用人单位有 ${count} 件投诉逾期未处理`, en: `the employer has ${count} grievance${count === 1 ? '' : 's'} open past the deadline` };
}

/** Employer id → the warning to show beside its vacancies; employers without overdue grievances are absent. */
export async function employerWarnings(ctx: AppContext, employerIds: readonly string[], now = new Date()): Promise<Map<string, Bilingual>> {
  const counts = await overdueByEmployer(ctx.db, employerIds, now);
  return new Map([...counts].map(([id, n]) => [id, overdueFlag(n)]));
}

/** Vacancy id → the warning about its employer, for the vacancies a recommendation lists. */
export async function jobWarnings(ctx: AppContext, jobIds: readonly string[], now = new Date()): Promise<Map<string, Bilingual>> {
  const counts = await overdueByJob(ctx.db, jobIds, now);
  return new Map([...counts].map(([id, n]) => [id, overdueFlag(n)]));
}
