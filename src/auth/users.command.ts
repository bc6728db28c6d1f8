// `menkou users add|list|…` and `menkou audit`: the declarations; the work is in
// users.actions.ts and accounts.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';
import { registerAccountCommands } from './accounts.command.js';

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('账户管理 / accounts');
  users
    .command('add')
    .description('创建账户 / create an account')
    .requiredOption('--role <role>', 'admin | province | city | county | employer | checkin | worker')
    .requiredOption('--name <name>', '姓名 / name')
    .option('--login <login>', '登录名 / login (not for workers: they sign in with their phone)')
    .option('--password <password>', '密码（至少 10 位，含字母和数字）/ password (10+ characters, letters and digits)')
    .option('--region <code>', '辖区代码（官员）/ region code for officers, e.g. 141123')
    .option('--employer <id>', '用人单位 id / employer id (employer accounts)')
    .option('--gathering-point <id>', '集合点 id / gathering point id (check-in staff)')
    .option('--worker <id>', '劳动力 id / worker id (worker accounts)')
    .action(lazyAction(() => import('./users.actions.js'), 'addUserCommand'));
  users
    .command('list')
    .description('列出账户 / list accounts')
    .action(lazyAction(() => import('./users.actions.js'), 'listUsersCommand'));
  registerAccountCommands(users);
}

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('查看审计日志 / show the audit log')
    .option('--action <action>', '只看某类操作 / only this action, e.g. worker.reveal')
    .option('--actor <login>', '只看某操作人 / only this actor, e.g. shanxi or cli:alice')
    .option('--from <YYYY-MM-DD>', '起始日期（含）/ from this day (inclusive)')
    .option('--to <YYYY-MM-DD>', '截止日期（含）/ to this day (inclusive)')
    .option('--limit <n>', '条数 / entries', '50')
    .option('--json', 'JSON 输出 / JSON lines')
    .action(lazyAction(() => import('./users.actions.js'), 'auditCommand'));
}
