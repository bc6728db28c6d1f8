// An officer uploads a registration or vacancy workbook from the console: the file is
// streamed to a private temp folder, the room's own import (the very one the CLI runs,
// on a worker thread for big files) runs in the background, progress is written to the
// run's row for the page to poll, and the refused rows' workbook is kept encrypted for a
// while for the uploader's reach. The import audits itself as the uploader.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppContext } from '../app/context.js';
import { type Actor, mayManage, mayReveal } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { findVisibleCampaign, listCampaigns } from '../campaigns/campaigns.repository.js';
import { WHOLE_COUNTRY } from '../core/scope.js';
import { type Bilingual, type DomainError, domainError, isDomainError } from '../core/errors.js';
import { writeErrorReport } from '../spreadsheets/errors-report.js';
import type { ImportOutcome, ImportProgress } from '../spreadsheets/import-pipeline.js';
import { importJobsFile } from '../jobs/jobs.import.js';
import { importWorkersFile } from '../workers/workers.import.js';
import {
  dropExpiredWorkbooks, failRun, finishRun, findRun, insertRun, recordProgress, runWorkbook, type StoredRun,
} from './import-runs.repository.js';
import { ERROR_WORKBOOK_DAYS, type ImportKind } from './import-runs.schema.js';

/** Imports running at once in this process; more would only queue on two cores. */
const MAX_RUNNING = 2;
/**
 * Progress is kept in memory for this process's polls (a poll must not wait behind the
 * import's own writes on the one PGlite connection) and written to the run's row at most
 * this often, as a heartbeat and for other processes.
 */
const PROGRESS_WRITE_MS = 3000;

const HTTP_BATCH_ROWS = 500;

const running = new Map<string, Promise<void>>();
const live = new Map<string, StoredRun>();

/** A run going on in this process, with its latest progress, if the scope reaches it. */
export function liveRun(scope: Actor['scope'], id: string): StoredRun | undefined {
  const run = live.get(id);
  if (!run || scope.kind !== 'region' || !run.regionPrefix.startsWith(scope.prefix)) return undefined;
  return { ...run };
}

export function importRunNotFound(id: string): DomainError {
  return domainError({ code: 'not_found', record: `import ${id}`, zh: '找不到该导入记录', en: 'no such import' });
}

export function mustImport(actor: Actor): void {
  if (!mayManage(actor)) throw domainError({ code: 'forbidden', zh: '无权导入', en: 'you may not import' });
}

/** Before the upload is read: too many imports running is said now, not after 200 MB. */
export function checkCapacity(): void {
  if (running.size >= MAX_RUNNING) {
    throw domainError({ code: 'too_many_requests', zh: '已有导入正在进行，请稍后再试', en: 'imports are already running: try again shortly' });
  }
}

/** A file name safe to put on disk and show: its last part, no controls, at most 100 characters. */
export function safeFileName(name: string, kind: ImportKind): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\p{Cc}\p{Cf}/:*?"<>|]/gu, '').trim();
  const ext = path.extname(base).toLowerCase();
  const stem = [...base.slice(0, base.length - ext.length)].slice(0, 90).join('');
  return `${stem || kind}${ext}`;
}

export function isSpreadsheetName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}

/** A private folder for one upload (mode 700), removed when the import is over. */
export function uploadFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-upload-'));
}

/** Everything checked before an upload is read: may import, room to run, the campaign. Returns the campaign's id. */
export async function checkImport(ctx: AppContext, actor: Actor, campaignId: string | undefined): Promise<string> {
  mustImport(actor);
  checkCapacity();
  return (await campaignFor(ctx, actor, campaignId)).id;
}

async function campaignFor(ctx: AppContext, actor: Actor, campaignId: string | undefined) {
  if (campaignId) {
    const campaign = await findVisibleCampaign(ctx.db, actor.scope, campaignId);
    if (!campaign) throw domainError({ code: 'not_found', record: `campaign ${campaignId}`, field: 'campaign', zh: '找不到该活动', en: 'no such campaign' });
    return campaign;
  }
  const [latest] = await listCampaigns(ctx.db, actor.scope);
  if (!latest) throw domainError({ code: 'invalid_input', field: 'campaign', zh: '没有可导入的输出活动', en: 'there is no campaign to import into' });
  return latest;
}

const regionOf = (actor: Actor): string => (actor.scope.kind === 'region' ? actor.scope.prefix : '-');

export type Upload = { kind: ImportKind; campaignId?: string; file: string; fileName: string; folder: string };

/** Records the run and starts it in the background; the caller answers with the run at once. */
export async function startImport(ctx: AppContext, actor: Actor, upload: Upload): Promise<string> {
  const cleanup = () => fs.rmSync(upload.folder, { recursive: true, force: true });
  let id: string;
  let campaignId: string;
  try {
    campaignId = await checkImport(ctx, actor, upload.campaignId);
    await dropExpiredWorkbooks(ctx.db);
    const fileBytes = fs.statSync(upload.file).size;
    id = await insertRun(ctx.db, {
      kind: upload.kind, campaignId, actorId: actor.userId, actorLogin: actor.login, regionPrefix: regionOf(actor), fileName: upload.fileName, fileBytes,
    });
  } catch (error) {
    cleanup();
    throw error;
  }
  const stored = await findRun(ctx.db, WHOLE_COUNTRY, id);
  if (stored) live.set(id, stored);
  const work = runInBackground(ctx, actor, id, campaignId, upload).finally(() => {
    running.delete(id);
    live.delete(id);
    cleanup();
  });
  running.set(id, work);
  return id;
}

/** Resolves when the run is over (tests and benchmarks wait on it; the page polls instead). */
export async function importSettled(id: string): Promise<void> {
  await running.get(id);
}

async function runInBackground(ctx: AppContext, actor: Actor, id: string, campaignId: string, upload: Upload): Promise<void> {
  let last = 0;
  let writing: Promise<void> = Promise.resolve();
  const onProgress = (p: ImportProgress) => {
    const run = live.get(id);
    if (run) Object.assign(run, { rows: p.rows, bytesRead: p.bytesRead });
    const now = Date.now();
    if (now - last < PROGRESS_WRITE_MS) return;
    last = now;
    writing = writing.then(() => recordProgress(ctx.db, id, { rows: p.rows, bytesRead: p.bytesRead })).catch(() => undefined);
  };
  try {
    // Smaller batches than the CLI's: PGlite writes on this thread and holds the event loop
    // while it does, so a batch is also how long a poll of the page may wait.
    const options = { campaignId, actor, onProgress, batchSize: HTTP_BATCH_ROWS };
    const outcome = upload.kind === 'workers' ? await importWorkersFile(ctx, upload.file, options) : await importJobsFile(ctx, upload.file, options);
    await writing;
    await finishRun(ctx.db, id, { ...counts(outcome), ...(await sealedWorkbook(ctx, upload.folder, outcome)) });
  } catch (error) {
    await writing;
    const reason: Bilingual = isDomainError(error)
      ? { zh: error.problem.zh, en: error.problem.en }
      : { zh: '导入失败（服务器错误），请重试或联系管理员', en: 'the import failed (server error): try again or ask the administrator' };
    if (!isDomainError(error)) ctx.log.error({ err: { message: error instanceof Error ? error.message : String(error) }, run: id }, 'import failed');
    await failRun(ctx.db, id, reason);
  }
}

function counts(outcome: ImportOutcome) {
  return { rows: outcome.rows, imported: outcome.imported, updated: outcome.updated, unchanged: outcome.unchanged, refused: outcome.refused };
}

async function sealedWorkbook(ctx: AppContext, folder: string, outcome: ImportOutcome): Promise<{ errorsEnc: string | null; expireAt: Date | null }> {
  if (outcome.refusals.length === 0) return { errorsEnc: null, expireAt: null };
  const file = path.join(folder, 'refused.xlsx');
  await writeErrorReport(file, outcome, 'xlsx');
  const errorsEnc = ctx.vault.encrypt(fs.readFileSync(file).toString('base64'));
  fs.rmSync(file, { force: true });
  return { errorsEnc, expireAt: new Date(Date.now() + ERROR_WORKBOOK_DAYS * 86_400_000) };
}

/**
 * The refused rows' workbook holds full numbers: the uploader gets it, and officers of
 * the reach who may reveal numbers; the others in reach are refused (403), the rest
 * never learn the run exists (404). Each download is audited.
 */
export async function downloadWorkbook(ctx: AppContext, actor: Actor, id: string): Promise<{ run: StoredRun; body: Buffer }> {
  const run = await findRun(ctx.db, actor.scope, id);
  if (!run) throw importRunNotFound(id);
  const own = run.actorId !== null && run.actorId === actor.userId;
  if (!own && !mayReveal(actor)) {
    throw domainError({ code: 'forbidden', zh: '拒绝行工作簿含完整证件号，仅上传人或有查看权限的人员可下载', en: 'the refused rows hold full numbers: only the uploader or officers who may reveal can download them' });
  }
  const sealed = run.errorsAvailable ? await runWorkbook(ctx.db, id) : null;
  if (!sealed) throw domainError({ code: 'not_found', record: `import ${id}`, zh: '没有拒绝行工作簿（无拒绝行或已过期）', en: 'no refused rows workbook (none refused, or it expired)' });
  await recordAudit(ctx, actor, { action: 'import.errors_download', entity: 'import', entityId: id, regionCode: run.regionPrefix, after: { file: run.fileName, refused: run.refused } });
  return { run, body: Buffer.from(ctx.vault.decrypt(sealed), 'base64') };
}
