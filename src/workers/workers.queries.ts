// Read queries on workers. Every one takes the caller's region prefix: it is applied
// here, in the store, so no route can forget it.
import { sql } from 'kysely';
import { workerReach } from '../auth/reach.queries.js';
import { ageOn } from '../core/id-number.js';
import { isUuid } from '../core/ids.js';
import { fullName } from '../core/regions.js';
import { narrowScope, type Scope, toPrefix } from '../core/scope.js';
import { todayInChina } from '../core/values.js';
import type { Db } from '../db/database.js';
import type { WorkerSort } from './workers.schema.js';
import { SHOWN_LAST_DIGITS, type WorkerSearch } from './workers.search.js';

export type WorkerFilter = {
  /** A region prefix the caller asked for; it can only narrow the scope. */
  region?: string;
  campaignId?: string;
  priority?: boolean;
  status?: string;
  /** Wished industry (code). */
  industry?: string;
  /** Held certificate (code). */
  certificate?: string;
  search?: WorkerSearch;
};

export type WorkerOrder = { sort?: WorkerSort; order?: 'asc' | 'desc' };

export type WorkerSummary = {
  id: string;
  campaignId: string;
  regionCode: string;
  regionName: string;
  name: string;
  idMasked: string;
  phoneMasked: string | null;
  birthDate: string;
  age: number;
  gender: 'male' | 'female';
  priority: boolean;
  industries: string[];
  destinations: string[];
  minWage: number;
  certificates: string[];
  status: string;
  registeredAt: string;
  updatedAt: string;
};

// LIKE's own wildcards in typed text match themselves.
const likeEscaped = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function searched(search: WorkerSearch) {
  switch (search.kind) {
    case 'idHash':
      return sql<boolean>`w.id_hash = ${search.hash}`;
    case 'phoneHash':
      return sql<boolean>`w.phone_hash = ${search.hash}`;
    case 'masked':
      return sql<boolean>`(w.id_masked = ${search.mask} OR w.phone_masked = ${search.mask})`;
    case 'lastDigits': {
      // The masks keep the last four characters: more digits than that can't be told apart.
      if (search.digits.length > SHOWN_LAST_DIGITS) return sql<boolean>`false`;
      // Four digits (the usual case) match the indexed last four characters exactly.
      if (search.digits.length === SHOWN_LAST_DIGITS) {
        return sql<boolean>`(right(w.id_masked, 4) = ${search.digits} OR right(w.phone_masked, 4) = ${search.digits})`;
      }
      const suffix = `%${likeEscaped(search.digits)}`;
      return sql<boolean>`(w.id_masked LIKE ${suffix} OR w.phone_masked LIKE ${suffix})`;
    }
    default:
      return sql<boolean>`w.name LIKE ${`%${likeEscaped(search.text)}%`}`;
  }
}

// The scope is applied here, in the store, for every query: a route cannot forget it.
function baseQuery(db: Db, scope: Scope, filter: WorkerFilter) {
  let query = db.selectFrom('workers as w');
  if (scope.kind === 'region') {
    // A region filter narrows the scope's prefix; a disjoint one reaches nobody.
    const prefix = narrowScope(scope.prefix, filter.region);
    query = query.where(prefix === null ? sql<boolean>`false` : workerReach({ kind: 'region', prefix }));
  } else {
    query = query.where(workerReach(scope));
  }
  if (scope.kind !== 'region' && filter.region !== undefined) {
    const requested = toPrefix(filter.region);
    query = query.where('w.region_code', 'like', requested === undefined ? '-' : `${requested}%`);
  }
  if (filter.campaignId) query = query.where('w.campaign_id', '=', filter.campaignId);
  if (filter.priority !== undefined) query = query.where('w.priority', '=', filter.priority);
  if (filter.status) query = query.where('w.status', '=', filter.status);
  if (filter.industry) query = query.where(sql<boolean>`w.industries @> ARRAY[${filter.industry}]::text[]`);
  if (filter.certificate) {
    const code = filter.certificate;
    query = query.where(({ exists, selectFrom }) => exists(
      selectFrom('worker_certificates as c').select('c.worker_id')
        .whereRef('c.province', '=', 'w.province').whereRef('c.worker_id', '=', 'w.id').where('c.certificate_code', '=', code),
    ));
  }
  if (filter.search) query = query.where(searched(filter.search));
  return query;
}

/** Workers the scope reaches, for other rooms' reads that list people (a vacancy's page). */
export function scopedWorkers(db: Db, scope: Scope) {
  return baseQuery(db, scope, {});
}

const SUMMARY_COLUMNS = [
  'w.id', 'w.province', 'w.campaign_id', 'w.region_code', 'w.name', 'w.id_masked', 'w.phone_masked', 'w.birth_date',
  'w.gender', 'w.priority', 'w.industries', 'w.destinations', 'w.min_wage', 'w.status', 'w.created_at', 'w.updated_at',
] as const;

type SummaryRow = {
  id: string; province: string; campaign_id: string; region_code: string; name: string; id_masked: string;
  phone_masked: string | null; birth_date: string; gender: 'male' | 'female'; priority: boolean; industries: string[];
  destinations: string[]; min_wage: number; status: string; certificates: string[] | null; created_at: Date | string; updated_at: Date | string;
};

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

function toSummary(row: SummaryRow, today: string): WorkerSummary {
  return {
    id: row.id, campaignId: row.campaign_id, regionCode: row.region_code, regionName: fullName(row.region_code) ?? row.region_code,
    name: row.name, idMasked: row.id_masked, phoneMasked: row.phone_masked, birthDate: row.birth_date, age: ageOn(row.birth_date, today),
    gender: row.gender, priority: row.priority, industries: row.industries, destinations: row.destinations, minWage: row.min_wage,
    certificates: row.certificates ?? [], status: row.status, registeredAt: iso(row.created_at), updatedAt: iso(row.updated_at),
  };
}

const certificatesOf = sql<string[]>`coalesce((SELECT array_agg(c.certificate_code ORDER BY c.certificate_code)
  FROM worker_certificates c WHERE c.province = w.province AND c.worker_id = w.id), '{}')`;

// Each sort has the id last, so pages never overlap or skip a row between two requests.
// Age ascending is the youngest first: the latest birth date.
const SORT_COLUMNS: Record<WorkerSort, { column: 'w.name' | 'w.birth_date' | 'w.region_code' | 'w.status' | 'w.created_at'; flip: boolean }> = {
  name: { column: 'w.name', flip: false },
  age: { column: 'w.birth_date', flip: true },
  county: { column: 'w.region_code', flip: false },
  status: { column: 'w.status', flip: false },
  registeredAt: { column: 'w.created_at', flip: false },
};

/**
 * One page. The page's keys are found first, sorted on the narrow columns alone, with
 * the total counted in the same scan (a window); only those rows are then read whole,
 * certificates included. Reading every row whole before skipping to a deep page cost
 * a certificate lookup per skipped row (27,000 on the demo's last page).
 */
export async function listWorkers(
  db: Db,
  scope: Scope,
  filter: WorkerFilter,
  page: { limit: number; offset: number },
  order: WorkerOrder = {},
): Promise<{ total: number; items: WorkerSummary[] }> {
  let keys = baseQuery(db, scope, filter).select(['w.province', 'w.id', sql<number>`count(*) OVER ()`.as('total')]);
  const direction = (flip: boolean): 'asc' | 'desc' => ((order.order === 'desc') !== flip ? 'desc' : 'asc');
  if (order.sort) {
    const { column, flip } = SORT_COLUMNS[order.sort];
    keys = keys.orderBy(column, direction(flip)).orderBy('w.id', direction(flip));
  } else {
    keys = keys.orderBy('w.region_code').orderBy('w.id');
  }
  const found = await keys.limit(page.limit).offset(page.offset).execute();
  if (found.length === 0) {
    // Past the last page (or nothing matches): the window had no row to report on.
    const counted = page.offset === 0 ? { n: 0 } : await baseQuery(db, scope, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    return { total: Number(counted.n), items: [] };
  }
  const rows = await db.selectFrom('workers as w')
    .select([...SUMMARY_COLUMNS, certificatesOf.as('certificates')])
    .where(sql<boolean>`(w.province, w.id) IN (SELECT * FROM unnest(${found.map((k) => k.province)}::text[], ${found.map((k) => k.id)}::uuid[]))`)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const today = todayInChina();
  const items = found.flatMap((k) => {
    const row = byId.get(k.id);
    return row ? [toSummary(row, today)] : [];
  });
  return { total: Number(found[0].total), items };
}

export async function findWorker(db: Db, scope: Scope, id: string): Promise<WorkerSummary | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await baseQuery(db, scope, {})
    .select([...SUMMARY_COLUMNS, certificatesOf.as('certificates')])
    .where('w.id', '=', id)
    .executeTakeFirst();
  return row ? toSummary(row, todayInChina()) : undefined;
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
    const today = todayInChina();
    yield rows.map((row) => toSummary(row, today));
    const last = rows[rows.length - 1];
    after = { province: last.province, id: last.id };
    if (rows.length < pageSize) return;
  }
}

export async function workerEvents(db: Db, scope: Scope, id: string) {
  const worker = await findWorker(db, scope, id);
  if (!worker) return undefined;
  const rows = await db
    .selectFrom('worker_events')
    .select(['id', 'type', 'at', 'actor', 'device', 'data'])
    .where('province', '=', worker.regionCode.slice(0, 2))
    .where('worker_id', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, at: iso(row.at), data: (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown> }));
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

/**
 * Whether an identity number (by its blind index) is registered in a campaign: the
 * worker's id when the scope reaches them, else only that someone is.
 */
export async function findRegistration(db: Db, scope: Scope, campaignId: string, province: string, idHash: string): Promise<{ id?: string } | undefined> {
  const row = await db.selectFrom('workers').select(['id']).where('province', '=', province).where('campaign_id', '=', campaignId)
    .where('id_hash', '=', idHash).executeTakeFirst();
  if (!row) return undefined;
  return (await findWorker(db, scope, row.id)) ? { id: row.id } : {};
}
