import type { Command } from 'commander';
import { action, withContext } from '../cli/run.js';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('数据库维护 / database maintenance');
  db.command('migrate')
    .description('执行数据库迁移（启动时也会自动执行）/ run migrations (also run automatically at start)')
    .action(action(async () => {
      // Opening the context migrates to the latest version.
      const kind = await withContext(async (ctx) => ctx.kind);
      process.stdout.write(`数据库已是最新版本 / database is up to date (${kind})\n`);
    }));
}
