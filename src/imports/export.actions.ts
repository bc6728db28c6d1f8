// `menkou export workers|jobs --out FILE.xlsx`: the audited export service, as the OS user.
import { cliActor } from '../cli/actor.js';
import { campaignOption } from '../cli/options.js';
import { outputFormat } from '../cli/output.js';
import { progressBar } from '../cli/progress.js';
import { withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { toPrefix } from '../core/scope.js';
import { exportJobs, exportWorkers } from './export.service.js';

type CliOptions = { out: string; campaign?: string; region?: string };

async function runExport(kind: 'workers' | 'jobs', options: CliOptions): Promise<void> {
  const prefix = toPrefix(options.region ?? '');
  if (prefix === undefined) {
    throw invalidInput('--region', 'region', { zh: '行政区划代码前缀为 1–6 位数字', en: 'a region code prefix is 1–6 digits' });
  }
  outputFormat(options.out, '--out', ['xlsx'] as const);
  const campaignId = campaignOption(options.campaign);
  const actor = cliActor();
  const bar = progressBar(`导出 exporting ${kind}`);
  const rows = await withContext((ctx) => {
    const exportOptions = { out: options.out, campaignId, region: prefix, onProgress: (n: number) => bar.update(n, n) };
    return kind === 'workers' ? exportWorkers(ctx, actor, exportOptions) : exportJobs(ctx, actor, exportOptions);
  }).finally(() => bar.stop());
  process.stdout.write(`已导出 ${rows} 行到 ${options.out} / exported ${rows} rows to ${options.out}\n`);
}

export const exportWorkersCommand = (options: CliOptions): Promise<void> => runExport('workers', options);
export const exportJobsCommand = (options: CliOptions): Promise<void> => runExport('jobs', options);
