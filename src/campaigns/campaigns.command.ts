// `menkou campaigns list|stats`: the declarations; the work is in campaigns.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

export function registerCampaignsCommand(program: Command): void {
  const campaigns = program.command('campaigns').description('输出活动与统计 / campaigns and their statistics');
  campaigns
    .command('list')
    .description('列出输出活动 / list campaigns')
    .option('--json', 'JSON 输出 / JSON lines')
    .action(lazyAction(() => import('./campaigns.actions.js'), 'listCommand'));
  campaigns
    .command('stats')
    .description('活动统计（与控制台仪表盘相同）/ statistics, as the console dashboard shows them')
    .option('--campaign <id>', '活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--region <prefix>', '地区代码前缀 / region code prefix, e.g. 1411')
    .option('--json', 'JSON 输出 / JSON output')
    .action(lazyAction(() => import('./campaigns.actions.js'), 'statsCommand'));
}
