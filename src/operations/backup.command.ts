// `menkou backup --out FILE` and `menkou restore FILE`.
import fs from 'node:fs';
import type { Command } from 'commander';
import type { AppContext } from '../app/context.js';
import { cliActor } from '../cli/actor.js';
import { progressBar } from '../cli/progress.js';
import { action, withContext } from '../cli/run.js';
import { loadConfig } from '../core/config.js';
import { invalidInput } from '../core/errors.js';
import { type BackupManifest, KEY_REMINDER } from './backup.format.js';

export const BACKUP_SUMMARY = '备份数据库（一致快照，压缩，不含主密钥）/ back up the database (consistent snapshot, compressed, without the master key)';
export const RESTORE_SUMMARY = '从备份恢复到空的数据目录或数据库 / restore a backup into an empty data folder or database';

function loud(): void {
  const rule = '!'.repeat(72);
  process.stderr.write(`${rule}\n!! ${KEY_REMINDER.zh}\n!! ${KEY_REMINDER.en}\n${rule}\n`);
}

export function registerBackupCommand(program: Command): void {
  program.command('backup')
    .description(BACKUP_SUMMARY)
    .requiredOption('--out <file>', '备份文件（权限 600）/ the backup file (mode 600)')
    .option('--format <format>', 'auto（PostgreSQL 且装有 pg_dump 时用 pg_dump，否则 logical）、logical 或 pg_dump / auto (pg_dump on PostgreSQL when installed, else logical), logical or pg_dump', 'auto')
    .action(action(async (o: { out: string; format: string }) => {
      if (!['auto', 'logical', 'pg_dump'].includes(o.format)) {
        throw invalidInput('backup', '--format', { zh: '须为 auto、logical 或 pg_dump', en: 'must be auto, logical or pg_dump' });
      }
      const bar = progressBar('备份 backup', ' 行 rows');
      try {
        const manifest = await backupNow(o.out, o.format as 'auto' | 'logical' | 'pg_dump', bar.update);
        bar.stop();
        const rows = manifest.tables.reduce((a, t) => a + t.rows, 0);
        process.stdout.write(`已备份 / backed up ${rows} 行 rows in ${manifest.tables.length} 张表 tables → ${o.out} (${manifest.checksum.bytes} bytes, SM3 ${manifest.checksum.hex.slice(0, 16)}…, 迁移 migrations ${manifest.migrations.length})\n`);
        loud();
      } finally {
        bar.stop();
      }
    }));
}

async function backupNow(out: string, format: 'auto' | 'logical' | 'pg_dump', progress: (done: number, total: number) => void): Promise<BackupManifest> {
  const { createBackup } = await import('./backup.service.js');
  const config = loadConfig();
  const { copyDataDir, heldByAnotherProcess } = await import('./backup.copy.js');
  if (config.databaseUrl) {
    const { pgToolAvailable } = await import('./backup.pgdump.js');
    const chosen = format === 'auto' ? (pgToolAvailable('pg_dump') ? 'pg_dump' : 'logical') : format;
    return withContext((ctx) => createBackup(ctx, cliActor(), out, progress, { format: chosen, databaseUrl: config.databaseUrl }));
  }
  if (format === 'pg_dump') throw invalidInput('backup', '--format', { zh: 'pg_dump 格式只用于 PostgreSQL（DATABASE_URL）', en: 'the pg_dump format is for PostgreSQL only (DATABASE_URL)' });
  if (!heldByAnotherProcess(config.dataDir)) return withContext((ctx) => createBackup(ctx, cliActor(), out, progress));
  // The server holds the embedded folder: dump a copy of it (backup.copy.ts), once more if the first copy does not open.
  const { openAppContext } = await import('../app/context.js');
  for (let attempt = 1; ; attempt += 1) {
    const copy = copyDataDir(config.dataDir);
    let ctx: AppContext | undefined;
    try {
      ctx = await openAppContext({ dataDir: copy, masterKeyHex: config.masterKeyHex, keyFile: config.keyFile, logLevel: 'warn' });
      return await createBackup(ctx, cliActor(), out, progress, { fromCopy: true });
    } catch (error) {
      if (attempt >= 2 || ctx) throw error;
    } finally {
      await ctx?.close();
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }
}

export function registerRestoreCommand(program: Command): void {
  program.command('restore')
    .description(RESTORE_SUMMARY)
    .argument('<file>', '备份文件 / the backup file')
    .action(action(async (file: string) => {
      const config = loadConfig();
      const { restoreBackup } = await import('./restore.service.js');
      const verify = progressBar('校验 verify', ' bytes');
      const load = progressBar('恢复 restore', ' 行 rows');
      try {
        const manifest = await restoreBackup(file, { databaseUrl: config.databaseUrl, dataDir: config.dataDir, masterKeyHex: config.masterKeyHex, keyFile: config.keyFile },
          (stage, done, total) => (stage === 'verify' ? verify : load).update(done, total));
        verify.stop();
        load.stop();
        const rows = manifest.tables.reduce((a, t) => a + t.rows, 0);
        process.stdout.write(`已恢复 / restored ${rows} 行 rows in ${manifest.tables.length} 张表 tables from ${manifest.createdAt} (${manifest.source}); 下次启动时执行其后的迁移 / later migrations run at the next start\n`);
      } finally {
        verify.stop();
        load.stop();
      }
    }));
}
