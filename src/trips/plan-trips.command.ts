// `menkou plan-trips INSTANCE.json --objective default --out PLAN.json [--seed N]
// [--previous OLD.json [--changes CHANGES.json]]`: the declaration; the work is in
// plan-trips.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(seed)) {
    throw invalidInput('command', 'seed', { zh: `随机种子必须是整数: ${value}`, en: `seed must be a whole number: ${value}` });
  }
  return seed;
}

export function registerPlanTripsCommand(program: Command): void {
  program
    .command('plan-trips')
    .description('规划一天的包车（docs/trips.md）/ plan chartered coaches for one departure day')
    .argument('<instance>', '算例 JSON：车辆、道路系数、地点、乘客 / instance JSON: vehicle, roadFactor, locations, passengers')
    .option('--objective <name>', '优化目标，只有 default（每车固定费 × 车数 + 每公里费 × 公里）/ what to minimise; only "default" (fixedCost × coaches + perKm × km)', 'default')
    .requiredOption('--out <file>', '方案 JSON 写到这里 / where to write the plan JSON')
    .option('--seed <n>', '搜索的随机种子（同一种子，同一方案）/ seed for the search (same seed, same plan)', parseSeed)
    .option('--previous <file>', '从此前的方案重新规划，尽量让乘客留在原车 / re-plan from this earlier plan, keeping riders on their coaches where possible')
    .option('--changes <file>', '与 --previous 同用：把变更写到这里 / with --previous: write the list of changes here')
    .action(lazyAction(() => import('./plan-trips.actions.js'), 'planTripsCommand'));
}
