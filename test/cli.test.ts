// The menkou command as an officer runs it: real processes, real files, exit statuses.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../src/core/id-number.js';
import { tempDir, WORKER_HEADER, writeXlsx } from './fixtures.js';

const BIN = path.resolve('bin/menkou.js');

function menkou(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, MENKOU_DEMO: 'off', LOG_LEVEL: 'warn', ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('menkou CLI on the embedded database', () => {
  const cwd = tempDir('menkou-cli-');
  const id = makeIdNumber('141124', '1990-05-01', 123);

  it('imports with --json as the last line, and reports refused rows with exit 0', async () => {
    const file = await writeXlsx(path.join(cwd, 'w.xlsx'), [
      WORKER_HEADER,
      [1, '王小明', id, '13812345678', '临县', '是', '', '', '', ''],
      [2, '坏行', `${id.slice(0, 17)}0`, '', '临县', '', '', '', '', ''],
    ]);
    const run = menkou(cwd, ['import', 'workers', file, '--json', '--errors', path.join(cwd, 'errors.xlsx')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(JSON.parse(lines[lines.length - 1])).toEqual({ imported: 1, updated: 0, unchanged: 0, refused: 1 });
    expect(run.stdout).toMatch(/第 3 行 row 3: 身份证号/);
    expect(run.stdout).not.toContain(id.slice(0, 17)); // numbers are masked on screen
    expect(fs.existsSync(path.join(cwd, 'errors.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(cwd, '.menkou', 'master.key'))).toBe(true);
  });

  it('--strict exits 1 and stores nothing', async () => {
    const file = await writeXlsx(path.join(cwd, 's.xlsx'), [
      WORKER_HEADER,
      [1, '新人', makeIdNumber('141124', '1995-02-02', 333), '', '临县', '', '', '', '', ''],
      [2, '坏行', 'x', '', '临县', '', '', '', '', ''],
    ]);
    const run = menkou(cwd, ['import', 'workers', file, '--strict', '--json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout.trim().split('\n').pop() ?? '')).toEqual({ imported: 0, updated: 0, unchanged: 0, refused: 1 });
  });

  it('a file that is not a spreadsheet exits 2 with one line and no stack trace', () => {
    const junk = path.join(cwd, 'junk.xlsx');
    fs.writeFileSync(junk, Buffer.from('PK\u0003\u0004 not really a zip'));
    const run = menkou(cwd, ['import', 'jobs', junk]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/无法读取.*cannot read/);
    expect(run.stderr).not.toMatch(/\s+at\s/);
    const missing = menkou(cwd, ['import', 'workers', path.join(cwd, 'nope.csv')]);
    expect(missing.status).toBe(2);
  });

  it('exports masked workers and has --help on every command', () => {
    const out = path.join(cwd, 'out.xlsx');
    const run = menkou(cwd, ['export', 'workers', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/exported 1 rows/);
    for (const args of [['--help'], ['import', 'workers', '--help'], ['export', 'jobs', '--help'], ['demo', '--help'], ['serve', '--help'], ['db', 'migrate', '--help']]) {
      const help = menkou(cwd, args);
      expect(help.status, args.join(' ')).toBe(0);
      expect(help.stdout).toMatch(/Usage: menkou/);
    }
  }, 240_000);
});
