// `menkou match INSTANCE.json --objective default --out RESULT.json`: the declaration; the
// work is in match.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('批量匹配劳动力与岗位（精确最优，见 docs/matching.md）/ exact batch allocation of workers to vacancies')
    .argument('<instance>', '算例 JSON / instance JSON (docs/matching.md)')
    .option('--objective <name>', '优化目标，只有 default / objective (only "default")', 'default')
    .requiredOption('--out <file>', '结果 JSON 写到这里 / where to write the result JSON')
    .action(lazyAction(() => import('./match.actions.js'), 'match'));
}
