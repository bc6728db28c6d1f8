// `menkou backup`: every table of the database read in one REPEATABLE READ snapshot (so the
// server may go on writing: the file is the database as of one moment), written as gzip'd
// NDJSON beside a manifest. The same logical dump serves PGlite and PostgreSQL, and restores
// into either (see restore.service.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { invalidInput } from '../core/errors.js';
import { assembleBackup, type BackupManifest, FORMAT_VERSION, KEY_REMINDER, MAGIC, payloadWriter } from './backup.format.js';
import { countRows, executedMigrations, listTables, tableRows } from './backup.repository.js';
import { exportSnapshot, pgDump } from './backup.pgdump.js';
import { keyCheckValue } from './key-check.js';

const BATCH = 2_000;

export type BackupProgress = (done: number, total: number) => void;

export function menkouVersion(): string {
  try {
    const file = new URL('../../package.json', import.meta.url);
    return String((JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

export type BackupOptions = {
  /** `pg_dump`: PostgreSQL's custom-format archive (PostgreSQL only, pg_dump installed); default the logical dump. */
  format?: 'logical' | 'pg_dump';
  /** The server's address, which pg_dump needs. */
  databaseUrl?: string;
  /** The embedded folder was copied from under a running server (backup.copy.ts): the entry goes in the server's own log, not the copy's. */
  fromCopy?: boolean;
};

async function fileDigest(file: string): Promise<{ hex: string; bytes: number }> {
  const hash = createHash('sm3');
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { hex: hash.digest('hex'), bytes };
}

export async function createBackup(ctx: AppContext, actor: Actor, out: string, progress?: BackupProgress, options: BackupOptions = {}): Promise<BackupManifest> {
  const target = path.resolve(out);
  if (!fs.existsSync(path.dirname(target))) {
    throw invalidInput('backup', '--out', { zh: `目录不存在：${path.dirname(target)}`, en: `the folder does not exist: ${path.dirname(target)}` });
  }
  const payloadFile = `${target}.payload-${process.pid}`;
  const pgDumpWanted = options.format === 'pg_dump';
  if (pgDumpWanted && (ctx.kind !== 'postgres' || !options.databaseUrl)) {
    throw invalidInput('backup', '--format', { zh: 'pg_dump 格式只用于 PostgreSQL（DATABASE_URL）', en: 'the pg_dump format is for PostgreSQL only (DATABASE_URL)' });
  }
  try {
    const manifest = await ctx.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (trx) => {
      const tables = await listTables(trx);
      const counts = new Map<string, number>();
      for (const t of tables) counts.set(t.name, await countRows(trx, t.name));
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      let checksum: { hex: string; bytes: number };
      if (pgDumpWanted) {
        progress?.(0, total);
        await pgDump(options.databaseUrl as string, await exportSnapshot(trx), payloadFile);
        checksum = await fileDigest(payloadFile);
        progress?.(total, total);
      } else {
        const writer = payloadWriter(payloadFile);
        let done = 0;
        progress?.(0, total);
        for (const table of tables) {
          await writer.line(`#table ${JSON.stringify({ table: table.name, columns: table.columns })}`);
          let rows = 0;
          for await (const batch of tableRows(trx, table, BATCH)) {
            for (const row of batch) await writer.line(row);
            rows += batch.length;
            done += batch.length;
            progress?.(done, total);
          }
          await writer.line(`#end ${JSON.stringify({ end: table.name, rows })}`);
          counts.set(table.name, rows);
        }
        checksum = await writer.finish();
      }
      return {
        // First, so that whoever opens the file (head -n 20) reads it before anything else.
        reminder: KEY_REMINDER,
        format: MAGIC,
        formatVersion: FORMAT_VERSION,
        menkouVersion: menkouVersion(),
        createdAt: new Date().toISOString(),
        source: ctx.kind,
        ...(options.fromCopy ? { copiedWhileServing: true } : {}),
        payload: pgDumpWanted ? 'pg_dump-custom' : 'ndjson+gzip',
        migrations: await executedMigrations(trx),
        tables: tables.map((t) => ({ name: t.name, columns: t.columns, rows: counts.get(t.name) ?? 0 })),
        keyCheck: keyCheckValue(ctx.vault),
        checksum: { algorithm: 'sm3', ...checksum },
      } satisfies BackupManifest;
    });
    await assembleBackup(target, manifest, payloadFile);
    if (!options.fromCopy) {
      await recordAudit(ctx, actor, {
        action: 'backup.create', entity: 'database', after: { file: path.basename(target), rows: manifest.tables.reduce((a, t) => a + t.rows, 0), sm3: manifest.checksum.hex },
      });
    }
    return manifest;
  } finally {
    fs.rmSync(payloadFile, { force: true });
  }
}
