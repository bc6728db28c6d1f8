// `menkou import workers|jobs FILE`: the declaration; the work is in import.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

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
      .action(lazyAction(() => import('./import.actions.js'), kind === 'workers' ? 'importWorkers' : 'importJobs'));
  }
}
