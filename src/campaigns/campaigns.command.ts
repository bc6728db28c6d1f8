// `menkou campaigns …`: the campaigns and their statistics from the server's console,
// through the same services as the API (so both always give the same numbers).
import type { Command } from 'commander';
import { CLI_ACTOR } from '../auth/actor.js';
import { action, withContext } from '../cli/run.js';
import { domainError } from '../core/errors.js';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);

export function registerCampaignsCommand(program: Command): void {
  const campaigns = program.command('campaigns').description('输出活动与统计 / campaigns and their statistics');
  campaigns
    .command('list')
    .description('列出输出活动 / list campaigns')
    .option('--json', 'JSON 输出 / JSON lines')
    .action(action(async (o: { json?: boolean }) => {
      // The services load with the action, so `menkou --help` and other commands skip them.
      const { listCampaigns } = await import('./campaigns.repository.js');
      const items = await withContext((ctx) => listCampaigns(ctx.db, CLI_ACTOR.scope));
      for (const c of items) {
        if (o.json) process.stdout.write(`${JSON.stringify(c)}\n`);
        else process.stdout.write(`${c.id}  ${c.regionCode}  ${String(c.target).padStart(8)}  ${c.startDate}  ${c.name}\n`);
      }
    }));
  campaigns
    .command('stats')
    .description('活动统计（与控制台仪表盘相同）/ statistics, as the console dashboard shows them')
    .option('--campaign <id>', '活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--region <prefix>', '地区代码前缀 / region code prefix, e.g. 1411')
    .option('--json', 'JSON 输出 / JSON output')
    .action(action(async (o: { campaign?: string; region?: string; json?: boolean }) => {
      const { findLatestCampaign } = await import('./campaigns.repository.js');
      const { getCampaign } = await import('./campaigns.service.js');
      const { dashboardJson } = await import('./stats.schema.js');
      const { campaignDashboard } = await import('./stats.service.js');
      const stats = await withContext(async (ctx) => {
        const campaign = o.campaign ? await getCampaign(ctx, o.campaign) : await findLatestCampaign(ctx.db);
        if (!campaign) throw domainError({ code: 'not_found', zh: '还没有输出活动', en: 'there is no campaign yet' });
        return campaignDashboard(ctx, CLI_ACTOR.scope, campaign.id, o.region);
      });
      if (o.json) {
        process.stdout.write(`${JSON.stringify(dashboardJson(stats))}\n`);
        return;
      }
      const out = (line: string) => process.stdout.write(`${line}\n`);
      out(`${stats.campaign.name} · ${stats.region.name} (${stats.region.code})`);
      out(`目标 target: ${stats.target.target ?? '未设定 none'} (${stats.target.source})  已落实 placed: ${stats.placed}  进度 progress: ${percent(stats.progress)}`);
      out(`旅程 journey: ${stats.journey.map((j) => `${j.step} ${j.reached}`).join(' · ')} · withdrawn ${stats.withdrawn}`);
      out(`重点人群 priority: ${stats.priority} / ${stats.workers}`);
      for (const a of stats.byArea) out(`  ${a.code} ${a.name.padEnd(8)} ${String(a.workers).padStart(7)} ${String(a.confirmed).padStart(7)}  ${a.target ?? '—'}  ${percent(a.progress)}`);
    }));
}
