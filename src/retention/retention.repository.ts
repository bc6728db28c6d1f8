// SQL of retention follow-up. A check is (worker, month): it exists once the worker has an
// `arrived` journey event, falls due arrival + month (China date), and is done once a result
// is stored. Every read a user can reach goes through retentionReach(scope) over the worker
// `w` and the confirmed assignment's job `j`: officers by the worker's home region, the
// employer by its own vacancies, the worker by their own record.
import { type RawBuilder, sql } from 'kysely';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';
import { OVERDUE_AFTER_DAYS, type Outcome, type OutcomeCounts, type Source } from './retention.rules.js';

export function retentionReach(scope: Scope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'region':
      return scope.prefix.length >= 2
        ? sql<boolean>`(w.province = ${scope.prefix.slice(0, 2)} AND w.region_code LIKE ${`${scope.prefix}%`})`
        : sql<boolean>`w.region_code LIKE ${`${scope.prefix}%`}`;
    case 'employer':
      return sql<boolean>`j.employer_id = ${scope.employerId}::uuid`;
    case 'worker':
      return sql<boolean>`(w.province = ${scope.province} AND w.id = ${scope.workerId}::uuid)`;
    default:
      return sql<boolean>`false`;
  }
}

export type CheckFilter = {
  campaignId: string;
  months: readonly number[];
  today: string;
  /** open: due or overdue, no result; overdue: past the window; all: every scheduled check. */
  state: 'open' | 'overdue' | 'all';
  region?: string;
  workers?: { province: string; id: string }[];
};

export type CheckRow = {
  province: string; worker_id: string; worker_name: string; region_code: string; phone_masked: string | null;
  month: number; arrival: string; due: string;
  outcome: Outcome | null; where_text: string | null; where_region: string | null; source: Source | null; actor: string | null; recorded_at: Date | null;
  employer_id: string | null; employer_name: string | null; job_province: string | null; job_id: string | null; job_title: string | null; industry: string | null;
  total: number;
};

function checksQuery(scope: Scope, f: CheckFilter, page: { limit: number; offset: number } | null) {
  const overdueBefore = sql`(${f.today}::date - ${OVERDUE_AFTER_DAYS}::int)`;
  const province = scope.kind === 'region' && scope.prefix.length >= 2 ? sql`AND e.province = ${scope.prefix.slice(0, 2)}` : sql``;
  const only = f.workers && f.workers.length > 0
    ? sql`AND (e.province, e.worker_id) IN (SELECT * FROM unnest(${f.workers.map((x) => x.province)}::text[], ${f.workers.map((x) => x.id)}::uuid[]))`
    : sql``;
  const state = f.state === 'all' ? sql`true`
    : f.state === 'overdue' ? sql`(r.worker_id IS NULL AND c.due < ${overdueBefore})`
      : sql`(r.worker_id IS NULL AND c.due <= ${f.today}::date)`;
  const region = f.region ? sql`AND w.region_code LIKE ${`${f.region}%`}` : sql``;
  const paging = page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : sql``;
  return sql<CheckRow>`
    WITH arrived AS (
      SELECT e.province, e.worker_id, min((e.at AT TIME ZONE 'Asia/Shanghai')::date) AS arrival
      FROM worker_events e WHERE e.campaign_id = ${f.campaignId}::uuid AND e.type = 'arrived' ${province} ${only}
      GROUP BY 1, 2
    ), checks AS (
      SELECT a.province, a.worker_id, a.arrival, m.month::int AS month, (a.arrival + make_interval(months => m.month))::date AS due
      FROM arrived a CROSS JOIN unnest(${[...f.months]}::int[]) AS m(month)
    )
    SELECT c.province, c.worker_id, w.name AS worker_name, w.region_code, w.phone_masked, c.month,
           to_char(c.arrival, 'YYYY-MM-DD') AS arrival, to_char(c.due, 'YYYY-MM-DD') AS due,
           r.outcome, r.where_text, r.where_region, r.source, r.actor, r.recorded_at,
           j.employer_id, em.name AS employer_name, j.province AS job_province, j.id AS job_id, j.title AS job_title, j.industry,
           count(*) OVER ()::int AS total
    FROM checks c
    JOIN workers w ON w.province = c.province AND w.id = c.worker_id
    LEFT JOIN retention_checks r ON r.province = c.province AND r.worker_id = c.worker_id AND r.month = c.month
    LEFT JOIN assignments x ON x.province = c.province AND x.worker_id = c.worker_id AND x.campaign_id = ${f.campaignId}::uuid AND x.status = 'confirmed'
    LEFT JOIN jobs j ON j.province = x.job_province AND j.id = x.job_id
    LEFT JOIN employers em ON em.id = j.employer_id
    WHERE ${retentionReach(scope)} AND ${state} ${region}
    ORDER BY c.due, w.region_code, w.name, c.worker_id, c.month
    ${paging}`;
}

export async function listChecks(db: Db, scope: Scope, f: CheckFilter, page: { limit: number; offset: number } | null): Promise<{ rows: CheckRow[]; total: number }> {
  const { rows } = await checksQuery(scope, f, page).execute(db);
  return { rows, total: rows[0]?.total ?? 0 };
}

export type NewResult = {
  province: string; workerId: string; month: number; campaignId: string; regionCode: string; due: string; outcome: Outcome;
  whereText: string | null; whereRegion: string | null; employerId: string | null; jobProvince: string | null; jobId: string | null; industry: string | null;
  /** When the result was learnt, if not now (the demo's simulated months). */
  at?: string;
};

/**
 * Stores results (a result for a check already holding the same one changes nothing) and a
 * journey event for each that changed, in one transaction; returns the keys that changed.
 */
export async function storeResults(db: Db, results: NewResult[], by: { source: Source; actor: string; device?: string | null }): Promise<NewResult[]> {
  if (results.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const changed = await sql<{ province: string; worker_id: string; month: number }>`
      INSERT INTO retention_checks (province, worker_id, month, campaign_id, region_code, due_date, outcome, where_text, where_region,
                                    employer_id, job_province, job_id, industry, source, actor, recorded_at)
      SELECT t.province, t.worker_id, t.month, t.campaign_id, t.region_code, t.due, t.outcome, t.where_text, t.where_region,
             t.employer_id, t.job_province, t.job_id, t.industry, ${by.source}, ${by.actor}, coalesce(t.at, now())
      FROM unnest(${results.map((r) => r.province)}::text[], ${results.map((r) => r.workerId)}::uuid[], ${results.map((r) => r.month)}::int[],
                  ${results.map((r) => r.campaignId)}::uuid[], ${results.map((r) => r.regionCode)}::text[], ${results.map((r) => r.due)}::date[],
                  ${results.map((r) => r.outcome)}::text[], ${results.map((r) => r.whereText)}::text[], ${results.map((r) => r.whereRegion)}::text[],
                  ${results.map((r) => r.employerId)}::uuid[], ${results.map((r) => r.jobProvince)}::text[], ${results.map((r) => r.jobId)}::uuid[],
                  ${results.map((r) => r.industry)}::text[], ${results.map((r) => r.at ?? null)}::timestamptz[])
        AS t(province, worker_id, month, campaign_id, region_code, due, outcome, where_text, where_region, employer_id, job_province, job_id, industry, at)
      ON CONFLICT (province, worker_id, month) DO UPDATE SET
        outcome = excluded.outcome, where_text = excluded.where_text, where_region = excluded.where_region,
        source = excluded.source, actor = excluded.actor, recorded_at = excluded.recorded_at
      WHERE (retention_checks.outcome, retention_checks.where_text, retention_checks.where_region)
        IS DISTINCT FROM (excluded.outcome, excluded.where_text, excluded.where_region)
      RETURNING province, worker_id, month`.execute(trx);
    const keys = new Set(changed.rows.map((r) => `${r.province}:${r.worker_id}:${r.month}`));
    const stored = results.filter((r) => keys.has(`${r.province}:${r.workerId}:${r.month}`));
    if (stored.length > 0) {
      await trx.insertInto('worker_events').values(stored.map((r) => ({
        province: r.province, worker_id: r.workerId, campaign_id: r.campaignId, type: 'retention_check', actor: by.actor, device: by.device ?? null,
        ...(r.at ? { at: r.at } : {}),
        data: JSON.stringify({ month: r.month, outcome: r.outcome, where: r.whereText, whereRegion: r.whereRegion, source: by.source, employer: r.employerId }),
      }))).execute();
    }
    return stored;
  });
}

export type RateDimension = 'employer' | 'destination' | 'industry' | 'county';

export type RateRow = OutcomeCounts & { key: string | null; name: string | null };

const DIMENSION: Record<RateDimension, RawBuilder<string | null>> = {
  employer: sql`r.employer_id::text`,
  destination: sql`CASE WHEN r.job_province IS NULL THEN NULL ELSE r.job_province || '0000' END`,
  industry: sql`r.industry`,
  county: sql`r.region_code`,
};

function statsReach(scope: Scope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'region':
      return scope.prefix.length >= 2
        ? sql<boolean>`(r.province = ${scope.prefix.slice(0, 2)} AND r.region_code LIKE ${`${scope.prefix}%`})`
        : sql<boolean>`r.region_code LIKE ${`${scope.prefix}%`}`;
    case 'employer':
      return sql<boolean>`r.employer_id = ${scope.employerId}::uuid`;
    default:
      return sql<boolean>`false`;
  }
}

/**
 * Outcome counts per key of a dimension, over each worker's latest result (or the results of
 * one check month). Reads only retention_checks, whose rows carry their own snapshot.
 */
export async function rateCounts(
  db: Db, scope: Scope, f: { campaignId: string; month?: number; region?: string; employerIds?: string[] }, by: RateDimension | 'all',
): Promise<RateRow[]> {
  const key = by === 'all' ? sql<string | null>`NULL::text` : DIMENSION[by];
  const month = f.month === undefined ? sql`` : sql`AND r.month = ${f.month}`;
  const region = f.region ? sql`AND r.region_code LIKE ${`${f.region}%`}` : sql``;
  const employers = f.employerIds ? sql`AND r.employer_id = ANY(${f.employerIds}::uuid[])` : sql``;
  const name = by === 'employer' ? sql`(SELECT name FROM employers WHERE id::text = t.key)`
    : by === 'industry' ? sql`(SELECT zh FROM industries WHERE code = t.key)`
      : by === 'destination' || by === 'county' ? sql`(SELECT name FROM regions WHERE code = t.key)` : sql`NULL::text`;
  const { rows } = await sql<RateRow>`
    SELECT t.key, ${name} AS name, t.employed, t.changed_job, t.returned_home, t.unreachable FROM (
      SELECT ${key} AS key,
             count(*) FILTER (WHERE r.outcome = 'employed')::int AS employed,
             count(*) FILTER (WHERE r.outcome = 'changed_job')::int AS changed_job,
             count(*) FILTER (WHERE r.outcome = 'returned_home')::int AS returned_home,
             count(*) FILTER (WHERE r.outcome = 'unreachable')::int AS unreachable
      FROM (
        SELECT DISTINCT ON (r.province, r.worker_id) r.*
        FROM retention_checks r
        WHERE r.campaign_id = ${f.campaignId}::uuid AND ${statsReach(scope)} ${month} ${region} ${employers}
        ORDER BY r.province, r.worker_id, r.month DESC
      ) r
      GROUP BY 1
    ) t
    ORDER BY t.employed + t.changed_job + t.returned_home + t.unreachable DESC, t.key`.execute(db);
  return rows;
}

export async function retentionSettings(db: Db, campaignId: string) {
  return db.selectFrom('campaigns').select(['id', 'region_code', 'retention_months', 'retention_threshold']).where('id', '=', campaignId).executeTakeFirst();
}

export async function saveRetentionSettings(db: Db, campaignId: string, months: number[], threshold: number): Promise<void> {
  await db.updateTable('campaigns').set({ retention_months: months, retention_threshold: threshold, updated_at: new Date() }).where('id', '=', campaignId).execute();
}
