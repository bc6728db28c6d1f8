// Vacancies on the phone pages: the worker's campaign's approved vacancies to browse, one
// vacancy's page, and the "I'm interested" mark (journaled), which officers and the
// employer see beside the vacancy's workers.
import type { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { type Actor, isOfficer } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { workerReach } from '../auth/reach.queries.js';
import { domainError } from '../core/errors.js';
import { ageOn } from '../core/id-number.js';
import { isUuid } from '../core/ids.js';
import { fullName } from '../core/regions.js';
import { todayInChina } from '../core/values.js';
import { findJob } from '../jobs/jobs.queries.js';
import { vacancyNotFound } from '../jobs/vacancies.service.js';
import { sql } from 'kysely';
import { appendEvent } from './answers.repository.js';
import { eventActor, type PortalWho } from './assisted.js';
import { markInterest } from './portal.repository.js';
import type { interestedResponse, vacancyDetail, vacancyList } from './portal.schema.js';
import { findPublished, interestedIn, listPublished, type VacancyFilter } from './vacancies.repository.js';
import { provision } from './portal.values.js';

const PAGE_SIZE = 20;

type ItemRow = {
  id: string; title: string; industry: string; site_code: string; wage: number; wage_max: number | null; headcount: number;
  start_date: string | null; employer: string; interested: boolean;
};

function item(r: ItemRow): z.infer<typeof vacancyList>['items'][number] {
  return {
    id: r.id, title: r.title, employerName: r.employer, siteName: fullName(r.site_code) ?? r.site_code, siteCode: r.site_code, industry: r.industry,
    wage: r.wage, wageMax: r.wage_max, headcount: r.headcount, startDate: r.start_date, interested: r.interested,
  };
}

export async function portalVacancies(ctx: AppContext, who: PortalWho, q: VacancyFilter & { page: number }): Promise<z.infer<typeof vacancyList>> {
  const { items, total } = await listPublished(ctx.db, who.campaignId, who, q, { limit: PAGE_SIZE, offset: (q.page - 1) * PAGE_SIZE });
  return { items: items.map(item), total, page: q.page, pageSize: PAGE_SIZE };
}

const notPublished = (id: string) => domainError({ code: 'not_found', record: `job ${id}`, zh: '找不到该岗位，或它尚未发布', en: 'no such vacancy, or it is not published' });

export async function portalVacancy(ctx: AppContext, who: PortalWho, id: string): Promise<z.infer<typeof vacancyDetail>> {
  const row = isUuid(id) ? await findPublished(ctx.db, who.campaignId, who, id) : undefined;
  if (!row) throw notPublished(id);
  return {
    ...item(row), certificates: row.certificates, ageMin: row.age_min, ageMax: row.age_max, siteAddress: row.site_address,
    accommodation: provision(row.accommodation), meals: provision(row.meals), contactName: row.contact_name,
  };
}

export async function markVacancyInterest(ctx: AppContext, who: PortalWho, id: string, on: boolean): Promise<{ interested: boolean }> {
  const row = isUuid(id) ? await findPublished(ctx.db, who.campaignId, who, id) : undefined;
  if (!row) throw notPublished(id);
  if (row.interested !== on) {
    await markInterest(ctx.db, who, { province: row.province, id: row.id }, on);
    const by = eventActor(who);
    await appendEvent(ctx.db, who, on ? 'interested' : 'interest_withdrawn', { actor: by.actor, data: { ...by.data, job: row.id } });
    await recordAudit(ctx, who.actor, {
      action: on ? 'vacancy.interest' : 'vacancy.uninterest', entity: 'worker', entityId: who.id, regionCode: who.regionCode,
      after: { job: row.id, assisted: who.assistedBy !== null },
    });
  }
  return { interested: on };
}

/** Officers see the interested workers of their region; the employer those of its own vacancy. */
export async function interestedWorkers(ctx: AppContext, actor: Actor, id: string): Promise<z.infer<typeof interestedResponse>> {
  const { scope } = actor;
  const officer = scope.kind === 'region' && (actor.role === 'admin' || isOfficer(actor.role));
  if (!officer && scope.kind !== 'employer') throw domainError({ code: 'forbidden', zh: '无权查看', en: 'you may not see this' });
  const job = await findJob(ctx.db, scope, id);
  if (!job) throw vacancyNotFound(id);
  const rows = await interestedIn(ctx.db, { province: job.siteCode.slice(0, 2), id: job.id }, officer ? workerReach(scope) : sql<boolean>`true`);
  const today = todayInChina();
  return {
    items: rows.map((r) => ({
      workerId: r.id, name: r.name, idMasked: r.id_masked, regionCode: r.region_code, county: r.county ?? r.region_code,
      age: ageOn(r.birth_date, today), certificates: r.certificates, at: r.created_at.toISOString(),
    })),
    total: rows.length,
  };
}
