// Read queries on workers. Every one takes the caller's region prefix: it is applied
// here, in the store, so no route can forget it.
import { sql } from 'kysely';
import { narrowScope, type Scope, toPrefix } from '../core/scope.js';
import { isUuid } from '../core/ids.js';
import type { Db } from '../db/database.js';

export type WorkerFilter = {
  /** A region prefix the caller asked for; it can only narrow the scope. */
  region?: string;
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

// The scope is applied here, in the store, for every query: a route cannot forget it.
function baseQuery(db: Db, scope: Scope, filter: WorkerFilter) {
  let query = db.selectFrom('workers as w');
  switch (scope.kind) {
    case 'region': {
      const prefix = narrowScope(scope.prefix, filter.region);
      query = query.where('w.region_code', 'like', prefix === null ? '-' : `${prefix}%`);
      if (prefix && prefix.length >= 2) query = query.where('w.province', '=', prefix.slice(0, 2));
      break;
    }
    case 'employer':
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('assignments as a')
            .innerJoin('jobs as j', (join) => join.onRef('j.province', '=', 'a.job_province').onRef('j.id', '=', 'a.job_id'))
            .select('a.worker_id')
            .whereRef('a.province', '=', 'w.province')
            .whereRef('a.worker_id', '=', 'w.id')
            .where('a.status', '!=', 'withdrawn')
            .where('j.employer_id', '=', scope.employerId),
        ),
      );
      break;
    case 'gathering':
      query = query.where('w.region_code', 'like', `${scope.servesPrefix}%`);
      break;
    case 'worker':
      query = query.where('w.province', '=', scope.province).where('w.id', '=', scope.workerId);
      break;
    default:
      query = query.where(sql<boolean>`false`);
  }
  if (scope.kind !== 'region' && filter.region !== undefined) {
    const requested = toPrefix(filter.region);
    query = query.where('w.region_code', 'like', requested === undefined ? '-' : `${requested}%`);
  }
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
  scope: Scope,
  filter: WorkerFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: WorkerSummary[] }> {
  const total = await baseQuery(db, scope, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await baseQuery(db, scope, filter)
    .select([...SUMMARY_COLUMNS, certificatesOf.as('certificates')])
    .orderBy('w.region_code')
    .orderBy('w.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total: total.n, items: rows.map(toSummary) };
}

export async function findWorker(db: Db, scope: Scope, id: string): Promise<WorkerSummary | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await baseQuery(db, scope, {})
    .select([...SUMMARY_COLUMNS, certificatesOf.as('certificates')])
    .where('w.id', '=', id)
    .executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

/** Keyset pages over every worker in reach, for exports of any size. */
export async function* streamWorkers(db: Db, scope: Scope, filter: WorkerFilter, pageSize = 5000): AsyncGenerator<WorkerSummary[]> {
  let after: { province: string; id: string } | undefined;
  for (;;) {
    let query = baseQuery(db, scope, filter).select([...SUMMARY_COLUMNS, certificatesOf.as('certificates')]);
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

export async function workerEvents(db: Db, scope: Scope, id: string) {
  const worker = await findWorker(db, scope, id);
  if (!worker) return undefined;
  return db
    .selectFrom('worker_events')
    .select(['id', 'type', 'at', 'actor', 'device', 'data'])
    .where('province', '=', worker.regionCode.slice(0, 2))
    .where('worker_id', '=', id)
    .orderBy('id')
    .execute();
}

/** The worker's decrypted phone, for making a worker account; scoped like every read. */
export async function findWorkerPhone(ctx: { db: Db; vault: { decrypt: (c: string) => string } }, scope: Scope, id: string) {
  if (!isUuid(id)) return undefined;
  const row = await baseQuery(ctx.db, scope, {}).select(['w.province', 'w.id', 'w.region_code', 'w.phone_enc']).where('w.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { province: row.province, id: row.id, regionCode: row.region_code, phone: row.phone_enc ? ctx.vault.decrypt(row.phone_enc) : null };
}

/** Full identity number and phone of one worker in scope (the caller audits the reveal). */
export async function revealWorker(ctx: { db: Db; vault: { decrypt: (c: string) => string } }, scope: Scope, id: string) {
  if (!isUuid(id)) return undefined;
  const row = await baseQuery(ctx.db, scope, {}).select(['w.id', 'w.region_code', 'w.id_enc', 'w.phone_enc']).where('w.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, regionCode: row.region_code, idNumber: ctx.vault.decrypt(row.id_enc), phone: row.phone_enc ? ctx.vault.decrypt(row.phone_enc) : null };
}
