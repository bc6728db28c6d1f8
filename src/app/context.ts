// What every use case needs: the database, the vault for personal data, the logger.
// Opened once by the server or a CLI command; tests open one per database.
import type { Logger } from 'pino';
import { createKeyRingVault, readKeyRing, type Vault } from '../core/crypto.js';
import { type Db, type DbKind, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { ensureReferenceData } from '../reference/reference.service.js';
import { createLogger } from './logger.js';

export type AppContext = {
  db: Db;
  kind: DbKind;
  vault: Vault;
  log: Logger;
  close: () => Promise<void>;
};

export type OpenOptions = {
  databaseUrl?: string;
  dataDir?: string;
  masterKeyHex?: string;
  keyFile?: string;
  logLevel?: string;
  seedDemo?: boolean;
  /** Where logs go (default: stderr); tests capture them. */
  logDestination?: NodeJS.WritableStream;
};

export async function openAppContext(options: OpenOptions): Promise<AppContext> {
  const log = createLogger(options.logLevel ?? 'silent', options.logDestination);
  const handle = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    await migrateToLatest(handle.db);
    await ensureReferenceData(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const keys = { masterKeyHex: options.masterKeyHex, keyFile: options.keyFile ?? `${options.dataDir ?? '.menkou'}/master.key` };
  // A ring, not one key: a running server reads through a key rotation and follows its switch.
  const vault = createKeyRingVault(() => readKeyRing(keys));
  return { db: handle.db, kind: handle.kind, vault, log, close: handle.close };
}
