// `menkou reconcile --campaign ID --date YYYY-MM-DD [--json]`: the day's reconciliation,
// the same numbers as GET /api/campaigns/{id}/reconciliation, with the whole country's reach.
import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { campaignOption } from '../cli/options.js';
import { action, withContext } from '../cli/run.js';

export function registerReconcileCommand(program: Command): void {
  program
    .command('reconcile')
    .description('发车日对账：每位乘客恰在一个状态 / reconcile a departure day: every passenger in exactly one state')
    .requiredOption('--date <YYYY-MM-DD>', '发车日期 / departure day')
    .option('--campaign <id>', '输出活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--json', 'JSON 输出 / print JSON')
    .action(action(async (o: { date: string; campaign?: string; json?: boolean }) => {
      const campaignId = campaignOption(o.campaign);
      // The services load with the action, so `menkou --help` and other commands skip them.
      const { campaignForWork } = await import('../campaigns/campaigns.service.js');
      const { reconcile } = await import('./reconcile.service.js');
      const result = await withContext(async (ctx) => {
        const campaign = await campaignForWork(ctx, campaignId);
        return reconcile(ctx, cliActor(), campaign.id, o.date);
      });
      if (o.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const out = (line: string) => process.stdout.write(`${line}\n`);
      out(`${result.date}: 车次 trips ${result.trips}，乘客 passengers ${result.passengers}`);
      for (const [state, n] of Object.entries(result.states)) out(`  ${state.padEnd(18)} ${n}`);
      out(`超时 overdue ${result.overdue}，冲突 conflicts ${result.conflicts}，未核清 unaccounted ${result.unaccounted}`);
    }));
}
