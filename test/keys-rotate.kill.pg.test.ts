// `menkou keys rotate` as an operator runs it, SIGKILLed halfway: on PostgreSQL (so the test
// can watch the rotation's progress from outside while the process runs) the child is killed
// once some batches are in, a second run resumes and finishes, and every worker is readable
// and findable under the new key only; the old key file is kept aside.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { openAppContext } from '../src/app/context.js';
import { createVault } from '../src/core/crypto.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { tempDir } from './fixtures.js';
import { createPgDatabase } from './pg-cluster.js';

const BIN = path.resolve('bin/menkou.js');

const suite = inject('pgUrl') ? describe : describe.skip;

suite('keys rotate killed with SIGKILL and run again [postgres]', () => {
  it('resumes where the batches stopped and ends under the new key only', async () => {
    const dataDir = tempDir('menkou-rotate-kill-');
    const keyFile = path.join(dataDir, 'master.key');
    const databaseUrl = await createPgDatabase(inject('pgUrl'), 'rotkill');
    const env = { ...process.env, DATABASE_URL: databaseUrl, MENKOU_DATA_DIR: dataDir, MENKOU_KEY: '', LOG_LEVEL: 'silent' };
    const setup = await openAppContext({ databaseUrl, dataDir, keyFile, seedDemo: false });
    await buildDemo(setup, { workers: 400, seed: 3 });
    const oldVault = createVault(Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'hex'));

    const child = spawn(process.execPath, [BIN, 'keys', 'rotate', '--batch', '1'], { env, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let done = 0;
    for (let i = 0; i < 600 && done < 25; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { rows } = await sql<{ done: number | null }>`SELECT (progress->'workers'->>'done')::int AS done FROM key_rotations`.execute(setup.db).catch(() => ({ rows: [] }));
      done = rows[0]?.done ?? 0;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const halfway = await sql<{ state: string; done: number }>`SELECT state, (progress->'workers'->>'done')::int AS done FROM key_rotations`.execute(setup.db);
    expect(halfway.rows[0].state).toBe('rekeying');
    expect(halfway.rows[0].done).toBeGreaterThanOrEqual(25);
    expect(halfway.rows[0].done).toBeLessThan(400);
    expect(fs.existsSync(`${keyFile}.next`)).toBe(true);
    await setup.close();

    const again = spawnSync(process.execPath, [BIN, 'keys', 'rotate'], { env, encoding: 'utf8', timeout: 120_000 });
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/resumed and finished/);
    expect(again.stdout).toMatch(/master\.key\.old-/);

    const ctx = await openAppContext({ databaseUrl, dataDir, keyFile, seedDemo: false });
    try {
      const workers = await ctx.db.selectFrom('workers').select(['id', 'id_enc', 'id_hash', 'phone_enc', 'phone_hash']).execute();
      expect(workers).toHaveLength(400);
      for (const w of workers) {
        expect(() => oldVault.decrypt(w.id_enc)).toThrow();
        const id = ctx.vault.decrypt(w.id_enc);
        const found = await ctx.db.selectFrom('workers').select('id').where('id_hash', '=', ctx.vault.blindIndex(id)).execute();
        expect(found.map((f) => f.id)).toEqual([w.id]);
        if (w.phone_enc) expect(w.phone_hash).toBe(ctx.vault.blindIndex(ctx.vault.decrypt(w.phone_enc)));
      }
      const old = fs.readdirSync(dataDir).filter((f) => f.startsWith('master.key.old-'));
      expect(old).toHaveLength(1);
      const rotation = await sql<{ state: string }>`SELECT state FROM key_rotations`.execute(ctx.db);
      expect(rotation.rows).toEqual([{ state: 'done' }]);
    } finally {
      await ctx.close();
    }
  }, 240_000);
});
