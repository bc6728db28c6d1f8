// `menkou import workers|jobs FILE`: exit 0 when the file was read (refused rows
// included), 2 when the file itself can't be read, 1 with --strict and any refusal.
import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { campaignOption } from '../cli/options.js';
import { outputFormat } from '../cli/output.js';
import { progressBar } from '../cli/progress.js';
import { action, exitWith, withContext } from '../cli/run.js';
import { maskIdNumber } from '../core/mask.js';
import type { ImportOptions, ImportOutcome, RowProblem } from '../spreadsheets/import-pipeline.js';

type CliOptions = { campaign?: string; sheet?: string; encoding?: string; errors?: string; json?: boolean; strict?: boolean };

const SHOWN_REFUSALS = 20;

// What the terminal shows of a refused cell: identity numbers stay masked on screen (a
// refused one is often a real person's number with one digit wrong). A refused phone is
// shown as typed: it is no valid number, and the officer has to see what to correct.
function shownValue(problem: RowProblem): string {
  if (/身份证|公民身份|id_number/i.test(problem.column)) return maskIdNumber(problem.value);
  return problem.value;
}

export function printOutcome(kind: 'workers' | 'jobs', outcome: ImportOutcome, options: CliOptions): void {
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  for (const refusal of outcome.refusals.slice(0, SHOWN_REFUSALS)) {
    const cells = refusal.problems.map((p) => `${p.column}「${shownValue(p)}」${p.reason.zh} / ${p.reason.en}`).join('; ');
    out(`第 ${refusal.rowNumber} 行 row ${refusal.rowNumber}: ${cells}`);
  }
  if (outcome.refusals.length > SHOWN_REFUSALS) {
    out(`… 另有 ${outcome.refusals.length - SHOWN_REFUSALS} 行被拒绝 / ${outcome.refusals.length - SHOWN_REFUSALS} more refused rows${options.errors ? '' : ' (--errors FILE.xlsx lists them all)'}`);
  }
  const noun = kind === 'workers' ? { zh: '劳动力', en: 'workers' } : { zh: '岗位', en: 'vacancies' };
  if (outcome.aborted) {
    out(`严格模式：有 ${outcome.refused} 行被拒绝，未保存任何数据 / strict: ${outcome.refused} rows refused, nothing stored`);
  } else {
    out(
      `${noun.zh}：新增 ${outcome.imported}，更新 ${outcome.updated}，未变 ${outcome.unchanged}，拒绝 ${outcome.refused} / ` +
        `${noun.en}: ${outcome.imported} imported, ${outcome.updated} updated, ${outcome.unchanged} unchanged, ${outcome.refused} refused`,
    );
  }
  if (options.json) {
    out(JSON.stringify({ imported: outcome.imported, updated: outcome.updated, unchanged: outcome.unchanged, refused: outcome.refused }));
  }
}

async function runImportCommand(kind: 'workers' | 'jobs', file: string, options: CliOptions): Promise<void> {
  // The services load with the action, so `menkou --help` and other commands skip them.
  const { ERROR_REPORT_FORMATS, writeErrorReport } = await import('../spreadsheets/errors-report.js');
  const { importJobsFile } = await import('../jobs/jobs.import.js');
  const { importWorkersFile } = await import('../workers/workers.import.js');
  // Checked before the import: a report that cannot be written is found now, not after it.
  const reportFormat = options.errors ? outputFormat(options.errors, '--errors', ERROR_REPORT_FORMATS) : undefined;
  const campaignId = campaignOption(options.campaign);
  const bar = progressBar(kind === 'workers' ? '导入 importing workers' : '导入 importing jobs', ' KB');
  const importOptions: ImportOptions & { campaignId?: string; actor: ReturnType<typeof cliActor> } = {
    campaignId,
    sheet: options.sheet,
    encoding: options.encoding,
    strict: options.strict,
    actor: cliActor(),
    onProgress: (p) => bar.update(Math.round(p.bytesRead / 1024), Math.max(1, Math.round(p.totalBytes / 1024))),
  };
  let outcome: ImportOutcome;
  try {
    outcome = await withContext((ctx) => (kind === 'workers' ? importWorkersFile(ctx, file, importOptions) : importJobsFile(ctx, file, importOptions)));
  } finally {
    bar.stop();
  }
  printOutcome(kind, outcome, options);
  if (options.errors && reportFormat && outcome.refusals.length > 0) {
    await writeErrorReport(options.errors, outcome, reportFormat);
    // On stderr, so that --json stays the last line of stdout.
    process.stderr.write(
      `拒绝的行已写入 ${options.errors}（权限 600，仅本人可读：其中有完整的身份证号和手机号，改正后请删除）/ ` +
        `refused rows written to ${options.errors} (mode 600, owner only: it holds full identity numbers and phones; delete it once corrected)\n`,
    );
  }
  if (options.strict && outcome.refused > 0) throw exitWith(1);
}

export function registerImportCommand(program: Command): void {
  const command = program.command('import').description('导入劳动力或岗位表格 / import registrations or vacancies from .xlsx or .csv');
  for (const kind of ['workers', 'jobs'] as const) {
    command
      .command(`${kind} <file>`)
      .description(kind === 'workers' ? '导入劳动力登记表 / import worker registrations' : '导入岗位需求表 / import vacancies')
      .option('--campaign <id>', '输出活动 id（默认最新）/ campaign id (default: the latest)')
      .option('--sheet <name>', '工作表名称（默认第一个）/ worksheet name (default: the first)')
      .option('--encoding <encoding>', 'CSV 编码（默认自动识别 UTF-8 / GB18030）/ CSV encoding (default: detected)')
      .option('--errors <file.xlsx|file.csv>', '把被拒绝的行及原因写入此文件（格式随扩展名，权限 600）/ write refused rows with reasons here (format by extension, mode 600)')
      .option('--json', '最后一行输出 JSON 统计 / print {"imported","updated","unchanged","refused"} as the last line')
      .option('--strict', '有任何行被拒绝则不保存并以 1 退出 / store nothing and exit 1 if any row is refused')
      .action(action((file: string, options: CliOptions) => runImportCommand(kind, file, options)));
  }
}
