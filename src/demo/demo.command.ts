import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { progressBar } from '../cli/progress.js';
import { action, withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { splitIsoDate } from '../core/values.js';
import { loadConfig } from '../core/config.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('生成演示活动（山西 2021 元旦春节点对点劳务输出）/ build the demo campaign (Shanxi, New Year 2021)')
    .option('--workers <n>', '劳动力人数 / number of workers', '27000')
    .option('--seed <s>', '随机种子（同一种子生成相同数据）/ seed (same seed, same data)', '2021')
    .option('--force', '已有演示活动时替换它（旧的改名保留）/ replace an existing demo campaign (the old one is renamed and kept)')
    .option('--no-schedule', '不分配、不排车（只生成人员和岗位）/ no allocation and no coaches (people and vacancies only)')
    .option('--simulate-day <YYYY-MM-DD>', '通过 API 模拟一个发车日（检录、发车、改签、抵达交接）/ play a departure day through the API (check-in, departure, rebooking, handover)')
    .option('--simulate-checks <YYYY-MM-DD>', '模拟到该日为止的稳岗回访（未演示的发车日先演示）/ play the follow-up checks due by that day (departure days not yet played first)')
    .action(action(async (options: { workers: string; seed: string; force?: boolean; schedule: boolean; simulateDay?: string; simulateChecks?: string }) => {
      const workers = Number(options.workers);
      const seed = Number(options.seed);
      if (!Number.isInteger(workers) || workers < 0 || workers > 2_000_000) {
        throw invalidInput('--workers', 'workers', { zh: '人数须为 0–2000000 的整数', en: 'must be an integer 0–2000000' });
      }
      if (!Number.isInteger(seed)) throw invalidInput('--seed', 'seed', { zh: '种子须为整数', en: 'must be an integer' });
      // The services load with the action, so `menkou --help` and other commands skip them.
      const { scheduleDemo } = await import('./demo.schedule.js');
      const { simulateDay } = await import('./demo.simulate.js');
      const { announceDemoLogins, existingDemo, replaceDemo } = await import('./demo.service.js');
      if (options.simulateChecks) {
        const day = options.simulateChecks;
        if (splitIsoDate(day) === undefined) throw invalidInput('--simulate-checks', 'simulateChecks', { zh: '日期格式为 YYYY-MM-DD，且须为真实日期', en: 'the date is YYYY-MM-DD and a real day' });
        const { simulateChecks } = await import('../retention/retention.simulate.js');
        const result = await withContext(async (ctx) => {
          const existing = await existingDemo(ctx);
          const id = existing?.id ?? (await replaceDemo(ctx, { workers, seed, actor: cliActor() })).summary.campaign.id;
          if (!existing) await scheduleDemo(ctx, cliActor(), id, (line) => process.stdout.write(`${line}\n`));
          return simulateChecks(ctx, cliActor(), id, day, (line) => process.stdout.write(`${line}\n`));
        });
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return;
      }
      if (options.simulateDay) {
        const day = options.simulateDay;
        if (splitIsoDate(day) === undefined) throw invalidInput('--simulate-day', 'simulateDay', { zh: '日期格式为 YYYY-MM-DD，且须为真实日期', en: 'the date is YYYY-MM-DD and a real day' });
        const result = await withContext(async (ctx) => {
          const existing = await existingDemo(ctx);
          const id = existing?.id ?? (await replaceDemo(ctx, { workers, seed, actor: cliActor() })).summary.campaign.id;
          await scheduleDemo(ctx, cliActor(), id, (line) => process.stdout.write(`${line}\n`));
          return simulateDay(ctx, cliActor(), id, day, (line) => process.stdout.write(`${line}\n`));
        });
        process.stdout.write(`对账 reconciliation: ${JSON.stringify(result.reconciliation)}\n`);
        return;
      }
      const bar = progressBar('生成 building demo');
      const built = await withContext(async (ctx) => {
        const existing = await existingDemo(ctx);
        if (existing && !options.force) return { existing };
        const replaced = await replaceDemo(ctx, { workers, seed, actor: cliActor(), onProgress: (d, t) => bar.update(d, t) });
        bar.stop();
        if (options.schedule) await scheduleDemo(ctx, cliActor(), replaced.summary.campaign.id, (line) => process.stdout.write(`${line}\n`));
        return replaced;
      }).finally(() => bar.stop());
      if ('existing' in built) {
        process.stdout.write(
          `演示活动已存在 / the demo campaign exists: ${built.existing.name} (${built.existing.id})；` +
            '要重新生成请加 --force（旧的改名保留）/ add --force to build it again (the old one is renamed and kept)\n',
        );
        return;
      }
      const { summary, setAside } = built;
      if (setAside) process.stdout.write(`原演示活动已改名为 / the previous demo campaign is now named: ${setAside}\n`);
      process.stdout.write(
        `演示活动 demo campaign: ${summary.campaign.name} (${summary.campaign.id})\n` +
        `劳动力 workers ${summary.workers}, 用人单位 employers ${summary.employers}, 岗位 vacancies ${summary.jobs}, 集合点 gathering points ${summary.gatheringPoints}\n`,
      );
      for (const line of announceDemoLogins(summary.accounts, loadConfig().dataDir)) process.stdout.write(`${line}\n`);
    }));
}
