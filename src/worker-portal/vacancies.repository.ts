// SQL of the vacancies published on the phone pages: only approved ones of the worker's
// campaign, with the worker's own interest mark; and, for officers and the employer, the
// workers who marked a vacancy. Housing, meals and the site address are read through
// to_jsonb, so this works before and after the migration that adds them (0014).
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { WorkerKey } from './portal.repository.js';

export type VacancyFilter = { industry?: string; province?: string; minWage?: number };

function published(db: Db, campaignId: string, worker: WorkerKey) {
  return db.selectFrom('jobs as j').innerJoin('employers as e', 'e.id', 'j.employer_id')
    .where('j.campaign_id', '=', campaignId).where('j.approval', '=', 'approved')
    .select(['j.province', 'j.id', 'j.title', 'j.industry', 'j.site_code', 'j.wage', 'j.wage_max', 'j.headcount', 'j.start_date', 'e.name as employer',
      sql<boolean>`EXISTS (SELECT 1 FROM worker_interests i WHERE i.province = ${worker.province} AND i.worker_id = ${worker.id}::uuid
        AND i.job_province = j.province AND i.job_id = j.id)`.as('interested')]);
}

export async function listPublished(db: Db, campaignId: string, worker: WorkerKey, filter: VacancyFilter, page: { limit: number; offset: number }) {
  const conditions: RawBuilder<boolean>[] = [];
  if (filter.industry) conditions.push(sql<boolean>`j.industry = ${filter.industry}`);
  if (filter.province) conditions.push(sql<boolean>`j.site_code LIKE ${`${filter.province.slice(0, 2)}%`}`);
  if (filter.minWage) conditions.push(sql<boolean>`coalesce(j.wage_max, j.wage) >= ${filter.minWage}`);
  const where = conditions.length > 0 ? sql<boolean>`(${sql.join(conditions, sql` AND `)})` : sql<boolean>`true`;
  const [items, total] = await Promise.all([
    published(db, campaignId, worker).where(where).orderBy('j.wage', 'desc').orderBy('j.id').limit(page.limit).offset(page.offset).execute(),
    db.selectFrom('jobs as j').select(sql<number>`count(*)::integer`.as('n')).where('j.campaign_id', '=', campaignId).where('j.approval', '=', 'approved')
      .where(where).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

export async function findPublished(db: Db, campaignId: string, worker: WorkerKey, id: string) {
  return published(db, campaignId, worker).where('j.id', '=', id)
    .select(['j.certificates', 'j.age_min', 'j.age_max', 'j.contact_name',
      sql<string | null>`to_jsonb(j) ->> 'accommodation'`.as('accommodation'), sql<string | null>`to_jsonb(j) ->> 'meals'`.as('meals'),
      sql<string | null>`to_jsonb(j) ->> 'site_address'`.as('site_address')])
    .executeTakeFirst();
}

/** Workers who marked a vacancy; `reach` narrows them for an officer (the employer's job is its own). */
export async function interestedIn(db: Db, job: WorkerKey, reach: RawBuilder<boolean>) {
  return db.selectFrom('worker_interests as i')
    .innerJoin('workers as w', (join) => join.onRef('w.province', '=', 'i.province').onRef('w.id', '=', 'i.worker_id'))
    .leftJoin('regions as r', 'r.code', 'w.region_code')
    .select(['w.id', 'w.name', 'w.id_masked', 'w.region_code', 'r.name as county', sql<string>`w.birth_date::text`.as('birth_date'), 'i.created_at',
      sql<string[]>`coalesce((SELECT array_agg(c.certificate_code ORDER BY c.certificate_code) FROM worker_certificates c
        WHERE c.province = w.province AND c.worker_id = w.id), '{}')`.as('certificates')])
    .where('i.job_province', '=', job.province).where('i.job_id', '=', job.id).where('w.status', '<>', 'withdrawn').where(reach)
    .orderBy('i.created_at').orderBy('w.id').execute();
}
