import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('生成演示活动（山西 2021 元旦春节点对点劳务输出）/ build the demo campaign (Shanxi, New Year 2021)')
    .option('--workers <n>', '劳动力人数 / number of workers', '27000')
    .option('--seed <s>', '随机种子（同一种子生成相同数据）/ seed (same seed, same data)', '2021')
    .option('--force', '已有演示活动时替换它（旧的改名保留）/ replace an existing demo campaign (the old one is renamed and kept)')
    .action(lazyAction(() => import('./demo.actions.js'), 'demo'));
}
