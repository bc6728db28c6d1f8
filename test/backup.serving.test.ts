// `menkou backup` on the embedded database while `menkou serve` holds it and signs people in
// (sessions and audit entries written throughout): the backup copies the folder and dumps the
// copy; `menkou restore` puts it into a new folder, `menkou audit verify` finds the chain
// intact there, and the restored workers and journey equal the server's.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { type AppContext, openAppContext } from '../src/app/context.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { readBackupHeader } from '../src/operations/backup.format.js';
import { tempDir } from './fixtures.js';

const BIN = path.resolve('bin/menkou.js');

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function rowsOf(ctx: AppContext, table: string, order: string): Promise<string[]> {
  const { rows } = await sql<{ j: string }>`SELECT row_to_json(t)::text AS j FROM ${sql.table(table)} t ORDER BY ${sql.raw(order)}`.execute(ctx.db);
  return rows.map((r) => r.j);
}

it('backs up the embedded database from under a running server, and the copy restores whole', async () => {
  const dataDir = tempDir('menkou-serving-');
  const env = { ...process.env, MENKOU_DATA_DIR: dataDir, MENKOU_KEY: '', DATABASE_URL: '', MENKOU_DEMO: 'off', LOG_LEVEL: 'warn' };
  const setup = await openAppContext({ dataDir, keyFile: path.join(dataDir, 'master.key'), seedDemo: false });
  const demo = await buildDemo(setup, { workers: 40, seed: 7 });
  const password = demo.accounts.logins.find((l) => l.login === 'admin')?.password ?? '';
  await setup.close();

  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopped = new Promise((resolve) => server.on('exit', resolve));
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i += 1) {
      const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Sign-ins go on while the backup runs: sessions and audit entries are written throughout.
    let signing = true;
    let signedIn = 0;
    const writer = (async () => {
      while (signing) {
        const response = await fetch(`${base}/api/auth/login`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password }),
        }).catch(() => undefined);
        if (response?.ok) signedIn += 1;
        await response?.arrayBuffer();
        // Paced: scrypt on two cores would otherwise starve the backup it runs beside.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const file = path.join(dataDir, '..', `${path.basename(dataDir)}.backup`);
    const backup = await run(['backup', '--out', file], env);
    signing = false;
    await writer;
    expect(backup.stderr).toContain('does NOT contain the master key');
    expect(backup.status, backup.stderr).toBe(0);
    expect(signedIn).toBeGreaterThan(0);
    const manifest = readBackupHeader(file).manifest;
    expect(manifest.copiedWhileServing).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // The server went on serving and still holds its folder.
    expect((await fetch(`${base}/api/health`)).ok).toBe(true);
    server.kill('SIGTERM');
    await stopped;

    const restoredDir = tempDir('menkou-serving-restored-');
    fs.copyFileSync(path.join(dataDir, 'master.key'), path.join(restoredDir, 'master.key'));
    const restoredEnv = { ...env, MENKOU_DATA_DIR: restoredDir };
    const restore = await run(['restore', file], restoredEnv);
    expect(restore.status, restore.stderr).toBe(0);
    const verify = await run(['audit', 'verify'], restoredEnv);
    expect(verify.status, verify.stdout).toBe(0);
    expect(verify.stdout).toContain('intact');

    const original = await openAppContext({ dataDir, keyFile: path.join(dataDir, 'master.key'), seedDemo: false });
    const restored = await openAppContext({ dataDir: restoredDir, keyFile: path.join(restoredDir, 'master.key'), seedDemo: false });
    try {
      expect(await rowsOf(restored, 'workers', 'province, id')).toEqual(await rowsOf(original, 'workers', 'province, id'));
      expect(await rowsOf(restored, 'worker_events', 'province, id')).toEqual(await rowsOf(original, 'worker_events', 'province, id'));
      // The audit log as of the copy: a prefix of the server's, every entry equal.
      const restoredAudit = await rowsOf(restored, 'audit_log', 'id');
      const originalAudit = await rowsOf(original, 'audit_log', 'id');
      expect(restoredAudit.length).toBe(manifest.tables.find((t) => t.name === 'audit_log')?.rows);
      expect(originalAudit.slice(0, restoredAudit.length)).toEqual(restoredAudit);
    } finally {
      await original.close();
      await restored.close();
    }
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
  }
}, 240_000);
