import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { appendAuditRow } from './audit-chain.repository.js';

export type AuditEntry = {
  actorId: string | null;
  actorLogin: string;
  action: string;
  entity: string;
  entityId?: string | null;
  regionCode?: string;
  ip?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends to the chain (audit-chain.ts): entries are written one at a time, in turn. */
export async function insertAudit(db: Db, entry: AuditEntry): Promise<void> {
  await appendAuditRow(db, {
    actor_id: entry.actorId,
    actor_login: entry.actorLogin,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId ?? null,
    region_code: entry.regionCode ?? '',
    ip: entry.ip ?? null,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  });
}

export type AuditFilter = { action?: string; entityId?: string; actorLogin?: string; from?: string; to?: string };

/** Entries about places inside the prefix ('' = all); null = nothing. Days are China time. */
export async function listAudit(db: Db, prefix: string | null, page: { limit: number; offset: number }, filter: AuditFilter) {
  let query = db.selectFrom('audit_log');
  query = prefix === null ? query.where(sql<boolean>`false`) : query.where('region_code', 'like', `${prefix}%`);
  if (prefix !== null && prefix !== '') query = query.where('region_code', '!=', '');
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.actorLogin) query = query.where('actor_login', '=', filter.actorLogin);
  if (filter.from) query = query.where('at', '>=', new Date(`${filter.from}T00:00:00+08:00`));
  if (filter.to) query = query.where('at', '<', new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000));
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const items = await query.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  return { total: total.n, items };
}
