// Read queries on vacancies and employers. Vacancies are scoped by their site's region
// (an officer in a destination city sees the vacancies there); employers by their region.
import { sql } from 'kysely';
import { isUuid } from '../core/ids.js';
import { type Scope, toPrefix } from '../core/scope.js';
import type { Db } from '../db/database.js';
import { reachableCampaignIds } from '../campaigns/campaigns.repository.js';
import type { Employer, EmployerDetail, Vacancy } from './jobs.schema.js';
import { fromVacancyColumns, VACANCY_SELECT, type VacancyColumnValues } from './vacancy-columns.js';

export type JobFilter = { region?: string; campaignId?: string; industry?: string; employerId?: string; search?: string };

/** LIKE pattern for "contains", with the pattern's own characters taken literally. */
const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** A vacancy as reads return it: the shared type (jobs.schema.ts), one for every path. */
export type JobSummary = Vacancy;

// Vacancies are published to the officers and workers of the campaigns they belong to
// (a county works in its province's campaign); an employer sees its own; check-in staff
// have no business with them. Applied here so no route can forget it.
function baseQuery(db: Db, scope: Scope, filter: JobFilter) {
  let query = db.selectFrom('jobs as j').innerJoin('employers as e', 'e.id', 'j.employer_id');
  if (scope.kind === 'employer') query = query.where('j.employer_id', '=', scope.employerId);
  else if (scope.kind === 'region' || scope.kind === 'worker') query = query.where('j.campaign_id', 'in', reachableCampaignIds(db, scope));
  else query = query.where(sql<boolean>`false`);
  if (filter.region !== undefined) {
    const prefix = toPrefix(filter.region);
    query = query.where('j.site_code', 'like', prefix === undefined ? '-' : `${prefix}%`);
  }
  if (filter.campaignId) query = query.where('j.campaign_id', '=', filter.campaignId);
  if (filter.industry) query = query.where('j.industry', '=', filter.industry);
  if (filter.employerId) query = query.where('j.employer_id', '=', filter.employerId);
  if (filter.search) {
    const like = containsPattern(filter.search);
    query = query.where((eb) => eb.or([eb('j.title', 'like', like), eb('e.name', 'like', like)]));
  }
  return query;
}

const COLUMNS = [
  'j.id', 'j.province', 'j.campaign_id', 'j.employer_id', 'e.name as employer_name', 'e.credit_code', 'j.contact_phone_masked',
  'j.approval', 'j.approval_reason',
  ...VACANCY_SELECT,
  sql<string | null>`(SELECT full_name FROM regions WHERE regions.code = j.site_code)`.as('site_name'),
] as const;

type Row = VacancyColumnValues & {
  id: string; province: string; campaign_id: string; employer_id: string; employer_name: string; credit_code: string;
  contact_phone_masked: string | null; site_name: string | null; approval: Vacancy['approval']; approval_reason: string | null;
};

function toSummary(r: Row): JobSummary {
  return {
    ...fromVacancyColumns(r),
    id: r.id, campaignId: r.campaign_id, employerId: r.employer_id, employerName: r.employer_name, creditCode: r.credit_code,
    contactPhoneMasked: r.contact_phone_masked, siteName: r.site_name, approval: r.approval, approvalReason: r.approval_reason,
  };
}

export async function listJobs(db: Db, scope: Scope, filter: JobFilter, page: { limit: number; offset: number }) {
  const total = await baseQuery(db, scope, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await baseQuery(db, scope, filter).select(COLUMNS).orderBy('j.site_code').orderBy('j.id').limit(page.limit).offset(page.offset).execute();
  return { total: total.n, items: rows.map(toSummary) };
}

export async function findJob(db: Db, scope: Scope, id: string): Promise<JobSummary | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await baseQuery(db, scope, {}).select(COLUMNS).where('j.id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

export async function* streamJobs(db: Db, scope: Scope, filter: JobFilter, pageSize = 5000): AsyncGenerator<JobSummary[]> {
  let after: { province: string; id: string } | undefined;
  for (;;) {
    let query = baseQuery(db, scope, filter).select(COLUMNS);
    if (after) {
      const { province, id } = after;
      query = query.where(sql<boolean>`(j.province, j.id) > (${province}, ${id}::uuid)`);
    }
    const rows = await query.orderBy('j.province').orderBy('j.id').limit(pageSize).execute();
    if (rows.length === 0) return;
    yield rows.map(toSummary);
    const last = rows[rows.length - 1];
    after = { province: last.province, id: last.id };
    if (rows.length < pageSize) return;
  }
}

// Employers are a national reference table: officers and workers see them all (the
// vacancies carry the campaign); an employer account sees itself; check-in staff none.
function employersQuery(db: Db, scope: Scope) {
  const query = db.selectFrom('employers as e');
  if (scope.kind === 'employer') return query.where('e.id', '=', scope.employerId);
  if (scope.kind === 'region' || scope.kind === 'worker') return query;
  return query.where(sql<boolean>`false`);
}

const EMPLOYER_COLUMNS = [
  'e.id', 'e.credit_code', 'e.name', 'e.region_code',
  sql<number>`(SELECT count(*)::int FROM jobs WHERE jobs.employer_id = e.id)`.as('vacancies'),
  sql<number>`(SELECT coalesce(sum(headcount), 0)::int FROM jobs WHERE jobs.employer_id = e.id)`.as('headcount'),
] as const;

type EmployerRow = { id: string; credit_code: string; name: string; region_code: string; vacancies: number; headcount: number };

const toEmployer = (r: EmployerRow): Employer => ({
  id: r.id, creditCode: r.credit_code, name: r.name, regionCode: r.region_code, vacancies: r.vacancies, headcount: r.headcount,
});

export async function listEmployers(db: Db, scope: Scope, filter: { region?: string; campaignId?: string; search?: string }, page: { limit: number; offset: number }) {
  let query = employersQuery(db, scope);
  if (filter.region !== undefined) {
    const prefix = toPrefix(filter.region);
    query = query.where('e.region_code', 'like', prefix === undefined ? '-' : `${prefix}%`);
  }
  if (filter.campaignId) {
    const campaignId = filter.campaignId;
    query = query.where((eb) => eb.exists(eb.selectFrom('jobs').select('jobs.id').whereRef('jobs.employer_id', '=', 'e.id').where('jobs.campaign_id', '=', campaignId)));
  }
  if (filter.search) {
    const like = containsPattern(filter.search);
    query = query.where((eb) => eb.or([eb('e.name', 'like', like), eb('e.credit_code', 'like', like.toUpperCase())]));
  }
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query.select(EMPLOYER_COLUMNS).orderBy('e.name').orderBy('e.id').limit(page.limit).offset(page.offset).execute();
  return { total: total.n, items: rows.map(toEmployer) };
}

export async function findEmployer(db: Db, scope: Scope, id: string): Promise<EmployerDetail | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await employersQuery(db, scope)
    .leftJoin('regions as r', 'r.code', 'e.region_code')
    .select([...EMPLOYER_COLUMNS, 'r.name as region_name', 'e.created_at', 'e.updated_at'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...toEmployer(row), regionName: row.region_name, createdAt: new Date(row.created_at).toISOString(), updatedAt: new Date(row.updated_at).toISOString(),
  };
}
