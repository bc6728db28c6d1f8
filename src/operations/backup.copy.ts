// The embedded database while `menkou serve` holds it: one process at a time may open a
// PGlite folder, so the backup copies the folder and dumps the copy. The copy is taken the
// way a base backup is: the control file first (its checkpoint is where recovery starts),
// then the data files, the write-ahead log last (it covers every page written while the data
// files were copied); PGlite replays the log when it opens the copy, which is the database as
// of the end of the copy. A copy that does not open is retried, then refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDomainError } from '../core/errors.js';
import { claimDataDir } from '../db/data-lock.js';

/** Whether another live process holds the embedded database's folder. */
export function heldByAnotherProcess(dataDir: string): boolean {
  if (!fs.existsSync(path.join(dataDir, 'pgdata'))) return false;
  try {
    claimDataDir(dataDir)();
    return false;
  } catch (error) {
    if (isDomainError(error) && error.problem.code === 'conflict') return true;
    throw error;
  }
}

/** A copy of `dataDir/pgdata` in a new temporary folder (its own data folder); the caller removes it. */
export function copyDataDir(dataDir: string): string {
  const source = path.join(dataDir, 'pgdata');
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'menkou-backup-copy-'));
  fs.chmodSync(copy, 0o700);
  const target = path.join(copy, 'pgdata');
  fs.mkdirSync(path.join(target, 'global'), { recursive: true });
  fs.copyFileSync(path.join(source, 'global', 'pg_control'), path.join(target, 'global', 'pg_control'));
  for (const entry of fs.readdirSync(source)) {
    if (entry === 'pg_wal' || entry === 'postmaster.pid') continue;
    fs.cpSync(path.join(source, entry), path.join(target, entry), {
      recursive: true, force: false, errorOnExist: false,
      filter: (from) => path.relative(source, from) !== path.join('global', 'pg_control'),
    });
  }
  fs.cpSync(path.join(source, 'pg_wal'), path.join(target, 'pg_wal'), { recursive: true });
  return copy;
}
