// SQL for import runs. The scope is applied here: officers see the runs started within
// their reach (an upload's region is its uploader's), administrators all, others none.
import { sql } from 'kysely';
import { isUuid } from '../core/ids.js';
import type { Scope } from '../core/scope.js';
import type { Db } from '../db/database.js';
import type { ImportKind, ImportRun } from './import-runs.schema.js';

// A running import updates its row at least every few seconds; one silent for longer
// belonged to a server that stopped (it is shown as failed).
const STALE_SECONDS = 120;

export type NewRun = { kind: ImportKind; campaignId: string; actorId: string | null; actorLogin: string; regionPrefix: string; fileName: string; fileBytes: number };

export async function insertRun(db: Db, run: NewRun): Promise<string> {
  const row = await db.insertInto('import_runs').values({
    kind: run.kind, campaign_id: run.campaignId, actor_id: run.actorId, actor_login: run.actorLogin, region_prefix: run.regionPrefix,
    file_name: run.fileName, file_bytes: run.fileBytes, status: 'running',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function recordProgress(db: Db, id: string, progress: { rows: number; bytesRead: number }): Promise<void> {
  await db.updateTable('import_runs').set({ rows: progress.rows, bytes_read: progress.bytesRead, updated_at: new Date() })
    .where('id', '=', id).where('status', '=', 'running').execute();
}

export type RunResult = { rows: number; imported: number; updated: number; unchanged: number; refused: number; errorsEnc: string | null; expireAt: Date | null };

export async function finishRun(db: Db, id: string, result: RunResult): Promise<void> {
  await db.updateTable('import_runs').set({
    status: 'done', rows: result.rows, imported: result.imported, updated: result.updated, unchanged: result.unchanged,
    refused: result.refused, errors_enc: result.errorsEnc, errors_expire_at: result.expireAt, finished_at: new Date(), updated_at: new Date(),
  }).where('id', '=', id).execute();
}

export async function failRun(db: Db, id: string, error: { zh: string; en: string }): Promise<void> {
  await db.updateTable('import_runs').set({ status: 'failed', error: JSON.stringify(error), finished_at: new Date(), updated_at: new Date() })
    .where('id', '=', id).execute();
}

/** Workbooks past their time are dropped (called as new imports start). */
export async function dropExpiredWorkbooks(db: Db): Promise<void> {
  await db.updateTable('import_runs').set({ errors_enc: null }).where('errors_expire_at', '<', new Date()).where('errors_enc', 'is not', null).execute();
}

function scoped(db: Db, scope: Scope) {
  const query = db.selectFrom('import_runs as r');
  if (scope.kind !== 'region') return query.where(sql<boolean>`false`);
  return query.where('r.region_prefix', 'like', `${scope.prefix}%`);
}

const COLUMNS = [
  'r.id', 'r.kind', 'r.campaign_id', 'r.actor_id', 'r.actor_login', 'r.region_prefix', 'r.file_name', 'r.file_bytes', 'r.status', 'r.rows',
  'r.bytes_read', 'r.imported', 'r.updated', 'r.unchanged', 'r.refused', 'r.error', 'r.errors_expire_at', 'r.started_at', 'r.finished_at',
  sql<boolean>`r.errors_enc IS NOT NULL`.as('has_errors'),
  sql<boolean>`r.status = 'running' AND r.updated_at < now() - make_interval(secs => ${STALE_SECONDS})`.as('stale'),
] as const;

export type StoredRun = ImportRun & { actorId: string | null; regionPrefix: string };

type Row = {
  id: string; kind: ImportKind; campaign_id: string | null; actor_id: string | null; actor_login: string; region_prefix: string;
  file_name: string; file_bytes: number; status: 'running' | 'done' | 'failed'; rows: number; bytes_read: number; imported: number;
  updated: number; unchanged: number; refused: number; error: { zh: string; en: string } | null; errors_expire_at: Date | null;
  started_at: Date; finished_at: Date | null; has_errors: boolean; stale: boolean;
};

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

function toRun(r: Row): StoredRun {
  const expired = r.errors_expire_at !== null && new Date(r.errors_expire_at).getTime() < Date.now();
  return {
    id: r.id, kind: r.kind, campaignId: r.campaign_id, actorId: r.actor_id, actorLogin: r.actor_login, regionPrefix: r.region_prefix,
    fileName: r.file_name, fileBytes: r.file_bytes, status: r.stale ? 'failed' : r.status, rows: r.rows, bytesRead: r.bytes_read,
    imported: r.imported, updated: r.updated, unchanged: r.unchanged, refused: r.refused,
    error: r.stale ? { zh: '导入中断（服务器已停止），请重新上传', en: 'the import was interrupted (the server stopped): upload the file again' } : r.error,
    errorsAvailable: r.has_errors && !expired, errorsExpireAt: iso(r.errors_expire_at), startedAt: iso(r.started_at) as string,
    finishedAt: iso(r.finished_at),
  };
}

export async function listRuns(db: Db, scope: Scope, filter: { kind?: ImportKind }, page: { limit: number; offset: number }) {
  let query = scoped(db, scope);
  if (filter.kind) query = query.where('r.kind', '=', filter.kind);
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query.select(COLUMNS).orderBy('r.started_at', 'desc').orderBy('r.id').limit(page.limit).offset(page.offset).execute();
  return { total: total.n, items: rows.map((r) => toRun(r as Row)) };
}

export async function findRun(db: Db, scope: Scope, id: string): Promise<StoredRun | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await scoped(db, scope).select(COLUMNS).where('r.id', '=', id).executeTakeFirst();
  return row ? toRun(row as Row) : undefined;
}

export async function runWorkbook(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('import_runs').select('errors_enc').where('id', '=', id).where('errors_expire_at', '>', new Date()).executeTakeFirst();
  return row?.errors_enc ?? null;
}
