// Runs an import's reading, row rules and sealing on a worker thread, so that the thread
// holding the database (PGlite runs inside this one) only writes. The worker builds its
// half of the spec from a module and a factory named in `ThreadJob` (functions cannot
// cross threads), runs the ordinary pipeline there, and sends each prepared batch here;
// the next batch is read and sealed there while this one is written here.
import { Worker } from 'node:worker_threads';
import { domainError, type Problem } from '../core/errors.js';
import type { BatchResult, ImportOptions, ImportOutcome, ImportProgress, ImportSpec } from './import-pipeline.js';

/** The worker's half of an import: rows in, ready-to-write payloads out. */
export type ThreadSpec<K extends string, T, P> = Omit<ImportSpec<K, T>, 'writeBatch' | 'prepareBatch'> & {
  prepareBatch: (batch: T[]) => P;
};

/** Where the worker finds its ThreadSpec: `module` exports `factory(args)`. Args must be cloneable. */
export type ThreadJob<A> = { module: string; factory: string; args: A };

export type ThreadOptions = Omit<ImportOptions, 'onProgress'> & { progress: boolean };

export type ThreadStart<A> = { file: string; job: ThreadJob<A>; options: ThreadOptions };

export type SerializedError = { message: string; stack?: string; problem?: Problem };

export type FromWorker<P> =
  | { type: 'batch'; id: number; payload: P }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'error'; error: SerializedError };

export type ToWorker = { type: 'written'; id: number; result: BatchResult };

const ENTRY = new URL(`./import-thread.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * A worker on our TypeScript sources. The CLI registers tsx through its API and vitest
 * transforms files itself, so neither is inherited by a worker: it registers tsx first.
 */
function startWorker<A>(start: ThreadStart<A>): Worker {
  if (!ENTRY.pathname.endsWith('.ts')) return new Worker(ENTRY, { workerData: start });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `const { register } = await import(${JSON.stringify(tsx)});\nregister();\nawait import(${JSON.stringify(ENTRY.href)});\n`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: start });
}

const betweenWrites = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

export function revive(error: SerializedError): Error {
  if (error.problem) return domainError(error.problem);
  const revived = new Error(error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}

export async function runImportInThread<A, P>(
  file: string,
  job: ThreadJob<A>,
  write: (payload: P) => Promise<BatchResult>,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const { onProgress, ...rest } = options;
  const worker = startWorker<A>({ file, job, options: { ...rest, progress: onProgress !== undefined } });
  try {
    return await new Promise<ImportOutcome>((resolve, reject) => {
      let settled = false;
      const finish = (error: Error | undefined, outcome?: ImportOutcome): void => {
        if (settled) return;
        settled = true;
        if (error) reject(error);
        else if (outcome) resolve(outcome);
      };
      worker.on('message', (message: FromWorker<P>) => {
        if (message.type === 'batch') {
          // One turn of the event loop's I/O before each write: PGlite runs on this thread,
          // and back-to-back writes would otherwise starve a request (a progress poll)
          // waiting for its socket to be read.
          betweenWrites().then(() => write(message.payload)).then(
            (result) => worker.postMessage({ type: 'written', id: message.id, result } satisfies ToWorker),
            (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
          );
        } else if (message.type === 'progress') {
          onProgress?.(message.progress);
        } else if (message.type === 'done') {
          finish(undefined, message.outcome);
        } else {
          finish(revive(message.error));
        }
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => finish(new Error(`import worker stopped (exit code ${code}) before finishing`)));
    });
  } finally {
    await worker.terminate();
  }
}
