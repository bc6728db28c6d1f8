// The edge between commands and people: open the app, run, close; turn a DomainError into
// one clear line and an exit status; never show a stack trace unless MENKOU_DEBUG is set.
import type { AppContext } from '../app/context.js';
import { loadConfig } from '../core/config.js';
import { formatProblem, isDomainError, type ErrorCode } from '../core/errors.js';
import { isPgliteAbort } from '../db/data-lock.js';

type ExitRequest = Error & { exitCode: number };

/** Ends a command with a status and no further message (it has printed its own). */
export function exitWith(exitCode: number): ExitRequest {
  return Object.assign(new Error(`exit ${exitCode}`), { exitCode });
}

function isExitRequest(error: unknown): error is ExitRequest {
  return error instanceof Error && typeof (error as Partial<ExitRequest>).exitCode === 'number';
}

const EXIT_BY_CODE: Record<ErrorCode, number> = {
  invalid_input: 2,
  bad_file: 2,
  // An id given on the command line that names nothing is bad input like any other.
  not_found: 2,
  conflict: 4,
  unauthorized: 5,
  forbidden: 5,
  too_many_requests: 6,
  payload_too_large: 2,
};

export async function withContext<T>(work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // Loaded here, not at the top: `menkou --help` and the commands without a database skip it.
  const { openAppContext } = await import('../app/context.js');
  const ctx = await openAppContext({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    masterKeyHex: config.masterKeyHex,
    keyFile: config.keyFile,
    logLevel: process.env.LOG_LEVEL ?? 'warn',
  });
  try {
    return await work(ctx);
  } finally {
    await ctx.close();
  }
}

export function exitStatusFor(error: unknown): { status: number; line: string } {
  if (isExitRequest(error)) return { status: error.exitCode, line: '' };
  if (isDomainError(error)) {
    return { status: EXIT_BY_CODE[error.problem.code], line: `错误 error: ${formatProblem(error.problem)}` };
  }
  if (isPgliteAbort(error)) {
    // A holder the lock file does not know of (a menkou older than the lock, or a copy of
    // the folder in use elsewhere): PGlite only says Aborted().
    return {
      status: EXIT_BY_CODE.conflict,
      line:
        '错误 error: 内嵌数据库无法打开，多半是另一个进程（如 menkou serve）正在使用它：请先停止该进程，或设置 DATABASE_URL 使用 PostgreSQL 服务器 / ' +
        'the embedded database cannot be opened, most likely because another process (such as menkou serve) holds it: stop that process, or set DATABASE_URL to a PostgreSQL server',
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 1, line: `内部错误 internal error: ${message.split('\n')[0].slice(0, 200)}` };
}

/** One line on stderr (and the stack with MENKOU_DEBUG), and the exit status. */
export function reportFailure(error: unknown): void {
  const { status, line } = exitStatusFor(error);
  if (line) process.stderr.write(`${line}\n`);
  if (process.env.MENKOU_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = status;
}

/** Wraps a command action: one line on stderr and a non-zero exit on failure. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      reportFailure(error);
    }
  };
}
