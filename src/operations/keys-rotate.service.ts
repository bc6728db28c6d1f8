// `menkou keys rotate`: every sealed value re-sealed under a new master key, the blind
// indexes rebuilt, while the server keeps serving. The design (README, "Backup, restore and
// key rotation"):
//  1. The new key is written beside the key file as master.key.next (mode 600) before anything
//     else, and the rotation recorded with both keys' check values. Every menkou process reads
//     under either key from then on (src/core/crypto.ts createKeyRingVault looks at the files).
//  2. Batches in key order, one transaction each: rows locked, opened under whichever key
//     sealed them, sealed under the new one and marked (key_check); the new blind indexes are
//     staged beside the live ones, which the server goes on using; the cursor is saved in the
//     same transaction, so a kill loses at most the batch in flight. Rows the server writes
//     meanwhile are unmarked by migration 0018's trigger and found again.
//  3. The switch, one transaction with writers held: the last unmarked rows, worker accounts'
//     phone logins and sealed account columns (TOTP), staged indexes made live, pending codes
//     dropped. Then master.key is kept as master.key.old-<time> and master.key.next renamed over
//     it (atomic); servers follow within a second, and a last sweep re-seals whatever they
//     wrote under the old key in that second.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../app/context.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../auth/audit.service.js';
import { createVault, loadMasterKey, nextKeyFile, type Vault } from '../core/crypto.js';
import { domainError } from '../core/errors.js';
import type { Db } from '../db/database.js';
import { keyCheckValue } from './key-check.js';
import {
  allowRekey, countUnsealed, dropPendingCodes, installStagedIndexes, lockSealedTables, nextUnsealed, openRotation, phoneLogins, type Rotation,
  saveProgress, SEALED_TABLES, type SealedTable, setLogin, setRotationState, startRotation, updateUserSealed, userSealedColumns, usersWithSealed, writeSealed,
} from './keys-rotate.repository.js';

export type KeySettings = { masterKeyHex?: string; keyFile: string };

export type RotateOptions = {
  /** A file holding the new key (64 hex characters); else one is generated. */
  newKeyFile?: string;
  /** Rows per batch (at most each table's own batch size). */
  batch?: number;
  /** Stop after this many batches (tests: a rotation cut short, then resumed). */
  stopAfterBatches?: number;
  /** How long servers may take to notice the swapped key files before the last sweep. */
  settleMs?: number;
  progress?: (done: number, total: number) => void;
};

export type RotateResult = {
  resumed: boolean;
  resealed: number;
  logins: { rekeyed: number; unmatched: number };
  codesDropped: number;
  oldKeyFile: string | null;
  /** With MENKOU_KEY the operator changes the variable: the new key is in this file. */
  newKeyFile: string;
  usesEnvKey: boolean;
};

export const ROTATION_STOPPED = 'key rotation stopped as asked';

const refuse = (zh: string, en: string) => domainError({ code: 'invalid_input', record: 'keys rotate', zh, en });

function readKeyFile(file: string): Buffer {
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-fA-F]{64,}$/.test(text)) throw refuse(`${file} 不是有效的主密钥（至少 64 位十六进制）`, `${file} is not a valid master key (64 hex characters at least)`);
  return Buffer.from(text, 'hex');
}

function writeSecretFile(file: string, key: Buffer): void {
  const partial = `${file}.partial-${process.pid}`;
  fs.writeFileSync(partial, `${key.toString('hex')}\n`, { mode: 0o600 });
  fs.renameSync(partial, file);
}

/** Old key files kept by earlier switches, newest first. */
function oldKeyFiles(keyFile: string): string[] {
  const dir = path.dirname(keyFile);
  const base = `${path.basename(keyFile)}.old-`;
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.startsWith(base)).sort().reverse().map((f) => path.join(dir, f));
}

type Keys = { rotation: Rotation; oldVault: Vault | undefined; newVault: Vault; newKey: Buffer; resumed: boolean };

async function prepare(ctx: AppContext, actor: Actor, keys: KeySettings, options: RotateOptions): Promise<Keys> {
  if (!keys.masterKeyHex && !fs.existsSync(keys.keyFile)) {
    throw refuse(`找不到当前主密钥 ${keys.keyFile}`, `the current master key ${keys.keyFile} is not there`);
  }
  const primary = loadMasterKey(keys);
  const next = nextKeyFile(keys.keyFile);
  const given = options.newKeyFile ? readKeyFile(options.newKeyFile) : undefined;
  const open = await openRotation(ctx.db);
  if (open) {
    // Resuming: find both keys among the files by the check values the rotation recorded.
    const candidates = [primary, ...[next, ...oldKeyFiles(keys.keyFile)].filter((f) => fs.existsSync(f)).map(readKeyFile), ...(given ? [given] : [])];
    const find = (check: string) => candidates.find((k) => keyCheckValue(createVault(k)) === check);
    const newKey = find(open.new_check);
    const oldKey = find(open.old_check);
    if (!newKey) {
      throw refuse(`未完成的密钥轮换所用的新密钥找不到（应在 ${next}）：请放回该文件，或用 --new-key-file 指定`,
        `the new key of the unfinished rotation is not found (it should be ${next}): put that file back, or name it with --new-key-file`);
    }
    if (!oldKey && open.state === 'rekeying') {
      throw refuse('当前主密钥不是未完成的轮换开始时的主密钥', 'the current master key is not the one the unfinished rotation started from');
    }
    if (open.state === 'rekeying' && !fs.existsSync(next)) writeSecretFile(next, newKey);
    return { rotation: open, oldVault: oldKey ? createVault(oldKey) : undefined, newVault: createVault(newKey), newKey, resumed: true };
  }
  let newKey: Buffer;
  if (fs.existsSync(next)) {
    // A run that died before recording itself: take the key it wrote, never a second one.
    newKey = readKeyFile(next);
    if (given && !given.equals(newKey)) {
      throw refuse(`${next} 已存在且与 --new-key-file 不同：请先确认哪一个是要用的新密钥`, `${next} exists and differs from --new-key-file: decide which is the new key first`);
    }
  } else {
    newKey = given ?? randomBytes(32);
    writeSecretFile(next, newKey);
  }
  if (newKey.equals(primary)) throw refuse('新密钥与当前主密钥相同', 'the new key is the current master key');
  const oldVault = createVault(primary);
  const newVault = createVault(newKey);
  const rotation = await startRotation(ctx.db, keyCheckValue(oldVault), keyCheckValue(newVault), actor.login);
  await recordAudit(ctx, actor, { action: 'keys.rotate.start', entity: 'master_key', entityId: String(rotation.id), after: { oldCheck: rotation.old_check, newCheck: rotation.new_check } });
  return { rotation, oldVault, newVault, newKey, resumed: false };
}

function opener(keys: Keys, spec: string): (value: string) => string {
  return (value) => {
    try {
      return keys.newVault.decrypt(value);
    } catch {
      if (keys.oldVault) {
        try {
          return keys.oldVault.decrypt(value);
        } catch {
          // neither: said below
        }
      }
      throw domainError({ code: 'conflict', record: spec, zh: `${spec} 中有既非旧密钥也非新密钥加密的数据，轮换已停止`, en: `${spec} holds a value sealed under neither the old nor the new key: the rotation stopped` });
    }
  };
}

/** One batch: re-sealed and marked in one transaction with its cursor. Returns the rows done. */
async function rekeyBatch(db: Db, keys: Keys, spec: SealedTable, after: readonly string[] | null, limit: number, live: boolean, track = false): Promise<{ rows: number; last: string[] | null }> {
  const open = opener(keys, spec.table);
  const check = keys.rotation.new_check;
  return db.transaction().execute(async (trx) => {
    await allowRekey(trx);
    const rows = await nextUnsealed(trx, spec, check, after, limit);
    const sealed = rows.map((row) => {
      const plain = row.values.map((v) => (v === null ? null : open(v)));
      return {
        key: row.key,
        values: plain.map((p) => (p === null ? null : keys.newVault.encrypt(p))),
        hashes: plain.map((p, i) => (p !== null && spec.columns[i].hash ? keys.newVault.blindIndex(p) : null)),
      };
    });
    await writeSealed(trx, spec, check, sealed, live);
    const last = rows.length > 0 ? rows[rows.length - 1].key : null;
    if (track && last) {
      const before = keys.rotation.progress[spec.table]?.done ?? 0;
      keys.rotation.progress[spec.table] = { done: before + rows.length, cursor: last };
      await saveProgress(trx, keys.rotation.id, spec.table, before + rows.length, last);
    }
    return { rows: rows.length, last };
  });
}

/** Rows written with the marker cleared, from the start of each table, until none is left. */
async function sweep(db: Db, keys: Keys, live: boolean): Promise<number> {
  let total = 0;
  for (const spec of SEALED_TABLES) {
    for (;;) {
      const { rows } = await rekeyBatch(db, keys, spec, null, spec.batch, live);
      total += rows;
      if (rows === 0) break;
    }
  }
  return total;
}

async function switchOver(ctx: AppContext, keys: Keys): Promise<{ logins: RotateResult['logins']; codesDropped: number; swept: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    await allowRekey(trx);
    await lockSealedTables(trx);
    // Inside the lock nothing new comes: the sweep's batches share this transaction.
    let swept = 0;
    for (const spec of SEALED_TABLES) {
      for (;;) {
        const rows = await nextUnsealed(trx, spec, keys.rotation.new_check, null, spec.batch);
        if (rows.length === 0) break;
        const open = opener(keys, spec.table);
        await writeSealed(trx, spec, keys.rotation.new_check, rows.map((row) => {
          const plain = row.values.map((v) => (v === null ? null : open(v)));
          return {
            key: row.key,
            values: plain.map((p) => (p === null ? null : keys.newVault.encrypt(p))),
            hashes: plain.map((p, i) => (p !== null && spec.columns[i].hash ? keys.newVault.blindIndex(p) : null)),
          };
        }), false);
        swept += rows.length;
      }
    }
    const columns = await userSealedColumns(trx);
    const openUser = opener(keys, 'users');
    for (const user of await usersWithSealed(trx, columns)) {
      await updateUserSealed(trx, user.id, columns, user.values.map((v) => (v === null ? null : keys.newVault.encrypt(openUser(v)))));
    }
    const logins = { rekeyed: 0, unmatched: 0 };
    for (const account of await phoneLogins(trx)) {
      const phone = account.phone_enc ? keys.newVault.decrypt(account.phone_enc) : null;
      // The login is the phone's blind index under the old key; a worker whose phone changed since keeps no match.
      if (phone && keys.oldVault && account.login === `phone:${keys.oldVault.blindIndex(phone)}`) {
        await setLogin(trx, account.id, `phone:${keys.newVault.blindIndex(phone)}`);
        logins.rekeyed += 1;
      } else if (!(phone && account.login === `phone:${keys.newVault.blindIndex(phone)}`)) {
        logins.unmatched += 1;
      }
    }
    await installStagedIndexes(trx, keys.rotation.new_check);
    const codesDropped = await dropPendingCodes(trx);
    await setRotationState(trx, keys.rotation.id, 'switched');
    return { logins, codesDropped, swept };
  });
}

/** master.key kept aside with the time in its name, master.key.next renamed over it. */
function swapKeyFiles(keys: KeySettings, newKey: Buffer): string | null {
  const next = nextKeyFile(keys.keyFile);
  if (keys.masterKeyHex) return null;
  const current = fs.existsSync(keys.keyFile) ? readKeyFile(keys.keyFile) : undefined;
  if (current?.equals(newKey)) {
    fs.rmSync(next, { force: true });
    return oldKeyFiles(keys.keyFile)[0] ?? null;
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const old = `${keys.keyFile}.old-${stamp}`;
  if (current) fs.copyFileSync(keys.keyFile, old, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(old, 0o600);
  if (!fs.existsSync(next)) writeSecretFile(next, newKey);
  fs.renameSync(next, keys.keyFile);
  return old;
}

export async function rotateKeys(ctx: AppContext, actor: Actor, keySettings: KeySettings, options: RotateOptions = {}): Promise<RotateResult> {
  const keys = await prepare(ctx, actor, keySettings, options);
  let resealed = 0;
  let logins = { rekeyed: 0, unmatched: 0 };
  let codesDropped = 0;
  if (keys.rotation.state === 'rekeying') {
    const totals = await Promise.all(SEALED_TABLES.map((s) => countUnsealed(ctx.db, s, keys.rotation.new_check)));
    const total = totals.reduce((a, b) => a + b, 0);
    let batches = 0;
    options.progress?.(0, total);
    for (const spec of SEALED_TABLES) {
      let cursor = keys.rotation.progress[spec.table]?.cursor ?? null;
      for (;;) {
        if (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches) throw new Error(ROTATION_STOPPED);
        const step = await rekeyBatch(ctx.db, keys, spec, cursor, Math.min(options.batch ?? spec.batch, spec.batch), false, true);
        if (step.rows === 0) break;
        batches += 1;
        resealed += step.rows;
        cursor = step.last;
        options.progress?.(Math.min(resealed, total), total);
      }
    }
    // What the server wrote behind the cursors, then the switch itself.
    resealed += await sweep(ctx.db, keys, false);
    const switched = await switchOver(ctx, keys);
    resealed += switched.swept;
    logins = switched.logins;
    codesDropped = switched.codesDropped;
    keys.rotation.state = 'switched';
    await recordAudit(ctx, actor, { action: 'keys.rotate.switch', entity: 'master_key', entityId: String(keys.rotation.id), after: { newCheck: keys.rotation.new_check, resealed, logins, codesDropped } });
  }
  const oldKeyFile = swapKeyFiles(keySettings, keys.newKey);
  // Servers look at the key files once a second: what they sealed under the old key meanwhile is re-sealed now.
  await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 1_500));
  resealed += await sweep(ctx.db, keys, true);
  await setRotationState(ctx.db, keys.rotation.id, 'done');
  await recordAudit(ctx, actor, { action: 'keys.rotate.done', entity: 'master_key', entityId: String(keys.rotation.id), after: { newCheck: keys.rotation.new_check } });
  return { resumed: keys.resumed, resealed, logins, codesDropped, oldKeyFile, newKeyFile: keySettings.masterKeyHex ? nextKeyFile(keySettings.keyFile) : keySettings.keyFile, usesEnvKey: Boolean(keySettings.masterKeyHex) };
}
