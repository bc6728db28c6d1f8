// `menkou users passwd|reset|disable|enable|unlock`: account management on the server's
// console, through the same audited service as the API, acting as the OS user (cli:name).
import { cliActor } from '../cli/actor.js';
import { withContext } from '../cli/run.js';
import { invalidInput } from '../core/errors.js';
import { type AccountState, findAccount, resetPassword, setAccountDisabled, unlockAccount } from './accounts.service.js';

async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

const stateLine = (s: AccountState): string => `${s.login} (${s.role}) ${s.disabled ? '已停用 disabled' : '可用 enabled'}`;

export async function passwdCommand(login: string, o: { password?: string }): Promise<void> {
  if (o.password === undefined && process.stdin.isTTY) process.stderr.write('新密码 new password: ');
  const password = o.password ?? (await readFirstLine(process.stdin));
  if (!password) throw invalidInput('--password', 'password', { zh: '没有给出新密码', en: 'no new password given' });
  const done = await withContext(async (ctx) => resetPassword(ctx, cliActor(), await findAccount(ctx, login), password));
  process.stdout.write(`已设置密码 / password set: ${stateLine(done)}\n`);
}

export async function resetCommand(login: string): Promise<void> {
  const done = await withContext(async (ctx) => resetPassword(ctx, cliActor(), await findAccount(ctx, login)));
  process.stdout.write(`已重置 / reset: ${stateLine(done)}\n临时密码 temporary password: ${done.temporaryPassword}\n`);
}

async function setDisabled(login: string, disabled: boolean): Promise<void> {
  const done = await withContext(async (ctx) => setAccountDisabled(ctx, cliActor(), await findAccount(ctx, login), disabled));
  process.stdout.write(`${stateLine(done)}\n`);
}

export const disableCommand = (login: string): Promise<void> => setDisabled(login, true);
export const enableCommand = (login: string): Promise<void> => setDisabled(login, false);

export async function unlockCommand(login: string): Promise<void> {
  const done = await withContext(async (ctx) => unlockAccount(ctx, cliActor(), await findAccount(ctx, login)));
  process.stdout.write(`已解锁 / unlocked: ${stateLine(done)}（清除 cleared ${done.addressesCleared} 个地址 addresses）\n`);
}
