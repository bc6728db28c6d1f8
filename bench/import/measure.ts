// One import measurement, run by run.ts in a child process of its own so that peak RSS is
// this measurement's alone. Prints one JSON line (a `Measured`) as its last output.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { type AppContext, openAppContext } from '../../src/app/context.js';
import { campaignForWork } from '../../src/campaigns/campaigns.service.js';
import { runImport } from '../../src/spreadsheets/import-pipeline.js';
import { openSheet } from '../../src/spreadsheets/sheet-reader.js';
import { type WorkerBatch, workerBatch } from '../../src/workers/registration-batch.js';
import { importWorkersFile, sealWorkers, workerImportSpec } from '../../src/workers/workers.import.js';
import { upsertWorkerBatch } from '../../src/workers/workers.repository.js';
import { createPgDatabase } from '../../test/pg-cluster.js';
import { clusterCpu } from './server-cpu.js';

export type Stage = 'read' | 'parse' | 'seal' | 'write' | 'import' | 'copy';
export type Task = { stage: Stage; file: string; pgUrl?: string };
export type Measured = {
  stage: Stage;
  ms: number;
  /** CPU time of this process, all threads (the PostgreSQL server's is not in it). */
  cpuMs: number;
  /** CPU time of the PostgreSQL cluster meanwhile (its processes; none for PGlite). */
  serverCpuMs?: number;
  rows: number;
  imported: number;
  refused: number;
  peakRssMb: number;
  dbUrl?: string;
  note?: string;
};

const ACTOR = 'bench';

/** A fresh, migrated database: on-disk PGlite, or a new database in the cluster. */
async function freshContext(task: Task): Promise<{ ctx: AppContext; dbUrl?: string; remove: () => void }> {
  const masterKeyHex = randomBytes(32).toString('hex');
  if (task.pgUrl) {
    const dbUrl = await createPgDatabase(task.pgUrl, 'bench');
    return { ctx: await openAppContext({ databaseUrl: dbUrl, masterKeyHex }), dbUrl, remove: () => undefined };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-bench-pglite-'));
  // Each run leaves a few hundred MB of database files: gone once measured.
  return { ctx: await openAppContext({ dataDir, masterKeyHex }), remove: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

const noWrite = async (batch: readonly unknown[]) => ({ inserted: batch.length, updated: 0, unchanged: 0 });

async function measure(task: Task): Promise<Omit<Measured, 'peakRssMb' | 'stage' | 'cpuMs'>> {
  if (task.stage === 'read') {
    const started = performance.now();
    let rows = 0;
    for await (const row of openSheet(task.file).rows) if (row.cells.length > 0) rows += 1;
    return { ms: performance.now() - started, rows, imported: 0, refused: 0 };
  }
  if (task.stage === 'copy') return copyLimit(task);
  const { ctx, dbUrl, remove } = await freshContext(task);
  try {
    const campaign = await campaignForWork(ctx, undefined);
    const spec = workerImportSpec(ctx, campaign, ACTOR);
    if (task.stage === 'import') {
      const started = performance.now();
      const outcome = await importWorkersFile(ctx, task.file, { actor: ACTOR });
      return { ms: performance.now() - started, rows: outcome.rows, imported: outcome.imported, refused: outcome.refused, dbUrl };
    }
    if (task.stage === 'write') {
      // Parse, seal and lay out every batch first (untimed), then time the database writes alone.
      const batches: WorkerBatch[] = [];
      const outcome = await runImport(task.file, {
        ...spec,
        prepareBatch: undefined,
        writeBatch: async (drafts) => {
          batches.push(workerBatch(sealWorkers(ctx.vault, drafts)));
          return { inserted: drafts.length, updated: 0, unchanged: 0 };
        },
      });
      // As the import writes: two batches at once and asynchronous commit on a server.
      const server = ctx.kind === 'postgres';
      const started = performance.now();
      let imported = 0;
      let next = 0;
      const lane = async (): Promise<void> => {
        while (next < batches.length) {
          const batch = batches[next++];
          const result = await upsertWorkerBatch(ctx.db, campaign.id, batch, { actor: ACTOR, source: 'import' }, { asyncCommit: server });
          imported += result.inserted; // not `imported += await …`: that reads imported before the wait
        }
      };
      await Promise.all(Array.from({ length: server ? 2 : 1 }, lane));
      return { ms: performance.now() - started, rows: outcome.rows, imported, refused: outcome.refused };
    }
    const seal = task.stage === 'seal';
    const started = performance.now();
    const outcome = await runImport(task.file, {
      ...spec,
      prepareBatch: undefined,
      writeBatch: seal
        ? async (drafts) => {
            workerBatch(sealWorkers(ctx.vault, drafts));
            return { inserted: drafts.length, updated: 0, unchanged: 0 };
          }
        : noWrite,
    });
    return { ms: performance.now() - started, rows: outcome.rows, imported: outcome.imported, refused: outcome.refused };
  } finally {
    await ctx.close();
    remove();
  }
}

/**
 * PostgreSQL's own COPY of the imported rows, as they ended up in the tables: dumped to
 * CSV by the server, then loaded by the server into a fresh database with the same
 * migrations (every index and constraint), which is as fast as rows can get in.
 */
async function copyLimit(task: Task): Promise<Omit<Measured, 'peakRssMb' | 'stage' | 'cpuMs'>> {
  if (!task.pgUrl) throw new Error('copy needs pgUrl (the imported database)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-bench-copy-'));
  fs.chmodSync(dir, 0o777); // the server (user postgres) writes and reads these files
  const tables = ['campaigns', 'workers', 'worker_certificates', 'worker_events'];
  const source = new pg.Client({ connectionString: task.pgUrl });
  await source.connect();
  for (const table of tables) await source.query(`COPY ${table} TO '${path.join(dir, `${table}.csv`)}' WITH (FORMAT csv)`);
  await source.end();
  const base = new URL(task.pgUrl);
  base.pathname = '/postgres';
  const target = await freshContext({ ...task, pgUrl: base.toString() });
  await target.ctx.close();
  const client = new pg.Client({ connectionString: target.dbUrl });
  await client.connect();
  const serverCpu = await clusterCpu(task.pgUrl);
  let serverCpuMs = 0;
  const times: Record<string, number> = {};
  let rows = 0;
  try {
    for (const table of tables) {
      const started = performance.now();
      const cpuBefore = serverCpu();
      const result = await client.query(`COPY ${table} FROM '${path.join(dir, `${table}.csv`)}' WITH (FORMAT csv)`);
      times[table] = performance.now() - started;
      if (table === 'workers') serverCpuMs = serverCpu() - cpuBefore;
      if (table === 'workers') rows = result.rowCount ?? 0;
    }
  } finally {
    await client.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const all = times.workers + times.worker_certificates + times.worker_events;
  return {
    ms: times.workers,
    rows,
    imported: rows,
    refused: 0,
    serverCpuMs,
    note: `workers ${(times.workers / 1000).toFixed(1)} s; with certificates and events ${(all / 1000).toFixed(1)} s`,
  };
}

const task = JSON.parse(process.argv[2] ?? '{}') as Task;
// CPU is counted from here, so loading modules is out but opening the database is in;
// it is a guide to the work done when the machine is shared, not a timing.
const serverCpu = task.pgUrl ? await clusterCpu(task.pgUrl) : undefined;
const serverStart = serverCpu?.() ?? 0;
const cpuStart = process.cpuUsage();
const result = await measure(task);
const cpu = process.cpuUsage(cpuStart);
const measured: Measured = {
  stage: task.stage,
  ...result,
  serverCpuMs: result.serverCpuMs ?? (serverCpu ? serverCpu() - serverStart : undefined),
  cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
process.stdout.write(`${JSON.stringify(measured)}\n`);
