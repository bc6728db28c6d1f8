// Backup and restore on both databases: a campaign backed up mid-day (coaches seated,
// check-ins recorded, a grievance filed, the audit log chained) is restored into an empty
// target and every table comes back equal, row for row; the audit chain verifies. Restore
// refuses a wrong key, a newer migration level, a non-empty target and a damaged file, and
// a restore that fails halfway leaves the target as empty as it found it.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, inject, it } from 'vitest';
import { type AppContext, openAppContext } from '../src/app/context.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { verifyAuditChain } from '../src/auth/audit-verify.service.js';
import { vaultSeed } from '../src/core/crypto.js';
import { isDomainError } from '../src/core/errors.js';
import { recordCheckins } from '../src/departure/checkins.service.js';
import { openDatabase } from '../src/db/database.js';
import { type BackupManifest, readBackupHeader } from '../src/operations/backup.format.js';
import { listTables, userTables } from '../src/operations/backup.repository.js';
import { createBackup } from '../src/operations/backup.service.js';
import { pgToolAvailable } from '../src/operations/backup.pgdump.js';
import { restoreBackup, type RestoreTarget } from '../src/operations/restore.service.js';
import { describeEachDatabase, type DbKindName } from './db.js';
import { tempDir } from './fixtures.js';
import { createPgDatabase } from './pg-cluster.js';
import { seatDemoDay } from './seated-day.js';

const DAY = '2021-01-06';

/** Every table's rows as the database renders them, sorted: equal dumps mean equal data. */
async function dumpAll(ctx: Pick<AppContext, 'db'>): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const table of await listTables(ctx.db)) {
    const { rows } = await sql<{ j: string }>`SELECT row_to_json(t)::text AS j FROM ${sql.table(table.name)} t`.execute(ctx.db);
    out.set(table.name, rows.map((r) => r.j).sort());
  }
  return out;
}

async function emptyTarget(kind: DbKindName, keyHex: string): Promise<RestoreTarget> {
  const dataDir = tempDir('menkou-restore-');
  const base = { dataDir, masterKeyHex: keyHex, keyFile: path.join(dataDir, 'master.key') };
  return kind === 'pglite' ? base : { ...base, databaseUrl: await createPgDatabase(inject('pgUrl'), 'restore') };
}

async function tablesIn(target: RestoreTarget): Promise<string[]> {
  if (!target.databaseUrl && !fs.existsSync(path.join(target.dataDir, 'pgdata'))) return [];
  const handle = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.databaseUrl ? undefined : target.dataDir });
  try {
    return await userTables(handle.db);
  } finally {
    await handle.close();
  }
}

async function databaseUrlOf(ctx: AppContext): Promise<string> {
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(ctx.db);
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${rows[0].name}`;
  return url.toString();
}

function rewriteManifest(file: string, out: string, change: (m: BackupManifest) => void): string {
  const header = readBackupHeader(file);
  change(header.manifest);
  const json = Buffer.from(`${JSON.stringify(header.manifest, null, 2)}\n`);
  const payload = fs.readFileSync(file).subarray(header.payloadOffset);
  fs.writeFileSync(out, Buffer.concat([Buffer.from(`MENKOU-BACKUP 1 ${json.length}\n`), json, payload]));
  return out;
}

async function refusal(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    expect(isDomainError(error), String(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('restore did not refuse');
}

describeEachDatabase('backup and restore', (ctx, kind) => {
  const dir = tempDir('menkou-backup-');
  const file = path.join(dir, 'mid-day.menkou-backup');
  let keyHex = '';
  let before = new Map<string, string[]>();
  let manifest: BackupManifest;

  it('backs up a campaign mid-day: a consistent snapshot with its manifest, mode 600', async () => {
    keyHex = Buffer.from(vaultSeed(ctx().vault)).toString('hex');
    const day = await seatDemoDay(ctx(), { passengers: 60, date: DAY, seed: 16 });
    const items = day.passengers.slice(0, 25).map((p, i) => ({
      id: randomUUID(), tripId: p.tripId, workerId: p.workerId, at: `${DAY}T07:${String(10 + i).padStart(2, '0')}:00.123456+08:00`,
      identity: 'verified', temperature: i === 3 ? 38.2 : 36.5, security: 'passed',
    }));
    await recordCheckins(ctx(), CLI_ACTOR, { deviceId: 'phone-1', items });
    before = await dumpAll(ctx());
    manifest = await createBackup(ctx(), CLI_ACTOR, file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const counts = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    for (const [table, rows] of before) expect(counts[table], table).toBe(rows.length);
    expect(counts.workers).toBeGreaterThanOrEqual(78);
    expect(counts.checkin_records).toBe(25);
    expect(counts.audit_log).toBeGreaterThan(0);
    expect(manifest.migrations).toContain('0017-audit-chain');
    expect(manifest.reminder.zh).toContain('不含主密钥');
    // The head names the backup and the manifest is readable without menkou.
    const head = fs.readFileSync(file).subarray(0, 4096).toString('utf8');
    expect(head).toMatch(/^MENKOU-BACKUP 1 \d+\n\{/);
    expect(head).toContain('does NOT contain the master key');
    // The backup itself is audited, after its snapshot.
    const last = await ctx().db.selectFrom('audit_log').select('action').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last.action).toBe('backup.create');
  });

  it('restores into an empty target: every table equal, row for row, and the audit chain intact', async () => {
    const target = await emptyTarget(kind, keyHex);
    await restoreBackup(file, target);
    const restored = await openAppContext({ ...target, seedDemo: false });
    try {
      const after = await dumpAll(restored);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [table, rows] of before) expect(after.get(table), table).toEqual(rows);
      const chain = await verifyAuditChain(restored);
      expect(chain.problems).toEqual([]);
      expect(chain.checked).toBe(before.get('audit_log')?.length);
      // Sequences go on after the restored rows, and the chain takes a new entry.
      const worker = await restored.db.selectFrom('workers').select(['id_enc']).executeTakeFirstOrThrow();
      expect(restored.vault.decrypt(worker.id_enc)).toMatch(/^\d{17}[\dX]$/);
      await createBackup(restored, CLI_ACTOR, path.join(dir, 'again.menkou-backup'));
      expect((await verifyAuditChain(restored)).problems).toEqual([]);
    } finally {
      await restored.close();
    }
    // Restoring again into the now full target is refused.
    expect(await refusal(restoreBackup(file, target))).toMatch(/not empty/);
  });

  it('refuses a wrong key, a newer migration level and a damaged file, touching nothing', async () => {
    const wrongKey = await emptyTarget(kind, randomBytes(32).toString('hex'));
    expect(await refusal(restoreBackup(file, wrongKey))).toMatch(/not the one the backup was made under/);
    expect(await tablesIn(wrongKey)).toEqual([]);

    const noKey = await emptyTarget(kind, '');
    expect(await refusal(restoreBackup(file, { ...noKey, masterKeyHex: undefined }))).toMatch(/no master key found/);
    expect(fs.existsSync(noKey.keyFile)).toBe(false);

    const newer = rewriteManifest(file, path.join(dir, 'newer.menkou-backup'), (m) => m.migrations.push('0999-from-the-future'));
    const target = await emptyTarget(kind, keyHex);
    expect(await refusal(restoreBackup(newer, target))).toMatch(/newer menkou.*0999-from-the-future/);

    const damaged = path.join(dir, 'damaged.menkou-backup');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 100] ^= 0x5a;
    fs.writeFileSync(damaged, bytes);
    expect(await refusal(restoreBackup(damaged, target))).toMatch(/SM3 checksum/);
    const cut = path.join(dir, 'cut.menkou-backup');
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, fs.statSync(file).size - 10));
    expect(await refusal(restoreBackup(cut, target))).toMatch(/SM3 checksum/);
    expect(await refusal(restoreBackup(path.join(dir, 'missing'), target))).toMatch(/cannot be read/);
    expect(await tablesIn(target)).toEqual([]);
  });

  it('a restore that fails halfway leaves the target empty', async () => {
    // The manifest promises one check-in more than the payload holds: found only while loading.
    const short = rewriteManifest(file, path.join(dir, 'short.menkou-backup'), (m) => {
      const t = m.tables.find((x) => x.name === 'checkin_records');
      if (t) t.rows += 1;
    });
    const target = await emptyTarget(kind, keyHex);
    expect(await refusal(restoreBackup(short, target))).toMatch(/checkin_records/);
    expect(await tablesIn(target)).toEqual([]);
    await restoreBackup(file, target);
    expect((await tablesIn(target)).length).toBeGreaterThan(10);
  });

  it.runIf(kind === 'postgres' && pgToolAvailable('pg_dump'))('on PostgreSQL, a pg_dump archive of the same snapshot restores equal through pg_restore', async () => {
    const now = await dumpAll(ctx());
    const archive = path.join(dir, 'pg.menkou-backup');
    const made = await createBackup(ctx(), CLI_ACTOR, archive, undefined, { format: 'pg_dump', databaseUrl: await databaseUrlOf(ctx()) });
    expect(made.payload).toBe('pg_dump-custom');
    expect(made.tables.find((t) => t.name === 'workers')?.rows).toBe(now.get('workers')?.length);
    const target = await emptyTarget(kind, keyHex);
    await restoreBackup(archive, target);
    const restored = await openAppContext({ ...target, seedDemo: false });
    try {
      const after = await dumpAll(restored);
      for (const [table, rows] of now) expect(after.get(table), table).toEqual(rows);
      expect((await verifyAuditChain(restored)).problems).toEqual([]);
    } finally {
      await restored.close();
    }
    expect(await refusal(restoreBackup(archive, target))).toMatch(/not empty/);
    const embedded = { ...(await emptyTarget('pglite', keyHex)) };
    expect(await refusal(restoreBackup(archive, embedded))).toMatch(/PostgreSQL only/);
  });
});
