// Account management and the demo's logins from the command line: real processes on the
// embedded database in a temporary folder, then the same folder opened in-process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../src/app/context.js';
import { loginWithPassword } from '../src/auth/auth.service.js';
import { isDomainError } from '../src/core/errors.js';
import { tempDir } from './fixtures.js';

const BIN = path.resolve('bin/menkou.js');

function menkou(cwd: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd, input, encoding: 'utf8', timeout: 180_000,
    env: { ...process.env, MENKOU_DEMO: 'off', LOG_LEVEL: 'warn', MENKOU_DEMO_WORKERS: '50' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Signs in in-process against the folder's database; the problem's code on refusal. */
async function trySignIn(cwd: string, login: string, password: string): Promise<string> {
  const ctx = await openAppContext({ dataDir: path.join(cwd, '.menkou') });
  try {
    await loginWithPassword(ctx, login, password, '10.1.1.1');
    return 'ok';
  } catch (error) {
    if (isDomainError(error)) return error.problem.code;
    throw error;
  } finally {
    await ctx.close();
  }
}

async function auditActions(cwd: string): Promise<{ action: string; actor_login: string }[]> {
  const ctx = await openAppContext({ dataDir: path.join(cwd, '.menkou') });
  try {
    return await ctx.db.selectFrom('audit_log').select(['action', 'actor_login']).where('action', 'like', 'user.%').orderBy('id').execute();
  } finally {
    await ctx.close();
  }
}

describe('menkou users passwd|reset|disable|enable|unlock', () => {
  const cwd = tempDir('menkou-accounts-');

  it('resets, sets, disables and enables an account, each audited as the OS user', async () => {
    expect(menkou(cwd, ['users', 'add', '--role', 'county', '--name', '兴县', '--login', 'xx-officer', '--password', 'first-password-1', '--region', '141123']).status).toBe(0);
    const reset = menkou(cwd, ['users', 'reset', 'xx-officer']);
    expect(reset.status, reset.stderr).toBe(0);
    const temporary = /临时密码 temporary password: ([A-Za-z0-9]{16})/.exec(reset.stdout)?.[1] ?? '';
    expect(temporary).not.toBe('');
    expect(await trySignIn(cwd, 'xx-officer', 'first-password-1')).toBe('unauthorized');
    expect(await trySignIn(cwd, 'xx-officer', temporary)).toBe('ok');

    // A chosen password from stdin (not the command line, which other users can see).
    const passwd = menkou(cwd, ['users', 'passwd', 'xx-officer'], 'chosen-password-22\n');
    expect(passwd.status, passwd.stderr).toBe(0);
    expect(await trySignIn(cwd, 'xx-officer', 'chosen-password-22')).toBe('ok');
    const weak = menkou(cwd, ['users', 'passwd', 'xx-officer', '--password', 'weak']);
    expect(weak.status).toBe(2);
    expect(weak.stderr).toMatch(/密码至少 10 位.*at least 10 characters/);

    expect(menkou(cwd, ['users', 'disable', 'xx-officer']).stdout).toMatch(/已停用 disabled/);
    expect(await trySignIn(cwd, 'xx-officer', 'chosen-password-22')).toBe('forbidden');
    expect(menkou(cwd, ['users', 'list']).stdout).toMatch(/xx-officer.*已停用 disabled/);
    expect(menkou(cwd, ['users', 'enable', 'xx-officer']).status).toBe(0);
    expect(await trySignIn(cwd, 'xx-officer', 'chosen-password-22')).toBe('ok');
    expect(menkou(cwd, ['users', 'unlock', 'xx-officer']).stdout).toMatch(/已解锁 \/ unlocked/);

    const unknown = menkou(cwd, ['users', 'disable', 'nobody']);
    expect(unknown.status).toBe(2); // an unknown id is bad input
    expect(unknown.stderr.trim()).toMatch(/^错误 error: .*找不到该账户 \/ no such account$/);
    const actions = await auditActions(cwd);
    expect(actions.map((a) => a.action)).toEqual([
      'user.create', 'user.password.reset', 'user.password.reset', 'user.disable', 'user.enable', 'user.unlock',
    ]);
    expect(actions.every((a) => a.actor_login.startsWith('cli:'))).toBe(true);
    const help = menkou(cwd, ['users', '--help']);
    for (const verb of ['passwd', 'reset', 'disable', 'enable', 'unlock']) {
      // Chinese first, on the command's own line.
      expect(help.stdout, verb).toMatch(new RegExp(`^\\s+${verb}\\b[^\\n]*  [\u4e00-\u9fff]`, 'm'));
    }
  }, 600_000);

  it('gives the demo accounts random passwords, printed once and kept in a file of mode 600', async () => {
    const demoDir = tempDir('menkou-demo-logins-');
    const run = menkou(demoDir, ['demo', '--workers', '50']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('menkou-demo-2021');
    const printed = [...run.stdout.matchAll(/^\s+(\w+)\s+(\S+)\s+密码 password (\S+)/gm)].map((m) => ({ login: m[2], password: m[3] }));
    expect(printed.map((p) => p.login)).toEqual(['admin', 'shanxi', 'lvliang', 'xingxian', 'employer', 'checkin-taiyuan']);
    expect(new Set(printed.map((p) => p.password)).size).toBe(printed.length);
    const file = path.join(demoDir, '.menkou', 'demo-logins.txt');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const kept = fs.readFileSync(file, 'utf8');
    for (const p of printed) expect(kept).toContain(p.password);
    expect(await trySignIn(demoDir, 'admin', printed[0].password)).toBe('ok');
    expect(await trySignIn(demoDir, 'admin', 'menkou-demo-2021')).toBe('unauthorized');
  }, 300_000);
});
