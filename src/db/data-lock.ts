// The embedded database is one process at a time: a second PGlite on the same folder
// dies with a bare `Aborted()` (or worse, both write). PGlite's own postmaster.pid holds a
// made-up pid, so each process that opens the folder writes its own lock file with its
// real pid, and a process that finds a live one refuses up front, saying who holds it and
// what to do. A lock left by a process that died (kill -9) is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { domainError } from '../core/errors.js';

export const LOCK_FILE = 'menkou.lock';

type LockContent = { pid: number; command: string; startedAt: string };

// Several contexts of one process (tests) may open the same folder one after another.
const held = new Map<string, number>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A pid reused after a crash by something that is no Node process is no holder.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

function readLock(file: string): LockContent | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, command: String(parsed.command ?? ''), startedAt: String(parsed.startedAt ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

function heldElsewhere(dataDir: string, holder: LockContent): Error {
  const what = holder.command ? `“${holder.command.slice(0, 60)}”` : '';
  return domainError({
    code: 'conflict',
    record: dataDir,
    zh: `内嵌数据库正被另一个 menkou 进程使用（pid ${holder.pid}${what ? `，${what}` : ''}，自 ${holder.startedAt}）。` +
      '请先停止该进程（如 menkou serve）再运行本命令，或设置 DATABASE_URL 使用 PostgreSQL 服务器，' +
      `以便服务运行时也能导入导出。若确认该进程已不存在，可删除 ${path.join(dataDir, LOCK_FILE)}`,
    en: `the embedded database is held by another menkou process (pid ${holder.pid}${what ? `, ${what}` : ''}, since ${holder.startedAt}). ` +
      'Stop it first (e.g. menkou serve), or set DATABASE_URL to a PostgreSQL server so that imports and exports run while it serves. ' +
      `If you are sure that process is gone, delete ${path.join(dataDir, LOCK_FILE)}`,
  });
}

/** Takes the folder for this process, or throws the conflict naming the holder. Returns the release. */
export function claimDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  const key = path.resolve(file);
  const count = held.get(key);
  if (count !== undefined) {
    held.set(key, count + 1);
    return releaser(key, file);
  }
  const content: LockContent = {
    pid: process.pid,
    command: process.argv.slice(2).join(' '),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, `${JSON.stringify(content)}\n`, { flag: 'wx', mode: 0o600 });
      held.set(key, 1);
      return releaser(key, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLock(file);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw heldElsewhere(dataDir, holder);
    // Stale (its process is gone) or unreadable: take it over.
    fs.rmSync(file, { force: true });
  }
  throw heldElsewhere(dataDir, readLock(file) ?? { pid: 0, command: '', startedAt: '' });
}

function releaser(key: string, file: string): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const count = (held.get(key) ?? 1) - 1;
    if (count > 0) {
      held.set(key, count);
      return;
    }
    held.delete(key);
    if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
}

/** Whether an error is PGlite failing to start on a folder another process holds. */
export function isPgliteAbort(error: unknown): boolean {
  return error instanceof Error && /^Aborted\(/.test(error.message);
}
