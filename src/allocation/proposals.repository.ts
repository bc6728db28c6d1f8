// SQL for reviewing a run: its proposals by worker and by vacancy, and what it changed.
// Every query takes the caller's region prefix and applies it to the workers' region, so a
// list never shows a person outside the caller's reach.
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.js';

export type Page = { limit: number; offset: number };

export type ProposalFilter = { jobId?: string; status?: 'proposed' | 'confirmed'; priority?: boolean; search?: string };

export type ProposalRow = {
  workerId: string;
  province: string;
  name: string;
  regionCode: string;
  priority: boolean;
  birthDate: string;
  industries: string[];
  destinations: string[];
  minWage: number;
  certificates: string[];
  status: 'proposed' | 'confirmed';
  value: number | null;
  jobId: string;
  jobTitle: string;
  employer: string;
  siteCode: string;
  industry: string;
  wage: number;
  headcount: number;
  jobCertificates: string[];
  ageMin: number | null;
  ageMax: number | null;
};

const inReach = (prefix: string) => sql<boolean>`w.region_code LIKE ${`${prefix}%`}`;

function proposalWhere(runId: string, prefix: string, filter: ProposalFilter): RawBuilder<boolean> {
  const parts = [sql`a.run_id = ${runId}::uuid`, sql`a.status IN ('proposed', 'confirmed')`, inReach(prefix)];
  if (filter.jobId) parts.push(sql`a.job_id = ${filter.jobId}::uuid`);
  if (filter.status) parts.push(sql`a.status = ${filter.status}`);
  if (filter.priority !== undefined) parts.push(sql`w.priority = ${filter.priority}`);
  if (filter.search) parts.push(sql`strpos(w.name, ${filter.search}) > 0`);
  return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}

export async function listRunProposals(db: Db, runId: string, prefix: string, filter: ProposalFilter, page: Page): Promise<{ total: number; items: ProposalRow[] }> {
  const where = proposalWhere(runId, prefix, filter);
  const total = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM assignments a JOIN workers w ON w.province = a.province AND w.id = a.worker_id WHERE ${where}`.execute(db);
  const items = await sql<ProposalRow>`
    SELECT a.worker_id AS "workerId", a.province, w.name, w.region_code AS "regionCode", w.priority, w.birth_date::text AS "birthDate",
           w.industries, w.destinations, w.min_wage AS "minWage", coalesce(c.codes, '{}') AS certificates,
           a.status, a.value, a.job_id AS "jobId", j.title AS "jobTitle", e.name AS employer, j.site_code AS "siteCode", j.industry, j.wage,
           j.headcount, j.certificates AS "jobCertificates", j.age_min AS "ageMin", j.age_max AS "ageMax"
    FROM assignments a
    JOIN workers w ON w.province = a.province AND w.id = a.worker_id
    JOIN jobs j ON j.province = a.job_province AND j.id = a.job_id
    JOIN employers e ON e.id = j.employer_id
    LEFT JOIN LATERAL (SELECT array_agg(wc.certificate_code ORDER BY wc.certificate_code) AS codes FROM worker_certificates wc
                       WHERE wc.province = w.province AND wc.worker_id = w.id) c ON true
    WHERE ${where}
    ORDER BY a.value DESC NULLS LAST, w.name, a.worker_id
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return { total: total.rows[0]?.n ?? 0, items: items.rows };
}

export type VacancyRow = {
  jobId: string;
  title: string;
  employer: string;
  siteCode: string;
  industry: string;
  wage: number;
  headcount: number;
  proposed: number;
  confirmed: number;
  priority: number;
  averageValue: number | null;
  taken: number;
};

export async function listRunVacancies(db: Db, runId: string, campaignId: string, prefix: string, search: string | undefined, page: Page): Promise<{ total: number; items: VacancyRow[] }> {
  const parts = [sql`a.run_id = ${runId}::uuid`, sql`a.status IN ('proposed', 'confirmed')`, inReach(prefix)];
  if (search) parts.push(sql`(strpos(j.title, ${search}) > 0 OR strpos(e.name, ${search}) > 0)`);
  const where = sql.join(parts, sql` AND `);
  const from = sql`
    FROM assignments a
    JOIN workers w ON w.province = a.province AND w.id = a.worker_id
    JOIN jobs j ON j.province = a.job_province AND j.id = a.job_id
    JOIN employers e ON e.id = j.employer_id`;
  const total = await sql<{ n: number }>`SELECT count(DISTINCT (j.province, j.id))::int AS n ${from} WHERE ${where}`.execute(db);
  // Places taken count every open or confirmed assignment of the vacancy, in reach or not:
  // what is left is the vacancy's, not the caller's.
  const items = await sql<VacancyRow>`
    SELECT j.id AS "jobId", j.title, e.name AS employer, j.site_code AS "siteCode", j.industry, j.wage, j.headcount,
           count(*)::int AS proposed, count(*) FILTER (WHERE a.status = 'confirmed')::int AS confirmed,
           count(*) FILTER (WHERE w.priority)::int AS priority, avg(a.value)::float8 AS "averageValue",
           (SELECT count(*) FROM assignments x WHERE x.campaign_id = ${campaignId}::uuid AND x.job_province = j.province AND x.job_id = j.id
              AND x.status IN ('proposed', 'confirmed'))::int AS taken
    ${from}
    WHERE ${where}
    GROUP BY j.province, j.id, e.name
    ORDER BY j.site_code, j.title, j.id
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return { total: total.rows[0]?.n ?? 0, items: items.rows };
}

type Place = { jobId: string | null; jobTitle: string | null; employer: string | null; siteCode: string | null };

export type ChangeRow = {
  workerId: string;
  name: string;
  regionCode: string;
  kind: 'new' | 'moved' | 'dropped';
  reason: string;
  valueBefore: number | null;
  valueAfter: number | null;
  before: Place;
  after: Place;
};

type FlatChangeRow = Omit<ChangeRow, 'before' | 'after'> & {
  bId: string | null; bTitle: string | null; bEmployer: string | null; bSite: string | null;
  aId: string | null; aTitle: string | null; aEmployer: string | null; aSite: string | null;
};

export async function listRunChanges(
  db: Db, runId: string, prefix: string, kind: ChangeRow['kind'] | undefined, page: Page,
): Promise<{ total: number; counts: Record<ChangeRow['kind'], number>; items: ChangeRow[] }> {
  const base = sql`FROM allocation_changes c JOIN workers w ON w.province = c.province AND w.id = c.worker_id
    WHERE c.run_id = ${runId}::uuid AND ${inReach(prefix)}`;
  const byKind = await sql<{ kind: ChangeRow['kind']; n: number }>`SELECT c.kind, count(*)::int AS n ${base} GROUP BY c.kind`.execute(db);
  const counts = { new: 0, moved: 0, dropped: 0 };
  for (const row of byKind.rows) counts[row.kind] = row.n;
  const rows = await sql<FlatChangeRow>`
    SELECT c.worker_id AS "workerId", w.name, w.region_code AS "regionCode", c.kind, c.reason, c.value_before AS "valueBefore",
           c.value_after AS "valueAfter",
           c.job_before AS "bId", jb.title AS "bTitle", eb.name AS "bEmployer", jb.site_code AS "bSite",
           c.job_after AS "aId", ja.title AS "aTitle", ea.name AS "aEmployer", ja.site_code AS "aSite"
    FROM allocation_changes c
    JOIN workers w ON w.province = c.province AND w.id = c.worker_id
    LEFT JOIN jobs jb ON jb.id = c.job_before LEFT JOIN employers eb ON eb.id = jb.employer_id
    LEFT JOIN jobs ja ON ja.id = c.job_after LEFT JOIN employers ea ON ea.id = ja.employer_id
    WHERE c.run_id = ${runId}::uuid AND ${inReach(prefix)} ${kind ? sql`AND c.kind = ${kind}` : sql``}
    ORDER BY CASE c.kind WHEN 'moved' THEN 0 WHEN 'dropped' THEN 1 ELSE 2 END, w.region_code, w.name, c.worker_id
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const items = rows.rows.map((r) => ({
    workerId: r.workerId, name: r.name, regionCode: r.regionCode, kind: r.kind, reason: r.reason, valueBefore: r.valueBefore, valueAfter: r.valueAfter,
    before: { jobId: r.bId, jobTitle: r.bTitle, employer: r.bEmployer, siteCode: r.bSite },
    after: { jobId: r.aId, jobTitle: r.aTitle, employer: r.aEmployer, siteCode: r.aSite },
  }));
  return { total: kind ? counts[kind] : counts.new + counts.moved + counts.dropped, counts, items };
}
