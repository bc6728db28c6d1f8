// `menkou retention due|stats`: the follow-up worklist and the rates from the server's
// console, through the same services as the API.
import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { action, withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { splitIsoDate } from '../core/values.js';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);

function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && splitIsoDate(value) === undefined) {
    throw invalidInput(flag, flag.replace(/^--/, ''), { zh: '日期格式为 YYYY-MM-DD，且须为真实日期', en: 'the date is YYYY-MM-DD and a real day' });
  }
  return value;
}

export function registerRetentionCommand(program: Command): void {
  const retention = program.command('retention').description('稳岗回访 / job-retention follow-up');
  retention
    .command('due')
    .description('待回访与逾期的回访 / follow-up checks due or overdue')
    .option('--campaign <id>', '活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--region <prefix>', '地区代码前缀 / region code prefix, e.g. 141123')
    .option('--date <YYYY-MM-DD>', '按哪一天计算（默认今天）/ the day to count from (default today)')
    .option('--overdue', '仅逾期 / overdue only')
    .option('--limit <n>', '最多列出 / at most', '200')
    .option('--json', 'JSON 输出 / JSON lines')
    .action(action(async (o: { campaign?: string; region?: string; date?: string; overdue?: boolean; limit: string; json?: boolean }) => {
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw invalidInput('--limit', 'limit', { zh: '须为 1–100000 的整数', en: 'an integer 1–100000' });
      if (o.region !== undefined && !/^\d{1,6}$/.test(o.region)) throw invalidInput('--region', 'region', { zh: '地区代码前缀为 1–6 位数字', en: 'a region prefix is 1–6 digits' });
      const today = dateOption(o.date, '--date');
      const { dueChecks } = await import('./retention.service.js');
      const result = await withContext((ctx) => dueChecks(ctx, cliActor(), { campaignId: o.campaign, state: o.overdue ? 'overdue' : 'open', region: o.region, today }, { limit, offset: 0 }));
      const out = (line: string) => process.stdout.write(`${line}\n`);
      if (o.json) {
        for (const c of result.items) out(JSON.stringify(c));
        return;
      }
      out(`${result.today}: ${result.total} 条待回访 open checks${o.overdue ? '（逾期 overdue）' : ''}`);
      for (const c of result.items) {
        out(`${c.due}  ${c.state.padEnd(7)}  ${String(c.month).padStart(2)} 月  ${c.worker.county.code}  ${c.worker.name}  ${c.worker.phoneMasked ?? ''}  ${c.employer?.name ?? ''}`);
      }
    }));
  retention
    .command('stats')
    .description('稳岗率：按用人单位、输入省、行业、县 / retention rates by employer, destination, industry, county')
    .option('--campaign <id>', '活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--region <prefix>', '地区代码前缀 / region code prefix')
    .option('--month <n>', '只看某次回访（默认每人最近一次）/ one check month (default each worker\'s latest)')
    .option('--json', 'JSON 输出 / JSON output')
    .action(action(async (o: { campaign?: string; region?: string; month?: string; json?: boolean }) => {
      const month = o.month === undefined ? undefined : Number(o.month);
      if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 36)) throw invalidInput('--month', 'month', { zh: '须为 1–36 的整数', en: 'an integer 1–36' });
      if (o.region !== undefined && !/^\d{1,6}$/.test(o.region)) throw invalidInput('--region', 'region', { zh: '地区代码前缀为 1–6 位数字', en: 'a region prefix is 1–6 digits' });
      const { retentionStats } = await import('./retention-stats.service.js');
      const stats = await withContext((ctx) => retentionStats(ctx, cliActor(), { campaignId: o.campaign, month, region: o.region }));
      const out = (line: string) => process.stdout.write(`${line}\n`);
      if (o.json) {
        out(JSON.stringify(stats));
        return;
      }
      out(`稳岗率 retention ${percent(stats.total.rate)}（在岗含换工作 in work ${percent(stats.total.inWork)}）of ${stats.total.checked} checked · 阈值 threshold ${stats.threshold}`);
      const names = { employer: '用人单位 employer', destination: '输入省 destination', industry: '行业 industry', county: '县 county' } as const;
      for (const [dimension, rows] of Object.entries(stats.by) as [keyof typeof names, typeof stats.total[]][]) {
        out(names[dimension]);
        for (const r of rows.slice(0, 20)) out(`  ${percent(r.rate).padStart(8)}  ${String(r.checked).padStart(6)}  ${r.flagged ? '⚠ ' : '  '}${r.name ?? r.key ?? '—'}`);
      }
    }));
}
