// `menkou backup --out FILE` and `menkou restore FILE`.
import type { Command } from 'commander';
import type { AppContext } from '../app/context.js';
import { cliActor } from '../cli/actor.js';
import { progressBar } from '../cli/progress.js';
import { action, withContext } from '../cli/run.js';
import { loadConfig } from '../core/config.js';
import { KEY_REMINDER } from './backup.format.js';

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
    .action(action(async (o: { out: string }) => {
      const bar = progressBar('备份 backup', ' 行 rows');
      try {
        const manifest = await withContext((ctx) => createBackupLazily(ctx, o.out, bar.update));
        bar.stop();
        const rows = manifest.tables.reduce((a, t) => a + t.rows, 0);
        process.stdout.write(`已备份 / backed up ${rows} 行 rows in ${manifest.tables.length} 张表 tables → ${o.out} (${manifest.checksum.bytes} bytes, SM3 ${manifest.checksum.hex.slice(0, 16)}…, 迁移 migrations ${manifest.migrations.length})\n`);
        loud();
      } finally {
        bar.stop();
      }
    }));
}

async function createBackupLazily(ctx: AppContext, out: string, progress: (done: number, total: number) => void) {
  const { createBackup } = await import('./backup.service.js');
  return createBackup(ctx, cliActor(), out, progress);
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
