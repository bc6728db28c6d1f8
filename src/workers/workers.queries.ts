// Read queries on workers. Every one takes the caller's region prefix: it is applied
// here, in the store, so no route can forget it.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export type WorkerFilter = {
  /** Region prefix the caller may see, already narrowed by any requested filter. */
  prefix: string;
  campaignId?: string;
  priority?: boolean;
  status?: string;
};

export type WorkerSummary = {
  id: string;
  campaignId: string;
  regionCode: string;
  name: string;
  idMasked: string;
  phoneMasked: string | null;
  birthDate: string;
  gender: string;
  priority: boolean;
  industries: string[];
  destinations: string[];
  minWage: number;
  certificates: string[];
  status: string;
};

function baseQuery(db: Db, filter: WorkerFilter) {
  let query = db.selectFrom('workers as w').where('w.region_code', 'like', `${filter.prefix}%`);
  if (filter.prefix.length >= 2) query = query.where('w.province', '=', filter.prefix.slice(0, 2));
  if (filter.campaignId) query = query.where('w.campaign_id', '=', filter.campaignId);
  if (filter.priority !== undefined) query = query.where('w.priority', '=', filter.priority);
  if (filter.status) query = query.where('w.status', '=', filter.status);
  return query;
}

const SUMMARY_COLUMNS = [
  'w.id', 'w.province', 'w.campaign_id', 'w.region_code', 'w.name', 'w.id_masked', 'w.phone_masked', 'w.birth_date',
  'w.gender', 'w.priority', 'w.industries', 'w.destinations', 'w.min_wage', 'w.status',
] as const;

type SummaryRow = {
  id: string; province: string; campaign_id: string; region_code: string; name: string; id_masked: string;
  phone_masked: string | null; birth_date: string; gender: string; priority: boolean; industries: string[];
  destinations: string[]; min_wage: number; status: string; certificates: string[] | null;
};

function toSummary(row: SummaryRow): WorkerSummary {
  return {
    id: row.id, campaignId: row.campaign_id, regionCode: row.region_code, name: row.name, idMasked: row.id_masked,
    phoneMasked: row.phone_masked, birthDate: row.birth_date, gender: row.gender, priority: row.priority,
    industries: row.industries, destinations: row.destinations, minWage: row.min_wage,
    certificates: row.certificates ?? [], status: row.status,
  };
}

const certificatesOf = sql<string[]>`coalesce((SELECT array_agg(c.certificate_code ORDER BY c.certificate_code)
  FROM worker_certificates c WHERE c.province = w.province AND c.worker_id = w.id), '{}')`;

export async function listWorkers(
  db: Db,
  filter: WorkerFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: WorkerSummary[] }> {
  const total = await baseQuery(db, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await baseQuery(db, filter)
    .select([...SUMMARY_COLUMNS, certificatesOf.as('certificates')])
    .orderBy('w.region_code')
    .orderBy('w.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: total.n, items: rows.map(toSummary) };
}

export async function findWorker(db: Db, prefix: string, id: string): Promise<WorkerSummary | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const row = await baseQuery(db, { prefix })
    .select([...SUMMARY_COLUMNS, certificatesOf.as('certificates')])
    .where('w.id', '=', id)
    .executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

/** Keyset pages over every worker in reach, for exports of any size. */
export async function* streamWorkers(db: Db, filter: WorkerFilter, pageSize = 5000): AsyncGenerator<WorkerSummary[]> {
  let after: { province: string; id: string } | undefined;
  for (;;) {
    let query = baseQuery(db, filter).select([...SUMMARY_COLUMNS, certificatesOf.as('certificates')]);
    if (after) {
      const { province, id } = after;
      query = query.where(sql<boolean>`(w.province, w.id) > (${province}, ${id}::uuid)`);
    }
    const rows = await query.orderBy('w.province').orderBy('w.id').limit(pageSize).execute();
    if (rows.length === 0) return;
    yield rows.map(toSummary);
    const last = rows[rows.length - 1];
    after = { province: last.province, id: last.id };
    if (rows.length < pageSize) return;
  }
}

export async function workerEvents(db: Db, prefix: string, id: string) {
  const worker = await findWorker(db, prefix, id);
  if (!worker) return undefined;
  return db
    .selectFrom('worker_events')
    .select(['id', 'type', 'at', 'actor', 'device', 'data'])
    .where('province', '=', worker.regionCode.slice(0, 2))
    .where('worker_id', '=', id)
    .orderBy('id')
    .execute();
}
