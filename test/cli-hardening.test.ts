// The menkou command against a careless or hostile user: real processes, real files.
// Every write is audited as the OS user, every failure is one bilingual line and exit 2
// (bad input) or 4 (the embedded database is held by another process), never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../src/core/id-number.js';
import { tempDir, WORKER_HEADER, writeXlsx } from './fixtures.js';

const BIN = path.resolve('bin/menkou.js');
const ENV = { MENKOU_DEMO: 'off', LOG_LEVEL: 'warn' };
const USER = (() => {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? '';
  }
})();

function menkou(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...ENV }, timeout: 240_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One bilingual line on stderr, no stack trace. */
function expectOneLine(run: { stderr: string }, pattern: RegExp): void {
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff].* \/ .*[a-z]/);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at\s/);
}

const SLOW = 300_000;

describe('menkou CLI, hardened', () => {
  const cwd = tempDir('menkou-cli-hard-');

  it('imports and exports as the OS user, both in the audit log; a bad phone is shown as typed; --errors .csv is written 600', async () => {
    const file = await writeXlsx(path.join(cwd, 'w.xlsx'), [
      WORKER_HEADER,
      [1, '王小明', makeIdNumber('141124', '1990-05-01', 123), '13812345678', '临县', '是', '', '', '', ''],
      [2, '坏电话', makeIdNumber('141124', '1991-05-01', 125), '1381234', '临县', '', '', '', '', ''],
    ]);
    const errors = path.join(cwd, 'e.csv');
    const run = menkou(cwd, ['import', 'workers', file, '--json', '--errors', errors]);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop() ?? '')).toEqual({ imported: 1, updated: 0, unchanged: 0, refused: 1 });
    expect(run.stdout).toContain('手机号「1381234」');
    expect(fs.readFileSync(errors, 'utf8')).toMatch(/^\ufeff序号,姓名/);
    expect(fs.statSync(errors).mode & 0o777).toBe(0o600);
    expect(run.stderr).toMatch(/权限 600.*mode 600/);

    const again = menkou(cwd, ['import', 'workers', file, '--json']);
    expect(JSON.parse(again.stdout.trim().split('\n').pop() ?? '')).toEqual({ imported: 0, updated: 0, unchanged: 1, refused: 1 });

    expect(menkou(cwd, ['export', 'workers', '--out', path.join(cwd, 'out.xlsx')]).status).toBe(0);
    const audit = menkou(cwd, ['audit', '--json']);
    const entries = audit.stdout.trim().split('\n').map((line) => JSON.parse(line) as { action: string; actorLogin: string; after: unknown });
    const actions = entries.map((e) => `${e.action} ${e.actorLogin}`);
    expect(actions).toEqual(expect.arrayContaining([`worker.import cli:${USER}`, `worker.export cli:${USER}`]));
    expect(entries.filter((e) => e.action === 'worker.import')).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toContain('13812345678');
  }, SLOW);

  it('refuses an --errors or --out file by its extension, or in a folder it cannot write, before doing anything', () => {
    const txt = menkou(cwd, ['import', 'workers', path.join(cwd, 'w.xlsx'), '--errors', path.join(cwd, 'e.txt')]);
    expect(txt.status).toBe(2);
    expectOneLine(txt, /\.xlsx \/ \.csv/);
    const nowhere = menkou(cwd, ['import', 'workers', path.join(cwd, 'w.xlsx'), '--errors', path.join(cwd, 'no', 'such', 'e.xlsx')]);
    expect(nowhere.status).toBe(2);
    expectOneLine(nowhere, /无法写入.*cannot write/);
    const manifest = menkou(cwd, ['trips', 'manifest', '--trip', '00000000-0000-4000-8000-000000000000', '--out', path.join(cwd, 'm.txt')]);
    expect(manifest.status).toBe(2);
    expectOneLine(manifest, /\.pdf \/ \.xlsx/);
  }, SLOW);

  it('unknown or malformed campaign and trip ids exit 2', () => {
    const unknownTrip = menkou(cwd, ['trips', 'manifest', '--trip', '00000000-0000-4000-8000-000000000000', '--out', path.join(cwd, 'm.pdf')]);
    expect(unknownTrip.status).toBe(2);
    expectOneLine(unknownTrip, /找不到该车次.*no such trip/);
    const badCampaign = menkou(cwd, ['allocate', '--campaign', 'nope']);
    expect(badCampaign.status).toBe(2);
    expectOneLine(badCampaign, /UUID/);
    const unknownImport = menkou(cwd, ['import', 'workers', path.join(cwd, 'w.xlsx'), '--campaign', '00000000-0000-4000-8000-000000000000']);
    expect(unknownImport.status).toBe(2);
    expectOneLine(unknownImport, /no such campaign/);
  }, SLOW);

  it('plan-trips and match on a missing, binary or malformed file: one line, exit 2', () => {
    const binary = path.join(cwd, 'binary.json');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe, 1, 2, 3]));
    const malformed = path.join(cwd, 'malformed.json');
    fs.writeFileSync(malformed, `{"vehicle": ${'9'.repeat(5000)}`);
    const wrongShape = path.join(cwd, 'shape.json');
    fs.writeFileSync(wrongShape, '{"vehicle": "coach"}');
    for (const instance of [path.join(cwd, 'missing.json'), binary, malformed, wrongShape]) {
      for (const command of ['plan-trips', 'match']) {
        const run = menkou(cwd, [command, instance, '--out', path.join(cwd, 'plan.json')]);
        expect(run.status, `${command} ${path.basename(instance)}: ${run.stderr}`).toBe(2);
        expectOneLine(run, /./);
        expect(run.stderr.length).toBeLessThan(600);
      }
    }
    expect(fs.existsSync(path.join(cwd, 'plan.json'))).toBe(false);
  }, SLOW);

  it('match and plan-trips help is Chinese first', () => {
    for (const command of ['match', 'plan-trips']) {
      const help = menkou(cwd, [command, '--help']);
      expect(help.status).toBe(0);
      const description = help.stdout.split('\n').find((line) => line.trim() !== '' && !line.startsWith('Usage'));
      expect(description?.trim(), command).toMatch(/^[\u4e00-\u9fff]/);
    }
  }, SLOW);

  it('menkou demo run twice says the demo exists; --force sets the old one aside and builds anew', () => {
    const dir = tempDir('menkou-cli-demo-');
    const first = menkou(dir, ['demo', '--workers', '40']);
    expect(first.status, first.stderr).toBe(0);
    const second = menkou(dir, ['demo', '--workers', '40']);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/演示活动已存在.*--force/);
    expect(second.stdout).not.toMatch(/劳动力 workers 40/);
    const forced = menkou(dir, ['demo', '--workers', '40', '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/已改名为.*replaced/);
    const audit = menkou(dir, ['audit', '--json', '--action', 'demo.build']);
    expect(audit.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { actorLogin: string }).actorLogin)).toEqual([`cli:${USER}`, `cli:${USER}`]);
    // The audit filters reach the CLI too: by actor, and a bad day is one line, exit 2.
    expect(menkou(dir, ['audit', '--json', '--action', 'demo.build', '--actor', 'nobody']).stdout.trim()).toBe('');
    const badDay = menkou(dir, ['audit', '--from', '2021-1-6']);
    expect([badDay.status, badDay.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(badDay.stderr).toContain('--from');
  }, SLOW);
});

describe('the embedded database held by a running server', () => {
  const cwd = tempDir('menkou-cli-lock-');
  let server: ReturnType<typeof spawn> | undefined;
  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  });

  it('an import, and a read command, say the server holds it and what to do (exit 4)', async () => {
    server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd, env: { ...process.env, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      server?.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('is running')) resolve();
      });
      server?.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
    });
    const file = await writeXlsx(path.join(cwd, 'w.xlsx'), [WORKER_HEADER, [1, '王小明', makeIdNumber('141124', '1990-05-01', 123), '', '临县', '', '', '', '', '']]);
    for (const args of [['import', 'workers', file], ['users', 'list']]) {
      const run = menkou(cwd, args);
      expect(run.status, args.join(' ')).toBe(4);
      expectOneLine(run, /pid \d+.*DATABASE_URL/);
      expect(run.stderr).not.toMatch(/Aborted/);
    }
  }, SLOW);
});
