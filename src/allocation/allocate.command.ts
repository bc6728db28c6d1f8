// `menkou allocate`: the declaration; the work is in allocate.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

export function registerAllocateCommand(program: Command): void {
  program
    .command('allocate')
    .description('按匹配规则为活动分配岗位（已确认的保持不变）/ allocate a campaign\'s workers to vacancies (confirmed ones stay)')
    .option('--campaign <id>', '输出活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--confirm', '同时确认本次全部建议 / also confirm every proposal of this run')
    .action(lazyAction(() => import('./allocate.actions.js'), 'allocate'));
}
