// `menkou trips plan|manifest|passes`: the declarations; the work is in trips.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

export function registerTripsCommand(program: Command): void {
  const trips = program.command('trips').description('包车车次 / chartered coach trips');
  trips
    .command('plan')
    .description('规划某日车次：已确认的分配 → 车次、路线、座位 / plan a departure day from the confirmed assignments')
    .requiredOption('--date <YYYY-MM-DD>', '发车日期 / departure day')
    .option('--campaign <id>', '输出活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--spacing <normal|alternate>', '隔位乘坐 alternate 使可用座位减半 / alternate-seat spacing halves the seats', 'normal')
    .option('--capacity <n>', '每车座位 / seats per coach', '50')
    .option('--seed <n>', '随机种子 / seed', '1')
    .action(lazyAction(() => import('./trips.actions.js'), 'planDayCommand'));
  trips
    .command('manifest')
    .description('导出乘车名单 / write a trip\'s manifest')
    .requiredOption('--trip <id>', '车次 id / trip id')
    .requiredOption('--out <file.pdf|file.xlsx>', '输出文件 / output file')
    .action(lazyAction(() => import('./trips.actions.js'), 'manifestCommand'));
  trips
    .command('passes')
    .description('导出每位乘客的乘车凭证 PDF / write one boarding pass per passenger')
    .requiredOption('--trip <id>', '车次 id / trip id')
    .requiredOption('--out <dir>', '输出目录 / output folder')
    .action(lazyAction(() => import('./trips.actions.js'), 'passesCommand'));
}
