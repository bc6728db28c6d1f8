import type { Command } from 'commander';
import { progressBar } from '../cli/progress.js';
import { action, withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { toPrefix } from '../core/scope.js';
import { CLI_ACTOR } from '../auth/actor.js';
import { exportJobs, exportWorkers } from './export.service.js';

type CliOptions = { out: string; campaign?: string; region?: string };

export function registerExportCommand(program: Command): void {
  const command = program.command('export').description('导出劳动力或岗位（身份证号、手机号脱敏）/ export workers or vacancies (identity numbers and phones masked)');
  for (const kind of ['workers', 'jobs'] as const) {
    command
      .command(kind)
      .description(kind === 'workers' ? '导出劳动力 / export workers' : '导出岗位 / export vacancies')
      .requiredOption('--out <file.xlsx>', '输出文件 / output workbook')
      .option('--campaign <id>', '输出活动 id（默认最新）/ campaign id (default: the latest)')
      .option('--region <prefix>', '行政区划代码前缀 / region code prefix (e.g. 1411)')
      .action(action(async (options: CliOptions) => {
        const prefix = toPrefix(options.region ?? '');
        if (prefix === undefined) {
          throw invalidInput('--region', 'region', { zh: '行政区划代码前缀为 1–6 位数字', en: 'a region code prefix is 1–6 digits' });
        }
        const bar = progressBar(`导出 exporting ${kind}`);
        const rows = await withContext((ctx) => {
          const exportOptions = { out: options.out, campaignId: options.campaign, scope: CLI_ACTOR.scope, region: prefix, onProgress: (n: number) => bar.update(n, n) };
          return kind === 'workers' ? exportWorkers(ctx, exportOptions) : exportJobs(ctx, exportOptions);
        }).finally(() => bar.stop());
        process.stdout.write(`已导出 ${rows} 行到 ${options.out} / exported ${rows} rows to ${options.out}\n`);
      }));
  }
}
