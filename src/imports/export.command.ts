// `menkou export workers|jobs --out FILE.xlsx`: the declaration; the work is in export.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

export function registerExportCommand(program: Command): void {
  const command = program.command('export').description('导出劳动力或岗位（身份证号、手机号脱敏）/ export workers or vacancies (identity numbers and phones masked)');
  for (const kind of ['workers', 'jobs'] as const) {
    command
      .command(kind)
      .description(kind === 'workers' ? '导出劳动力 / export workers' : '导出岗位 / export vacancies')
      .requiredOption('--out <file.xlsx>', '输出文件 / output workbook')
      .option('--campaign <id>', '输出活动 id（默认最新）/ campaign id (default: the latest)')
      .option('--region <prefix>', '行政区划代码前缀 / region code prefix (e.g. 1411)')
      .action(lazyAction(() => import('./export.actions.js'), kind === 'workers' ? 'exportWorkersCommand' : 'exportJobsCommand'));
  }
}
