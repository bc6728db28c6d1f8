// `menkou users passwd|reset|disable|enable|unlock`: account management on the server's
// console, through the same audited service as the API, acting as the OS user (cli:name).
import type { Command } from 'commander';
import { cliActor } from '../cli/actor.js';
import { action, withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { type AccountState, findAccount, resetPassword, setAccountDisabled, unlockAccount } from './accounts.service.js';

const TARGET = '<login>';
const TARGET_HELP = '登录名或账户 id / login or account id';

async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

const stateLine = (s: AccountState): string => `${s.login} (${s.role}) ${s.disabled ? '已停用 disabled' : '可用 enabled'}`;

export function registerAccountCommands(users: Command): void {
  users
    .command('passwd')
    .description('设置账户密码（从 --password 或标准输入第一行读取；会话结束）/ set an account\'s password (from --password or the first line of stdin; its sessions end)')
    .argument(TARGET, TARGET_HELP)
    .option('--password <password>', '新密码（至少 10 位，含字母和数字）/ the new password (10+ characters, letters and digits)')
    .action(action(async (login: string, o: { password?: string }) => {
      if (o.password === undefined && process.stdin.isTTY) process.stderr.write('新密码 new password: ');
      const password = o.password ?? (await readFirstLine(process.stdin));
      if (!password) throw invalidInput('--password', 'password', { zh: '没有给出新密码', en: 'no new password given' });
      const done = await withContext(async (ctx) => resetPassword(ctx, cliActor(), await findAccount(ctx, login), password));
      process.stdout.write(`已设置密码 / password set: ${stateLine(done)}\n`);
    }));
  users
    .command('reset')
    .description('重置密码：生成临时密码并只显示这一次（会话结束，锁定解除）/ reset a password: a temporary one is generated and shown once (sessions end, locks lift)')
    .argument(TARGET, TARGET_HELP)
    .action(action(async (login: string) => {
      const done = await withContext(async (ctx) => resetPassword(ctx, cliActor(), await findAccount(ctx, login)));
      process.stdout.write(`已重置 / reset: ${stateLine(done)}\n临时密码 temporary password: ${done.temporaryPassword}\n`);
    }));
  for (const [verb, disabled, zh, en] of [
    ['disable', true, '停用账户（不能登录，会话立即结束）', 'disable an account (no sign-in; its sessions end)'],
    ['enable', false, '启用账户', 'enable an account'],
  ] as const) {
    users
      .command(verb)
      .description(`${zh} / ${en}`)
      .argument(TARGET, TARGET_HELP)
      .action(action(async (login: string) => {
        const done = await withContext(async (ctx) => setAccountDisabled(ctx, cliActor(), await findAccount(ctx, login), disabled));
        process.stdout.write(`${stateLine(done)}\n`);
      }));
  }
  users
    .command('unlock')
    .description('解除登录锁定（所有地址）/ lift the sign-in lock (from every address)')
    .argument(TARGET, TARGET_HELP)
    .action(action(async (login: string) => {
      const done = await withContext(async (ctx) => unlockAccount(ctx, cliActor(), await findAccount(ctx, login)));
      process.stdout.write(`已解锁 / unlocked: ${stateLine(done)}（清除 cleared ${done.addressesCleared} 个地址 addresses）\n`);
    }));
}
