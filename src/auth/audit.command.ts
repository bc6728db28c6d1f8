// `menkou audit verify | export | prune`: the chain's commands beside `menkou audit` (the list).
import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { action, exitWith, withContext } from '../cli/run.js';
import { loadConfig } from '../core/config.js';
import { invalidInput } from '../core/errors.js';
import { describeProblem } from './audit-chain.js';
import { exportAudit } from './audit-export.service.js';
import { pruneAudit, verifyAuditChain } from './audit-verify.service.js';

/** What verify exits with when the chain is broken: a finding, not a failure to run. */
export const CHAIN_BROKEN_EXIT = 3;

function checkDay(field: string, value: string | undefined): void {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw invalidInput('audit', field, { zh: '日期格式为 YYYY-MM-DD', en: 'a date is YYYY-MM-DD' });
  }
}

export function registerAuditChainCommands(audit: Command): void {
  audit.command('verify')
    .description('校验审计日志哈希链，指出第一条被修改或删除的记录 / check the audit log\'s hash chain and name the first altered or removed entry')
    .action(action(async () => {
      const report = await withContext((ctx) => verifyAuditChain(ctx));
      if (report.problems.length === 0) {
        process.stdout.write(`审计链完整 / the audit chain is intact: ${report.checked} 条 entries, 链头 head #${report.headId} SM3 ${report.headHash}\n`);
        return;
      }
      const [first, ...rest] = report.problems.map(describeProblem);
      process.stdout.write(`审计链已被破坏 / the audit chain is broken: ${first.zh} / ${first.en}\n`);
      for (const p of rest) process.stdout.write(`  另 also: ${p.zh} / ${p.en}\n`);
      process.stdout.write(`已检查 checked ${report.checked} 条 entries, 链头 head #${report.headId}\n`);
      throw exitWith(CHAIN_BROKEN_EXIT);
    }));
  audit.command('export')
    .description('导出审计日志（.xlsx，含链摘要）供测评 / export the audit log as .xlsx (with the chain digests) for the assessor')
    .requiredOption('--out <file>', '输出文件 / output .xlsx file')
    .option('--from <YYYY-MM-DD>', '起始日期（含）/ from this day (inclusive)')
    .option('--to <YYYY-MM-DD>', '截止日期（含）/ to this day (inclusive)')
    .action(action(async (o: { out: string; from?: string; to?: string }) => {
      checkDay('--from', o.from);
      checkDay('--to', o.to);
      if (!o.out.toLowerCase().endsWith('.xlsx')) throw invalidInput('audit', '--out', { zh: '输出文件须为 .xlsx', en: 'the output file must be .xlsx' });
      const rows = await withContext((ctx) => exportAudit(ctx, cliActor(), o));
      process.stdout.write(`已导出 / exported ${rows} 条审计记录 audit entries → ${o.out}\n`);
    }));
  audit.command('prune')
    .description('删除超过保留期的审计记录（MENKOU_AUDIT_RETENTION_DAYS，至少 180 天）/ delete entries past the retention period (180 days at least)')
    .action(action(async () => {
      const days = loadConfig().auditRetentionDays;
      const result = await withContext((ctx) => pruneAudit(ctx, cliActor(), days));
      process.stdout.write(result.deleted === 0
        ? `没有超过 ${days} 天的审计记录 / no audit entries older than ${days} days\n`
        : `已删除 ${result.deleted} 条超过 ${days} 天的审计记录（至 #${result.throughId}）/ deleted ${result.deleted} entries older than ${days} days (through #${result.throughId})\n`);
    }));
}
