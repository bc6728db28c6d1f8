// `menkou export workers|jobs --out FILE.xlsx`: the audited export service, as the OS user.
import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { campaignOption } from '../cli/options.js';
import { outputFormat } from '../cli/output.js';
import { progressBar } from '../cli/progress.js';
import { action, withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { toPrefix } from '../core/scope.js';

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
        outputFormat(options.out, '--out', ['xlsx'] as const);
        const campaignId = campaignOption(options.campaign);
        const actor = cliActor();
        // The services load with the action, so `menkou --help` and other commands skip them.
        const { exportJobs, exportWorkers } = await import('./export.service.js');
        const bar = progressBar(`导出 exporting ${kind}`);
        const rows = await withContext((ctx) => {
          const exportOptions = { out: options.out, campaignId, region: prefix, onProgress: (n: number) => bar.update(n, n) };
          return kind === 'workers' ? exportWorkers(ctx, actor, exportOptions) : exportJobs(ctx, actor, exportOptions);
        }).finally(() => bar.stop());
        process.stdout.write(`已导出 ${rows} 行到 ${options.out} / exported ${rows} rows to ${options.out}\n`);
      }));
  }
}
