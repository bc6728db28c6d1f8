import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('数据库维护 / database maintenance');
  db.command('migrate')
    .description('执行数据库迁移（启动时也会自动执行）/ run migrations (also run automatically at start)')
    .action(lazyAction(() => import('./db.actions.js'), 'migrate'));
}
