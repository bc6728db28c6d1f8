// `menkou reconcile --campaign ID --date YYYY-MM-DD [--json]`: the declaration; the work
// is in reconcile.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

export function registerReconcileCommand(program: Command): void {
  program
    .command('reconcile')
    .description('发车日对账：每位乘客恰在一个状态 / reconcile a departure day: every passenger in exactly one state')
    .requiredOption('--date <YYYY-MM-DD>', '发车日期 / departure day')
    .option('--campaign <id>', '输出活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--json', 'JSON 输出 / print JSON')
    .action(lazyAction(() => import('./reconcile.actions.js'), 'reconcileCommand'));
}
