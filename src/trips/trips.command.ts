import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { campaignOption, idOption } from '../cli/options.js';
import { cannotWrite, checkWritableFolder, outputFormat, writeOutputFile } from '../cli/output.js';
import { action, withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';

const yuan = (n: number) => Math.round(n).toLocaleString('en-US');
const tripOption = (value: string): string => idOption(value, '--trip', { zh: '车次', en: 'trip' });

function wholeNumber(value: string, option: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
    throw invalidInput(option, option.replace(/^--/, ''), { zh: `应为 ${min}–${max} 的整数`, en: `must be a whole number from ${min} to ${max}` });
  }
  return n;
}

export function registerTripsCommand(program: Command): void {
  const trips = program.command('trips').description('包车车次 / chartered coach trips');
  trips
    .command('plan')
    .description('规划某日车次：已确认的分配 → 车次、路线、座位 / plan a departure day from the confirmed assignments')
    .requiredOption('--date <YYYY-MM-DD>', '发车日期 / departure day')
    .option('--campaign <id>', '输出活动 id（默认最新）/ campaign id (default: the latest)')
    .option('--spacing <normal|alternate>', '隔位乘坐 alternate 使可用座位减半 / alternate-seat spacing halves the seats', 'normal')
    .option('--capacity <n>', '每车座位 / seats per coach', '50')
    .option('--seed <n>', '随机种子 / seed', '1')
    .option('--starts-by <YYYY-MM-DD>', '只排到岗日期不晚于此日的人员 / only people whose job starts by this day')
    .action(action(async (o: { date: string; campaign?: string; spacing: string; capacity: string; seed: string; startsBy?: string }) => {
      if (o.spacing !== 'normal' && o.spacing !== 'alternate') {
        throw invalidInput('--spacing', 'spacing', { zh: '只能是 normal 或 alternate', en: 'must be normal or alternate' });
      }
      const spacing = o.spacing;
      const capacity = wholeNumber(o.capacity, '--capacity', 1, 100);
      const seed = wholeNumber(o.seed, '--seed', 0, Number.MAX_SAFE_INTEGER);
      const campaignId = campaignOption(o.campaign);
      // The services load with the action, so `menkou --help` and other commands skip them.
      const { campaignForWork } = await import('../campaigns/campaigns.service.js');
      const { planDay } = await import('./trips.service.js');
      const summary = await withContext(async (ctx) => {
        const campaign = await campaignForWork(ctx, campaignId);
        return planDay(ctx, cliActor(), { campaignId: campaign.id, date: o.date, spacing, capacity, seed, startsBy: o.startsBy });
      });
      const out = (line: string) => process.stdout.write(`${line}\n`);
      out(`${summary.date}: 乘客 passengers ${summary.passengers}，车辆 coaches ${summary.coaches}（下界 lower bound ${summary.lowerBoundCoaches}，逐对直发 naive ${summary.naive.coaches}）`);
      out(`里程 km ${summary.km.toFixed(1)}（naive ${summary.naive.km.toFixed(1)}），费用 cost ¥${yuan(summary.cost)}（naive ¥${yuan(summary.naive.cost)}，节省 saved ${summary.naive.cost > 0 ? ((1 - summary.cost / summary.naive.cost) * 100).toFixed(1) : '0'}%）`);
      if (summary.changes) {
        const c = summary.changes;
        out(`变更 changes: +${c.passengersAdded.length} 人 added, -${c.passengersRemoved.length} 人 removed, ${c.passengersMoved.length} 人换车 moved, +${c.tripsAdded.length}/-${c.tripsRemoved.length} 车 trips`);
      }
      for (const u of summary.unplanned) out(`未安排 unplanned ${u.workerId}: ${u.reason.zh} / ${u.reason.en}`);
    }));
  trips
    .command('manifest')
    .description('导出乘车名单 / write a trip\'s manifest')
    .requiredOption('--trip <id>', '车次 id / trip id')
    .requiredOption('--out <file.pdf|file.xlsx>', '输出文件 / output file')
    .action(action(async (o: { trip: string; out: string }) => {
      const format = outputFormat(o.out, '--out', ['pdf', 'xlsx'] as const);
      const trip = tripOption(o.trip);
      const { manifestFile } = await import('./trips.documents.js');
      const body = await withContext((ctx) => manifestFile(ctx, cliActor(), trip, format));
      // Names and masked numbers of a coach's passengers: readable by the owner alone.
      writeOutputFile(o.out, '--out', body, 0o600);
      process.stdout.write(`已写入 written: ${o.out}\n`);
    }));
  trips
    .command('passes')
    .description('导出每位乘客的乘车凭证 PDF / write one boarding pass per passenger')
    .requiredOption('--trip <id>', '车次 id / trip id')
    .requiredOption('--out <dir>', '输出目录 / output folder')
    .action(action(async (o: { trip: string; out: string }) => {
      const trip = tripOption(o.trip);
      try {
        fs.mkdirSync(o.out, { recursive: true });
      } catch (error) {
        throw cannotWrite(o.out, '--out', error);
      }
      checkWritableFolder(o.out, '--out');
      const actor = cliActor();
      const { boardingPassFile, tripManifest } = await import('./trips.documents.js');
      const count = await withContext(async (ctx) => {
        const manifest = await tripManifest(ctx, actor, trip);
        for (const p of manifest.passengers) {
          const file = path.join(o.out, `${manifest.tripNumber}-${String(p.seat).padStart(2, '0')}.pdf`);
          writeOutputFile(file, '--out', await boardingPassFile(ctx, actor, trip, p.workerId), 0o600);
        }
        return manifest.passengers.length;
      });
      process.stdout.write(`已写入 ${count} 张乘车凭证 / wrote ${count} boarding passes to ${o.out}\n`);
    }));
}
