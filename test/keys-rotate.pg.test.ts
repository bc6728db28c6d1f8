// Key rotation on both databases, with key files as an installation has them: a rotation
// cut short after a few batches (while the "server" writes under the old key) reads every
// row under either key and finds workers by the old blind index; resumed, it finishes with
// every sealed value readable under the new key only, every blind index and phone login
// rebuilt, the old key kept aside, and the audit chain intact.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { type AppContext, openAppContext } from '../src/app/context.js';
import { CLI_ACTOR } from '../src/auth/actor.js';
import { issueLoginCode } from '../src/auth/auth.service.js';
import { verifyAuditChain } from '../src/auth/audit-verify.service.js';
import { createKeyRingVault, createVault, nextKeyFile, readKeyRing, type Vault } from '../src/core/crypto.js';
import { buildDemo } from '../src/demo/demo.service.js';
import { keyCheckValue } from '../src/operations/key-check.js';
import { SEALED_TABLES } from '../src/operations/keys-rotate.repository.js';
import { ROTATION_STOPPED, rotateKeys } from '../src/operations/keys-rotate.service.js';
import { tempDir } from './fixtures.js';
import { createPgDatabase } from './pg-cluster.js';

type Sealed = Map<string, string>; // "table:key:column" -> plaintext

async function sealedValues(ctx: AppContext, open: (v: string) => string): Promise<Sealed> {
  const out: Sealed = new Map();
  for (const spec of SEALED_TABLES) {
    const keys = spec.key.map((k) => `${k.column}::text`).join(` || ':' || `);
    for (const c of spec.columns) {
      const { rows } = await sql<{ k: string; v: string }>`SELECT ${sql.raw(keys)} AS k, ${sql.raw(c.enc)} AS v FROM ${sql.raw(spec.table)} WHERE ${sql.raw(c.enc)} IS NOT NULL`.execute(ctx.db);
      for (const r of rows) out.set(`${spec.table}:${r.k}:${c.enc}`, open(r.v));
    }
  }
  return out;
}

const opens = (vault: Vault, value: string): boolean => {
  try {
    vault.decrypt(value);
    return true;
  } catch {
    return false;
  }
};

async function addGrievance(ctx: AppContext, vault: Vault, note: string): Promise<void> {
  const w = await ctx.db.selectFrom('workers').select(['province', 'id', 'campaign_id', 'region_code']).orderBy('id').executeTakeFirstOrThrow();
  const id = randomUUID();
  await sql`INSERT INTO grievances (province, id, worker_id, campaign_id, region_code, category, description_enc, reported_by)
    VALUES (${w.province}, ${id}::uuid, ${w.id}::uuid, ${w.campaign_id}::uuid, ${w.region_code}, 'unpaid_wages', ${vault.encrypt(`工资未付 ${note}`)}, 'worker')`.execute(ctx.db);
  await sql`INSERT INTO grievance_events (province, grievance_id, actor, actor_role, state_to, note_enc)
    VALUES (${w.province}, ${id}::uuid, 'worker', 'worker', 'received', ${vault.encrypt(`备注 ${note}`)})`.execute(ctx.db);
  await sql`INSERT INTO grievance_photos (province, grievance_id, mime, bytes, content_enc)
    VALUES (${w.province}, ${id}::uuid, 'image/png', 3, ${vault.encrypt(Buffer.from([1, 2, 3]).toString('base64'))})`.execute(ctx.db);
  await sql`INSERT INTO import_runs (kind, actor_login, region_prefix, file_name, status, errors_enc)
    VALUES ('workers', 'test', '14', 'w.xlsx', 'done', ${vault.encrypt(`errors ${note}`)})`.execute(ctx.db);
}

for (const kind of ['pglite', 'postgres'] as const) {
  const suite = kind === 'postgres' && !inject('pgUrl') ? describe.skip : describe;
  suite(`key rotation [${kind}]`, () => {
    it('cut short, read under either key, resumed: every record under the new key only', async () => {
      const dataDir = tempDir('menkou-rotate-');
      const keys = { keyFile: path.join(dataDir, 'master.key') };
      const databaseUrl = kind === 'postgres' ? await createPgDatabase(inject('pgUrl'), 'rotate') : undefined;
      let ctx = await openAppContext({ databaseUrl, dataDir, ...keys, seedDemo: false });
      try {
        const demo = await buildDemo(ctx, { workers: 90, seed: 18 });
        const oldKey = Buffer.from(fs.readFileSync(keys.keyFile, 'utf8').trim(), 'hex');
        const oldVault = createVault(oldKey);
        await addGrievance(ctx, oldVault, 'a');
        const phone = demo.accounts.workerCode?.phone ?? '';
        expect(phone).toMatch(/^1\d{10}$/);

        await expect(rotateKeys(ctx, CLI_ACTOR, keys, { batch: 13, stopAfterBatches: 3, settleMs: 0 })).rejects.toThrow(ROTATION_STOPPED);
        const nextFile = nextKeyFile(keys.keyFile);
        expect(fs.statSync(nextFile).mode & 0o777).toBe(0o600);
        const newVault = createVault(Buffer.from(fs.readFileSync(nextFile, 'utf8').trim(), 'hex'));
        const newCheck = keyCheckValue(newVault);
        const marked = await sql<{ n: number }>`SELECT count(*)::int AS n FROM workers WHERE key_check = ${newCheck}`.execute(ctx.db);
        expect(marked.rows[0].n).toBe(39);

        // Halfway, a process reading through the key files opens every row, whichever key sealed it,
        // and lookups still go by the old key's index.
        const ring = createKeyRingVault(() => readKeyRing(keys));
        const plain = await sealedValues(ctx, (v) => ring.decrypt(v));
        expect([...plain.keys()].some((k) => k.startsWith('grievance_events:'))).toBe(true);
        const sample = await ctx.db.selectFrom('workers').select(['id', 'id_enc', 'id_hash', 'key_check']).orderBy('province').orderBy('id').limit(5).execute();
        expect(sample.every((w) => w.key_check === newCheck && opens(newVault, w.id_enc) && !opens(oldVault, w.id_enc))).toBe(true);
        for (const w of sample) expect(w.id_hash).toBe(oldVault.blindIndex(ring.decrypt(w.id_enc)));

        // Meanwhile the server (old key) changes a re-sealed worker's phone and files a grievance.
        const moved = sample[0];
        const newPhone = '13912345678';
        await ctx.db.updateTable('workers').set({ phone_enc: oldVault.encrypt(newPhone), phone_hash: oldVault.blindIndex(newPhone) }).where('id', '=', moved.id).execute();
        const unmarked = await ctx.db.selectFrom('workers').select(['key_check', 'id_hash_next']).where('id', '=', moved.id).executeTakeFirstOrThrow();
        expect(unmarked).toEqual({ key_check: null, id_hash_next: null });
        await addGrievance(ctx, oldVault, 'b');
        const expected = await sealedValues(ctx, (v) => ring.decrypt(v));
        expect(expected.size).toBeGreaterThan(plain.size);

        const result = await rotateKeys(ctx, CLI_ACTOR, keys, { batch: 13, settleMs: 0 });
        expect(result.resumed).toBe(true);
        expect(result.logins.rekeyed).toBeGreaterThanOrEqual(1);
        await ctx.close();

        // The new key is the key; the old one is kept aside, mode 600.
        expect(fs.existsSync(nextFile)).toBe(false);
        expect(keyCheckValue(createVault(Buffer.from(fs.readFileSync(keys.keyFile, 'utf8').trim(), 'hex')))).toBe(newCheck);
        expect(result.oldKeyFile).toBeTruthy();
        expect(fs.readFileSync(result.oldKeyFile as string, 'utf8').trim()).toBe(oldKey.toString('hex'));
        expect(fs.statSync(result.oldKeyFile as string).mode & 0o777).toBe(0o600);

        ctx = await openAppContext({ databaseUrl, dataDir, ...keys, seedDemo: false });
        // Every sealed value: the same plaintext, opened by the new key, never by the old.
        const after = await sealedValues(ctx, (v) => {
          expect(opens(oldVault, v)).toBe(false);
          return newVault.decrypt(v);
        });
        expect(after).toEqual(expected);
        // Every blind index rebuilt: each worker found by identity number and phone under the new key.
        const workers = await ctx.db.selectFrom('workers').select(['id', 'id_enc', 'id_hash', 'phone_enc', 'phone_hash', 'id_hash_next', 'key_check']).execute();
        expect(workers.length).toBe(90);
        for (const w of workers) {
          expect(w.key_check).toBe(newCheck);
          expect(w.id_hash_next).toBeNull();
          expect(w.id_hash).toBe(newVault.blindIndex(newVault.decrypt(w.id_enc)));
          if (w.phone_enc) expect(w.phone_hash).toBe(newVault.blindIndex(newVault.decrypt(w.phone_enc)));
        }
        const byPhone = await ctx.db.selectFrom('workers').select('id').where('phone_hash', '=', ctx.vault.blindIndex(newPhone)).execute();
        expect(byPhone.map((w) => w.id)).toEqual([moved.id]);
        // The demo worker still signs in by phone: the account's login was re-indexed.
        expect(await issueLoginCode(ctx, phone)).toBeDefined();
        const rotation = await sql<{ state: string }>`SELECT state FROM key_rotations`.execute(ctx.db);
        expect(rotation.rows).toEqual([{ state: 'done' }]);
        expect((await verifyAuditChain(ctx)).problems).toEqual([]);
        const actions = await ctx.db.selectFrom('audit_log').select('action').where('action', 'like', 'keys.%').orderBy('id').execute();
        expect(actions.map((a) => a.action)).toEqual(['keys.rotate.start', 'keys.rotate.switch', 'keys.rotate.done']);
      } finally {
        await ctx.close();
      }
    }, 120_000);
  });
}

it('every sealed column of the schema is one the rotation re-seals', async () => {
  const ctx = await openAppContext({ masterKeyHex: 'ab'.repeat(32), seedDemo: false });
  try {
    const { rows } = await sql<{ t: string; c: string }>`SELECT table_name AS t, column_name AS c FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name LIKE '%\\_enc' ORDER BY 1, 2`.execute(ctx.db);
    const covered = new Set(SEALED_TABLES.flatMap((s) => s.columns.map((c) => `${s.table}.${c.enc}`)));
    // Accounts' sealed columns (TOTP secrets) are re-sealed at the switch, whichever they are.
    expect(rows.filter((r) => r.t !== 'users' && !covered.has(`${r.t}.${r.c}`))).toEqual([]);
  } finally {
    await ctx.close();
  }
});
