// `menkou match INSTANCE.json --objective default --out RESULT.json`: reads the contract's
// instance, solves it exactly, checks the answer against the rules, and only then writes
// it (via a temporary file and a rename, so a failed run leaves nothing behind).

import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { progressBar } from '../cli/progress.js';
import { action } from '../cli/run.js';
import { domainError, invalidInput } from '../core/errors.js';
import { parseInstanceText } from '../engines/match/instance.js';
import { solveMatching, type SolveProgress } from '../engines/match/solve.js';
import { verifyResult } from '../engines/match/verify.js';

export const MATCH_OBJECTIVES = ['default'] as const;

export type MatchReporter = {
  /** Called at each stage and flow phase. */
  progress?: (progress: SolveProgress) => void;
  /** One line of the final summary. */
  line?: (text: string) => void;
};

export type MatchSummary = {
  seconds: number;
  peakMemoryBytes: number;
  workers: number;
  placedPriority: number;
  placedOthers: number;
  objective: number;
};

async function readInstanceFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw domainError({
      code: 'bad_file',
      record: path,
      zh: '无法读取文件',
      en: `cannot read the file (${error instanceof Error ? error.message : String(error)})`,
    });
  }
}

export async function runMatchFile(path: string, objective: string, outPath: string, reporter: MatchReporter = {}): Promise<MatchSummary> {
  const started = performance.now();
  if (!(MATCH_OBJECTIVES as readonly string[]).includes(objective)) {
    throw invalidInput('--objective', 'objective', {
      zh: `未知的目标：${objective}（可用：default）`,
      en: `unknown objective: ${objective} (available: default)`,
    });
  }
  const instance = parseInstanceText(await readInstanceFile(path), basename(path));
  const result = solveMatching(instance, { onProgress: reporter.progress });
  const check = verifyResult(instance, result);
  if (check.problems.length > 0) {
    // An engine bug, not bad input: refuse to write an answer that breaks the contract.
    throw new Error(`internal error, answer fails verification: ${check.problems.slice(0, 3).join('; ')}`);
  }
  const output = JSON.stringify({ objective: result.objective, assignments: result.assignments });
  const temporary = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, output);
    await rename(temporary, outPath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw domainError({
      code: 'bad_file',
      record: outPath,
      zh: '无法写入结果文件',
      en: `cannot write the result (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  const summary: MatchSummary = {
    seconds: (performance.now() - started) / 1000,
    peakMemoryBytes: process.resourceUsage().maxRSS * 1024,
    workers: instance.workers.length,
    placedPriority: check.placedPriority,
    placedOthers: check.placed - check.placedPriority,
    objective: result.objective,
  };
  const line = reporter.line ?? ((text: string): void => void process.stdout.write(`${text}\n`));
  line(`time 用时: ${summary.seconds.toFixed(2)} s`);
  line(`peak memory 内存峰值: ${(summary.peakMemoryBytes / 2 ** 20).toFixed(0)} MiB`);
  line(
    `placed 已匹配: ${check.placed} of ${summary.workers} workers ` +
      `(priority 重点群体 ${summary.placedPriority}, others 其他 ${summary.placedOthers})`,
  );
  line(`objective 目标值: ${summary.objective}`);
  return summary;
}

const STAGE_LABEL: Record<SolveProgress['stage'], string> = {
  classes: 'merging classes 合并同类',
  network: 'building network 构建网络',
  flow: 'min-cost flow 最小费用流',
  assignments: 'assignments 生成配对',
};

/** A bar on a terminal, plain lines otherwise; silent for the first second (short runs). */
function cliProgress(): { progress: (p: SolveProgress) => void; stop: () => void } {
  const started = performance.now();
  const bar = process.stderr.isTTY ? progressBar('match 匹配') : undefined;
  return {
    progress: (p) => {
      if (performance.now() - started < 1000) return;
      if (bar) bar.update(p.done, p.total, { stage: STAGE_LABEL[p.stage] });
      else process.stderr.write(`match 匹配: ${STAGE_LABEL[p.stage]} ${p.done}/${p.total}\n`);
    },
    stop: () => bar?.stop(),
  };
}

export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description('批量匹配劳动力与岗位（精确最优，见 docs/matching.md）/ exact batch allocation of workers to vacancies')
    .argument('<instance>', '算例 JSON / instance JSON (docs/matching.md)')
    .option('--objective <name>', '优化目标，只有 default / objective (only "default")', 'default')
    .requiredOption('--out <file>', '结果 JSON 写到这里 / where to write the result JSON')
    .action(
      action(async (instance: string, options: { objective: string; out: string }) => {
        const progress = cliProgress();
        try {
          await runMatchFile(instance, options.objective, options.out, { progress: progress.progress });
        } finally {
          progress.stop();
        }
      }),
    );
}
