// `menkou restore FILE`: a backup into an empty data folder or database, all or nothing.
// Everything that can refuse is checked before the target is touched (the file's SM3
// digest, its migration level, the master key); then the backup's own migrations and its
// rows go in within one transaction, with our triggers off (the journals and the audit log
// are append-only, and the audit chain's digests must come back as they were written).
import fs from 'node:fs';
import path from 'node:path';
import { createVault, loadMasterKey } from '../core/crypto.js';
import { domainError } from '../core/errors.js';
import { type Db, openDatabase } from '../db/database.js';
import { knownMigrations, migrateOnly } from '../db/migrate.js';
import { type BackupHeader, type BackupManifest, readBackupHeader, readPayload, verifyPayload } from './backup.format.js';
import { emptyTables, insertRows, listTables, resetSequences, setUserTriggers, userTables } from './backup.repository.js';
import { keyCheckValue } from './key-check.js';
import { pgRestore, pgToolAvailable } from './backup.pgdump.js';

const BATCH = 1_000;

export type RestoreTarget = { databaseUrl?: string; dataDir: string; masterKeyHex?: string; keyFile: string };
export type RestoreProgress = (stage: 'verify' | 'load', done: number, total: number) => void;

const refuse = (file: string, zh: string, en: string) => domainError({ code: 'invalid_input', record: path.basename(file), zh, en });

/** The master key this installation would use, never a new one: restoring under a fresh key would be unreadable. */
function currentKey(target: RestoreTarget, file: string): Buffer {
  if (!target.masterKeyHex && !fs.existsSync(target.keyFile)) {
    throw refuse(file,
      `找不到主密钥（${target.keyFile}，或 MENKOU_KEY）：请先放回备份时使用的主密钥，再恢复`,
      `no master key found (${target.keyFile}, or MENKOU_KEY): put back the key the backup was made under, then restore`);
  }
  return loadMasterKey({ masterKeyHex: target.masterKeyHex, keyFile: target.keyFile });
}

export function checkManifest(file: string, manifest: BackupManifest, keyCheck: string): void {
  const known = new Set(knownMigrations());
  const newer = manifest.migrations.filter((name) => !known.has(name));
  if (newer.length > 0) {
    throw refuse(file,
      `备份来自更新的 menkou（数据库迁移 ${newer.join('、')} 本程序没有）：请先升级 menkou 到 ${manifest.menkouVersion} 或更新版本`,
      `the backup comes from a newer menkou (migrations ${newer.join(', ')} are unknown to this one): upgrade menkou to ${manifest.menkouVersion} or later first`);
  }
  if (manifest.keyCheck !== keyCheck) {
    throw refuse(file,
      '当前主密钥与备份时的主密钥不一致，恢复后身份证号和手机号将无法读取：请放回备份时使用的主密钥（master.key 或 MENKOU_KEY）',
      'the current master key is not the one the backup was made under, so identity numbers and phones would be unreadable: put back that key (master.key or MENKOU_KEY)');
  }
}

export async function restoreBackup(file: string, target: RestoreTarget, progress?: RestoreProgress): Promise<BackupManifest> {
  const header = readBackupHeader(file);
  checkManifest(file, header.manifest, keyCheckValue(createVault(currentKey(target, file))));
  await verifyPayload(file, header, (bytes) => progress?.('verify', bytes, header.manifest.checksum.bytes));

  if (header.manifest.payload === 'pg_dump-custom') {
    await restorePgDump(file, header, target);
    return header.manifest;
  }
  const pgdata = path.join(target.dataDir, 'pgdata');
  const madeFolder = !target.databaseUrl && !fs.existsSync(pgdata);
  const handle = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.databaseUrl ? undefined : target.dataDir });
  let ok = false;
  try {
    await refuseNonEmpty(handle.db, file);
    await handle.db.transaction().execute(async (trx) => {
      await migrateOnly(trx, header.manifest.migrations);
      await loadRows(trx, file, header, progress);
    });
    ok = true;
    return header.manifest;
  } finally {
    await handle.close();
    // PGlite's folder was made by this restore: a failure leaves none behind.
    if (!ok && madeFolder) fs.rmSync(pgdata, { recursive: true, force: true });
  }
}

async function refuseNonEmpty(db: Db, file: string): Promise<void> {
  const existing = await userTables(db);
  if (existing.length > 0) {
    throw refuse(file,
      `目标数据库不是空的（已有 ${existing.length} 张表，如 ${existing.slice(0, 3).join('、')}）：恢复只写入空的数据目录或空数据库`,
      `the target database is not empty (it has ${existing.length} tables, e.g. ${existing.slice(0, 3).join(', ')}): restore writes only into an empty data folder or database`);
  }
}

/** A pg_dump archive goes back through pg_restore, in one transaction: a failure leaves the database empty. */
async function restorePgDump(file: string, header: BackupHeader, target: RestoreTarget): Promise<void> {
  if (!target.databaseUrl) {
    throw refuse(file, '此备份由 pg_dump 生成，只能恢复到 PostgreSQL（请设置 DATABASE_URL）；要恢复到内嵌数据库，请用 --format logical 备份',
      'this backup was made by pg_dump and restores into PostgreSQL only (set DATABASE_URL); for the embedded database, back up with --format logical');
  }
  if (!pgToolAvailable('pg_restore')) throw refuse(file, '找不到 pg_restore：请安装 PostgreSQL 客户端工具', 'pg_restore is not installed: install the PostgreSQL client tools');
  const handle = await openDatabase({ databaseUrl: target.databaseUrl });
  try {
    await refuseNonEmpty(handle.db, file);
  } finally {
    await handle.close();
  }
  await pgRestore(target.databaseUrl, file, header.payloadOffset);
}

async function loadRows(trx: Parameters<typeof listTables>[0], file: string, header: BackupHeader, progress?: RestoreProgress): Promise<void> {
  const manifest = header.manifest;
  const tables = new Map((await listTables(trx)).map((t) => [t.name, t]));
  for (const t of manifest.tables) {
    const here = tables.get(t.name);
    const missing = here ? t.columns.filter((c) => !here.columns.includes(c)) : [];
    if (!here || missing.length > 0) {
      throw refuse(file, `备份中的表 ${t.name} 与其迁移版本的结构不符`, `table ${t.name} in the backup does not match its migration level's schema${missing.length ? ` (columns ${missing.join(', ')})` : ''}`);
    }
  }
  const names = manifest.tables.map((t) => t.name);
  await setUserTriggers(trx, names, false);
  await emptyTables(trx, names);
  const total = manifest.tables.reduce((a, t) => a + t.rows, 0);
  let done = 0;
  const counted = new Map<string, number>();
  for await (const section of readPayload(file, header, BATCH)) {
    if ('end' in section) {
      const expected = manifest.tables.find((t) => t.name === section.end)?.rows;
      if (expected !== section.rows || (counted.get(section.end) ?? 0) !== section.rows) {
        throw refuse(file, `表 ${section.end} 的行数与清单不符`, `table ${section.end} has not the row count its manifest says`);
      }
      continue;
    }
    const table = tables.get(section.table);
    if (!table) throw refuse(file, `备份中有清单未列出的表 ${section.table}`, `the backup holds table ${section.table}, which its manifest does not list`);
    await insertRows(trx, table, section.columns, section.rows);
    counted.set(section.table, (counted.get(section.table) ?? 0) + section.rows.length);
    done += section.rows.length;
    progress?.('load', done, total);
  }
  for (const t of manifest.tables) {
    if ((counted.get(t.name) ?? 0) !== t.rows) throw refuse(file, `表 ${t.name} 的数据不完整`, `table ${t.name} is incomplete in the backup`);
  }
  await setUserTriggers(trx, names, true);
  await resetSequences(trx);
}
