import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { campaignOption } from '../cli/options.js';
import { progressBar } from '../cli/progress.js';
import { action, withContext } from '../cli/run.js';

export function registerAllocateCommand(program: Command): void {
  program
    .command('allocate')
    .description('按匹配规则为活动分配岗位（已确认的保持不变）/ allocate a campaign\'s workers to vacancies (confirmed ones stay)')
    .option('--campaign <id>', '输出活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--confirm', '同时确认本次全部建议 / also confirm every proposal of this run')
    .action(action(async (options: { campaign?: string; confirm?: boolean }) => {
      const campaignId = campaignOption(options.campaign);
      const actor = cliActor();
      // The services load with the action, so `menkou --help` and other commands skip them.
      const { campaignForWork } = await import('../campaigns/campaigns.service.js');
      const { allocateCampaign, confirmAllocation } = await import('./allocation.service.js');
      const bar = progressBar('分配 allocating');
      const summary = await withContext(async (ctx) => {
        const campaign = await campaignForWork(ctx, campaignId);
        const result = await allocateCampaign(ctx, actor, campaign.id, (p) => bar.update(p.done, Math.max(p.total, 1)));
        const confirmed = options.confirm ? await confirmAllocation(ctx, actor, campaign.id, { runId: result.runId }) : 0;
        return { ...result, confirmed };
      }).finally(() => bar.stop());
      const mb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
      process.stdout.write(
        `分配完成 run ${summary.runId}: ${summary.seconds.toFixed(2)} s, 峰值内存 peak ${mb} MB\n` +
        `劳动力 workers ${summary.workers}, 岗位 vacancies ${summary.jobs}, 已确认固定 fixed ${summary.fixed}\n` +
        `安置 placed ${summary.placed}（脱贫 priority ${summary.placedPriority}, 其他 others ${summary.placedOthers}），目标值 objective ${summary.objective}\n` +
        `新建议 new proposals ${summary.newProposals}${options.confirm ? `，已确认 confirmed ${summary.confirmed}` : ''}\n`,
      );
    }));
}
