// `menkou plan-trips INSTANCE.json --objective default --out PLAN.json [--seed N]
// [--previous OLD.json [--changes CHANGES.json]]`: plans (or re-plans) one departure day
// per docs/trips.md and prints the plan beside the naive plan and the bound.

import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { checkWritableFolder, cannotWrite } from '../cli/output.js';
import { action } from '../cli/run.js';
import { domainError, invalidInput } from '../core/errors.js';
import { clipForMessage } from '../core/normalize.js';
import { parseInstance } from '../engines/trips/instance.js';
import { lowerBound, naivePlan, type LowerBound } from '../engines/trips/naive.js';
import { parsePlan } from '../engines/trips/plan-file.js';
import { planTrips } from '../engines/trips/plan.js';
import { replanTrips, type PlanChanges } from '../engines/trips/replan.js';
import type { Plan, PlanProgress } from '../engines/trips/types.js';

export type PlanTripsFileOptions = {
  instancePath: string;
  outPath: string;
  objective?: string;
  seed?: number;
  /** A plan written earlier for this day: re-plan from it instead of from scratch. */
  previousPath?: string;
  /** Where to write the list of changes when re-planning. */
  changesPath?: string;
  /** Receives the printed lines; defaults to stdout. */
  print?: (line: string) => void;
  onProgress?: (progress: PlanProgress) => void;
};

type Figures = { coaches: number; km: number; cost: number };

export type PlanTripsSummary = {
  passengers: number;
  plan: Figures;
  naive: Figures;
  lowerBound: LowerBound;
  changes?: PlanChanges;
};

export const OBJECTIVES = ['default'] as const;

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw domainError({
      code: 'bad_file',
      record: file,
      zh: code === 'ENOENT' ? '文件不存在' : `无法读取文件（${code}）`,
      en: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // The parser's message quotes the text around the fault: at most ~100 characters of it.
    const reason = clipForMessage((error as Error).message);
    const binary = text.includes('\u0000') || text.includes('\ufffd');
    throw domainError({
      code: 'bad_file',
      record: file,
      zh: binary ? '不是 JSON 文件（像是二进制文件）' : `不是有效的 JSON：${reason}`,
      en: binary ? 'not a JSON file (it looks binary)' : `not valid JSON: ${reason}`,
    });
  }
}

// Written beside the target and renamed, so a failed run never leaves half a plan behind.
async function writeJsonAtomically(file: string, value: unknown, option: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw cannotWrite(file, option, error);
  }
}

function figures(plan: Figures): Figures {
  return { coaches: plan.coaches, km: plan.km, cost: plan.cost };
}

export function formatSummary(summary: PlanTripsSummary): string[] {
  const number = (x: number, digits: number): string =>
    x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const row = (label: string, f: Figures): string =>
    `${label.padEnd(12)}${String(f.coaches).padStart(9)}${number(f.km, 1).padStart(16)}${number(f.cost, 1).padStart(18)}`;
  const saved = summary.naive.cost > 0 ? (1 - summary.plan.cost / summary.naive.cost) * 100 : 0;
  const lines = [
    `${summary.passengers} passengers`,
    `${''.padEnd(12)}${'coaches'.padStart(9)}${'km'.padStart(16)}${'cost'.padStart(18)}`,
    row('plan', summary.plan),
    row('naive', summary.naive),
    row('lower bound', summary.lowerBound),
    `saved vs naive: ${saved.toFixed(1)}%`,
  ];
  if (summary.changes) {
    const c = summary.changes;
    lines.push(
      `changes: ${c.passengersAdded.length} added, ${c.passengersRemoved.length} removed, ${c.passengersMoved.length} moved; ` +
        `trips ${c.tripsAdded.length} added, ${c.tripsRemoved.length} removed, ${c.tripsChanged.length} changed`,
    );
  }
  return lines;
}

/** Reads, checks, plans and writes; throws a DomainError before writing anything if the input is bad. */
export async function runPlanTripsFile(options: PlanTripsFileOptions): Promise<PlanTripsSummary> {
  const objective = options.objective ?? 'default';
  if (!(OBJECTIVES as readonly string[]).includes(objective)) {
    throw invalidInput('command', 'objective', {
      zh: `未知目标: ${objective}（只支持 default）`,
      en: `unknown objective: ${objective} (only default is offered)`,
    });
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) {
    throw invalidInput('command', 'seed', { zh: '随机种子必须是整数', en: 'seed must be a whole number' });
  }
  checkWritableFolder(path.dirname(path.resolve(options.outPath)), '--out');
  if (options.changesPath) checkWritableFolder(path.dirname(path.resolve(options.changesPath)), '--changes');
  const instance = parseInstance(await readJson(options.instancePath));
  const previous = options.previousPath ? parsePlan(await readJson(options.previousPath)) : undefined;
  const planOptions = { seed: options.seed, onProgress: options.onProgress };
  let plan: Plan;
  let changes: PlanChanges | undefined;
  if (previous) {
    ({ plan, changes } = replanTrips(instance, previous, planOptions));
  } else {
    plan = planTrips(instance, planOptions);
  }
  await writeJsonAtomically(options.outPath, plan, '--out');
  if (changes && options.changesPath) await writeJsonAtomically(options.changesPath, changes, '--changes');
  const summary: PlanTripsSummary = {
    passengers: instance.passengers.length,
    plan: figures(plan),
    naive: figures(naivePlan(instance)),
    lowerBound: lowerBound(instance),
    changes,
  };
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  for (const line of formatSummary(summary)) print(line);
  return summary;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(seed)) {
    throw invalidInput('command', 'seed', { zh: `随机种子必须是整数: ${value}`, en: `seed must be a whole number: ${value}` });
  }
  return seed;
}

function progressBar(): { onProgress: (p: PlanProgress) => void; stop: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({ stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    onProgress(p) {
      if (!started) {
        bar.start(p.total, 0);
        started = true;
      }
      bar.update(p.done);
    },
    stop: () => started && bar.stop(),
  };
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
    .action(
      action(async (
        instancePath: string,
        opts: { objective: string; out: string; seed?: number; previous?: string; changes?: string },
      ) => {
        const bar = progressBar();
        try {
          await runPlanTripsFile({
            instancePath,
            outPath: opts.out,
            objective: opts.objective,
            seed: opts.seed,
            previousPath: opts.previous,
            changesPath: opts.changes,
            onProgress: bar?.onProgress,
          });
        } finally {
          bar?.stop();
        }
      }),
    );
}
