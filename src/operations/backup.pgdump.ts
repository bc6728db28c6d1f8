// PostgreSQL's own tools for a PostgreSQL backup when they are installed: `pg_dump -Fc` run
// on the snapshot our transaction exported (so the manifest's counts and the archive are the
// same moment), restored by `pg_restore --single-transaction` (data before triggers and
// constraints, sequences set, all or nothing).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { sql } from 'kysely';
import { domainError } from '../core/errors.js';
import type { Db } from '../db/database.js';

export function pgToolAvailable(tool: 'pg_dump' | 'pg_restore'): boolean {
  return spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function exportSnapshot(db: Db): Promise<string> {
  const result = await sql<{ id: string }>`SELECT pg_export_snapshot() AS id`.execute(db);
  return result.rows[0].id;
}

function run(tool: string, args: string[], input?: fs.ReadStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2_000);
    });
    if (input && child.stdin) {
      input.pipe(child.stdin);
      child.stdin.on('error', () => undefined); // the exit status says what went wrong
    }
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(domainError({ code: 'bad_file', record: tool, zh: `${tool} 失败：${stderr.trim().split('\n').pop() ?? ''}`, en: `${tool} failed: ${stderr.trim().split('\n').pop() ?? ''}` }));
    });
  });
}

/** `pg_dump -Fc` of the exported snapshot into `file` (mode 600). */
export async function pgDump(databaseUrl: string, snapshot: string, file: string): Promise<void> {
  fs.writeFileSync(file, '', { mode: 0o600 });
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, '--file', file, '--dbname', databaseUrl]);
}

/** The archive's bytes from `offset` of the backup file into an empty database, in one transaction. */
export async function pgRestore(databaseUrl: string, file: string, offset: number): Promise<void> {
  await run('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', '--dbname', databaseUrl], fs.createReadStream(file, { start: offset }));
}
