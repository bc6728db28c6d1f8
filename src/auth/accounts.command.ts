// `menkou users passwd|reset|disable|enable|unlock`: the declarations; the work is in
// accounts.actions.ts.
import type { Command } from 'commander';
import { lazyAction } from '../cli/run.js';

const TARGET = '<login>';
const TARGET_HELP = '登录名或账户 id / login or account id';

export function registerAccountCommands(users: Command): void {
  users
    .command('passwd')
    .description('设置账户密码（从 --password 或标准输入第一行读取；会话结束）/ set an account\'s password (from --password or the first line of stdin; its sessions end)')
    .argument(TARGET, TARGET_HELP)
    .option('--password <password>', '新密码（至少 10 位，含字母和数字）/ the new password (10+ characters, letters and digits)')
    .action(lazyAction(() => import('./accounts.actions.js'), 'passwdCommand'));
  users
    .command('reset')
    .description('重置密码：生成临时密码并只显示这一次（会话结束，锁定解除）/ reset a password: a temporary one is generated and shown once (sessions end, locks lift)')
    .argument(TARGET, TARGET_HELP)
    .action(lazyAction(() => import('./accounts.actions.js'), 'resetCommand'));
  for (const [verb, disabled, zh, en] of [
    ['disable', true, '停用账户（不能登录，会话立即结束）', 'disable an account (no sign-in; its sessions end)'],
    ['enable', false, '启用账户', 'enable an account'],
  ] as const) {
    users
      .command(verb)
      .description(`${zh} / ${en}`)
      .argument(TARGET, TARGET_HELP)
      .action(lazyAction(() => import('./accounts.actions.js'), disabled ? 'disableCommand' : 'enableCommand'));
  }
  users
    .command('unlock')
    .description('解除登录锁定（所有地址）/ lift the sign-in lock (from every address)')
    .argument(TARGET, TARGET_HELP)
    .action(lazyAction(() => import('./accounts.actions.js'), 'unlockCommand'));
}
