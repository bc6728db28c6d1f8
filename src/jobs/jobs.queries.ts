// Read queries on vacancies and employers. Vacancies are scoped by their site's region
// (an officer in a destination city sees the vacancies there); employers by their region.
import { sql } from 'kysely';
import { isUuid } from '../core/ids.js';
import { type Scope, toPrefix } from '../core/scope.js';
import type { Db } from '../db/database.js';

export type JobFilter = { region?: string; campaignId?: string; industry?: string; employerId?: string };

export type JobSummary = {
  id: string;
  campaignId: string;
  employerId: string;
  employerName: string;
  creditCode: string;
  siteCode: string;
  title: string;
  industry: string;
  headcount: number;
  wage: number;
  wageMax: number | null;
  certificates: string[];
  ageMin: number | null;
  ageMax: number | null;
  contactName: string | null;
  contactPhoneMasked: string | null;
  startDate: string | null;
};

// Vacancies are published to officers and workers; an employer sees its own; check-in
// staff have no business with them. Applied here so no route can forget it.
function baseQuery(db: Db, scope: Scope, filter: JobFilter) {
  let query = db.selectFrom('jobs as j').innerJoin('employers as e', 'e.id', 'j.employer_id');
  if (scope.kind === 'employer') query = query.where('j.employer_id', '=', scope.employerId);
  else if (scope.kind !== 'region' && scope.kind !== 'worker') query = query.where(sql<boolean>`false`);
  if (filter.region !== undefined) {
    const prefix = toPrefix(filter.region);
    query = query.where('j.site_code', 'like', prefix === undefined ? '-' : `${prefix}%`);
  }
  if (filter.campaignId) query = query.where('j.campaign_id', '=', filter.campaignId);
  if (filter.industry) query = query.where('j.industry', '=', filter.industry);
  if (filter.employerId) query = query.where('j.employer_id', '=', filter.employerId);
  return query;
}

const COLUMNS = [
  'j.id', 'j.province', 'j.campaign_id', 'j.employer_id', 'e.name as employer_name', 'e.credit_code', 'j.site_code', 'j.title',
  'j.industry', 'j.headcount', 'j.wage', 'j.wage_max', 'j.certificates', 'j.age_min', 'j.age_max', 'j.contact_name',
  'j.contact_phone_masked', 'j.start_date',
] as const;

type Row = {
  id: string; province: string; campaign_id: string; employer_id: string; employer_name: string; credit_code: string;
  site_code: string; title: string; industry: string; headcount: number; wage: number; wage_max: number | null;
  certificates: string[]; age_min: number | null; age_max: number | null; contact_name: string | null;
  contact_phone_masked: string | null; start_date: string | null;
};

function toSummary(r: Row): JobSummary {
  return {
    id: r.id, campaignId: r.campaign_id, employerId: r.employer_id, employerName: r.employer_name, creditCode: r.credit_code,
    siteCode: r.site_code, title: r.title, industry: r.industry, headcount: r.headcount, wage: r.wage, wageMax: r.wage_max,
    certificates: r.certificates, ageMin: r.age_min, ageMax: r.age_max, contactName: r.contact_name,
    contactPhoneMasked: r.contact_phone_masked, startDate: r.start_date,
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

export type EmployerSummary = { id: string; creditCode: string; name: string; regionCode: string; vacancies: number; headcount: number };

export async function listEmployers(db: Db, scope: Scope, filter: { region?: string; campaignId?: string }, page: { limit: number; offset: number }) {
  let query = db.selectFrom('employers as e');
  if (scope.kind === 'employer') query = query.where('e.id', '=', scope.employerId);
  else if (scope.kind !== 'region' && scope.kind !== 'worker') query = query.where(sql<boolean>`false`);
  if (filter.region !== undefined) {
    const prefix = toPrefix(filter.region);
    query = query.where('e.region_code', 'like', prefix === undefined ? '-' : `${prefix}%`);
  }
  if (filter.campaignId) {
    const campaignId = filter.campaignId;
    query = query.where((eb) => eb.exists(eb.selectFrom('jobs').select('jobs.id').whereRef('jobs.employer_id', '=', 'e.id').where('jobs.campaign_id', '=', campaignId)));
  }
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'e.id', 'e.credit_code', 'e.name', 'e.region_code',
      sql<number>`(SELECT count(*)::int FROM jobs WHERE jobs.employer_id = e.id)`.as('vacancies'),
      sql<number>`(SELECT coalesce(sum(headcount), 0)::int FROM jobs WHERE jobs.employer_id = e.id)`.as('headcount'),
    ])
    .orderBy('e.name')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const items: EmployerSummary[] = rows.map((r) => ({
    id: r.id, creditCode: r.credit_code, name: r.name, regionCode: r.region_code, vacancies: r.vacancies, headcount: r.headcount,
  }));
  return { total: total.n, items };
}
