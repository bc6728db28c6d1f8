// `menkou import workers FILE`: the import contract for registrations, on top of the
// shared pipeline. Personal numbers are encrypted before anything leaves memory (see
// workers/registration-batch.ts). A large file is read, checked and sealed on a worker
// thread while this thread writes the previous batch.
import fs from 'node:fs';
import type { AppContext } from '../app/context.js';
import { campaignForWork } from '../campaigns/campaigns.service.js';
import { vaultSeed } from '../core/crypto.js';
import { type ImportActor, importActor, recordImport } from '../imports/import-audit.js';
import { type ImportOptions, type ImportOutcome, type ImportSpec, runImport } from '../spreadsheets/import-pipeline.js';
import { runImportInThread } from '../spreadsheets/import-thread.js';
import {
  sealWorker, sealWorkers, type WorkerBatch, workerBatch, type WorkerPayload, workerRowRules, type WorkerThreadArgs,
} from './registration-batch.js';
import type { WorkerColumn } from './workers.columns.js';
import type { WorkerDraft } from './workers.parse.js';
import { refreshWorkerStatistics, upsertWorkerBatch } from './workers.repository.js';

export { sealWorker, sealWorkers };

export type WorkerImportOptions = ImportOptions & {
  campaignId?: string;
  /** Who imports: recorded on the journey events and in the audit log. */
  actor: ImportActor;
  /** Read, check and seal on a worker thread; default: for files of 1 MB and more. */
  thread?: boolean;
};

// Below this a file is imported before a worker thread would have loaded its modules.
const THREAD_FROM_BYTES = 1 << 20;

// The thread-side module, as this very build names it (.ts run through tsx, or .js).
const THREAD_MODULE = new URL(`./registration-batch${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

/** The import contract for registrations on one thread; exported so a benchmark can time its stages apart. */
export function workerImportSpec(
  ctx: AppContext,
  campaign: { id: string; startDate: string },
  actor: string,
  asyncCommit = false,
  reachPrefix = '',
): ImportSpec<WorkerColumn, WorkerDraft> {
  const prepareBatch = (drafts: WorkerDraft[]): (() => ReturnType<typeof upsertWorkerBatch>) => {
    const batch = workerBatch(sealWorkers(ctx.vault, drafts));
    return () => upsertWorkerBatch(ctx.db, campaign.id, batch, { actor, source: 'import' }, { asyncCommit, reachPrefix });
  };
  return { ...workerRowRules(campaign.startDate), prepareBatch, writeBatch: (drafts) => prepareBatch(drafts)() };
}

function isLarge(file: string): boolean {
  try {
    return fs.statSync(file).size >= THREAD_FROM_BYTES;
  } catch {
    return false; // the reader reports a missing file in the contract's words
  }
}

const BULK_ROWS = 500;

export async function importWorkersFile(ctx: AppContext, file: string, options: WorkerImportOptions): Promise<ImportOutcome> {
  const campaign = await campaignForWork(ctx, options.campaignId);
  const actor = importActor(options.actor);
  const { thread, sheet, encoding, strict, batchSize, onProgress } = options;
  // A server writes two batches at once (two connections, two backends); PGlite is one
  // thread, so a second write would only queue behind the first.
  const server = ctx.kind === 'postgres';
  const writesInFlight = options.writesInFlight ?? (server ? 2 : 1);
  const scopePrefix = actor.scope.kind === 'region' ? actor.scope.prefix : '-';
  const importOptions: ImportOptions = { sheet, encoding, strict, batchSize, writesInFlight, onProgress, scopePrefix };
  const write = (batch: WorkerBatch) =>
    upsertWorkerBatch(ctx.db, campaign.id, batch, { actor: actor.login, source: 'import' }, { asyncCommit: server, reachPrefix: scopePrefix });
  // With a server this thread has little to do, so it seals; PGlite keeps it busy, so
  // the worker thread seals (see workerThreadSpec).
  const args: WorkerThreadArgs = server ? { onDate: campaign.startDate } : { onDate: campaign.startDate, seed: vaultSeed(ctx.vault) };
  const outcome =
    (thread ?? isLarge(file))
      ? await runImportInThread(
          file,
          { module: THREAD_MODULE, factory: 'workerThreadSpec', args },
          (payload: WorkerPayload) => write('sealed' in payload ? payload.sealed : workerBatch(sealWorkers(ctx.vault, payload.drafts))),
          importOptions,
        )
      : await runImport(file, workerImportSpec(ctx, campaign, actor.login, server, scopePrefix), importOptions);
  await recordImport(ctx, actor, 'worker', file, campaign, outcome);
  // A bulk load changes the table's size by orders of magnitude: plan the workers list on
  // fresh statistics (PGlite has no autovacuum to do it later).
  if (outcome.imported + outcome.updated >= BULK_ROWS) await refreshWorkerStatistics(ctx.db);
  ctx.log.info({ campaign: campaign.id, imported: outcome.imported, updated: outcome.updated, unchanged: outcome.unchanged, refused: outcome.refused }, 'workers imported');
  return outcome;
}
