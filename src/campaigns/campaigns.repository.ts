import { type Insertable, type Selectable, sql } from 'kysely';
import { isUuid } from '../core/ids.js';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';
import type { CampaignTable } from '../db/schema.js';

export type Campaign = {
  id: string;
  name: string;
  target: number;
  regionCode: string;
  startDate: string;
  endDate: string | null;
  destinations: string[];
  feverThreshold: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toCampaign(row: Selectable<CampaignTable>): Campaign {
  return {
    id: row.id,
    name: row.name,
    target: row.target,
    regionCode: row.region_code,
    startDate: row.start_date,
    endDate: row.end_date,
    destinations: row.destinations ?? [],
    feverThreshold: row.fever_threshold,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertCampaign(
  db: Db,
  campaign: Insertable<CampaignTable>,
): Promise<Campaign> {
  const { destinations, ...rest } = campaign;
  const row = await db
    .insertInto('campaigns')
    .values({ ...rest, destinations: sql<string[]>`${destinations ?? []}::text[]` })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCampaign(row);
}

export async function findCampaign(db: Db, id: string): Promise<Campaign | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCampaign(row) : undefined;
}

export async function findLatestCampaign(db: Db): Promise<Campaign | undefined> {
  const row = await db.selectFrom('campaigns').selectAll().orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return row ? toCampaign(row) : undefined;
}

/**
 * Campaigns a scope reaches: officers those organised in their region or above it (a
 * county works in its province's campaign); an employer those it has vacancies in; staff
 * their gathering point's; a worker their own.
 */
function visibleCampaigns(db: Db, scope: Scope) {
  const query = db.selectFrom('campaigns as c').selectAll('c');
  switch (scope.kind) {
    case 'region': {
      const prefix = scope.prefix;
      return query.where((eb) =>
        eb.or([
          eb('c.region_code', 'like', `${prefix}%`),
          eb(sql<string>`rtrim(c.region_code, '0')`, '=', sql<string>`left(${prefix}, length(rtrim(c.region_code, '0')))`),
        ]),
      );
    }
    case 'employer':
      return query.where(({ exists, selectFrom }) =>
        exists(selectFrom('jobs as j').select('j.id').whereRef('j.campaign_id', '=', 'c.id').where('j.employer_id', '=', scope.employerId)));
    case 'gathering':
      return query.where(({ exists, selectFrom }) =>
        exists(selectFrom('gathering_points as g').select('g.id').whereRef('g.campaign_id', '=', 'c.id').where('g.id', '=', scope.gatheringPointId)));
    case 'worker':
      return query.where(({ exists, selectFrom }) =>
        exists(selectFrom('workers as w').select('w.id').whereRef('w.campaign_id', '=', 'c.id')
          .where('w.province', '=', scope.province).where('w.id', '=', scope.workerId)));
    default:
      return query.where(sql<boolean>`false`);
  }
}

/** The ids of the campaigns a scope reaches, as a subquery for other rooms' reads. */
export function reachableCampaignIds(db: Db, scope: Scope) {
  return visibleCampaigns(db, scope).clearSelect().select('c.id');
}

export async function listCampaigns(db: Db, scope: Scope): Promise<Campaign[]> {
  const rows = await visibleCampaigns(db, scope).orderBy('c.created_at', 'desc').execute();
  return rows.map(toCampaign);
}

export async function findVisibleCampaign(db: Db, scope: Scope, id: string): Promise<Campaign | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await visibleCampaigns(db, scope).where('c.id', '=', id).executeTakeFirst();
  return row ? toCampaign(row) : undefined;
}

export type CampaignStats = {
  workers: number;
  priority: number;
  vacancies: number;
  headcount: number;
  byCity: { code: string; name: string; workers: number; priority: number }[];
  byDestinationProvince: { code: string; name: string; vacancies: number; headcount: number }[];
  byIndustry: { code: string; zh: string; en: string; vacancies: number; headcount: number }[];
};

export async function campaignStats(db: Db, campaignId: string, scope: string): Promise<CampaignStats> {
  const like = `${scope}%`;
  const totals = await db
    .selectFrom('workers')
    .select([sql<number>`count(*)::int`.as('workers'), sql<number>`count(*) FILTER (WHERE priority)::int`.as('priority')])
    .where('campaign_id', '=', campaignId)
    .where('region_code', 'like', like)
    .executeTakeFirstOrThrow();
  const jobTotals = await db
    .selectFrom('jobs')
    .select([sql<number>`count(*)::int`.as('vacancies'), sql<number>`coalesce(sum(headcount), 0)::int`.as('headcount')])
    .where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow();
  const byCity = await sql<{ code: string; name: string; workers: number; priority: number }>`
    SELECT substr(w.region_code, 1, 4) || '00' AS code, coalesce(r.name, substr(w.region_code, 1, 4) || '00') AS name,
           count(*)::int AS workers, count(*) FILTER (WHERE w.priority)::int AS priority
    FROM workers w LEFT JOIN regions r ON r.code = substr(w.region_code, 1, 4) || '00'
    WHERE w.campaign_id = ${campaignId} AND w.region_code LIKE ${like}
    GROUP BY 1, 2 ORDER BY workers DESC`.execute(db);
  const byProvince = await sql<{ code: string; name: string; vacancies: number; headcount: number }>`
    SELECT j.province || '0000' AS code, coalesce(r.name, j.province || '0000') AS name,
           count(*)::int AS vacancies, sum(j.headcount)::int AS headcount
    FROM jobs j LEFT JOIN regions r ON r.code = j.province || '0000'
    WHERE j.campaign_id = ${campaignId}
    GROUP BY 1, 2 ORDER BY headcount DESC`.execute(db);
  const byIndustry = await sql<{ code: string; zh: string; en: string; vacancies: number; headcount: number }>`
    SELECT j.industry AS code, coalesce(i.zh, j.industry) AS zh, coalesce(i.en, j.industry) AS en,
           count(*)::int AS vacancies, sum(j.headcount)::int AS headcount
    FROM jobs j LEFT JOIN industries i ON i.code = j.industry
    WHERE j.campaign_id = ${campaignId}
    GROUP BY 1, 2, 3 ORDER BY headcount DESC`.execute(db);
  return {
    workers: totals.workers,
    priority: totals.priority,
    vacancies: jobTotals.vacancies,
    headcount: jobTotals.headcount,
    byCity: byCity.rows,
    byDestinationProvince: byProvince.rows,
    byIndustry: byIndustry.rows,
  };
}

export type CampaignChanges = Partial<Pick<Campaign, 'name' | 'target' | 'startDate' | 'endDate' | 'destinations' | 'feverThreshold'>>;

/** One campaign's settings changed; returns the stored row after the change. */
export async function updateCampaign(db: Db, id: string, changes: CampaignChanges): Promise<Campaign> {
  const row = await db
    .updateTable('campaigns')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.target !== undefined && { target: changes.target }),
      ...(changes.startDate !== undefined && { start_date: changes.startDate }),
      ...(changes.endDate !== undefined && { end_date: changes.endDate }),
      ...(changes.destinations !== undefined && { destinations: sql<string[]>`${changes.destinations}::text[]` }),
      ...(changes.feverThreshold !== undefined && { fever_threshold: changes.feverThreshold }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCampaign(row);
}
