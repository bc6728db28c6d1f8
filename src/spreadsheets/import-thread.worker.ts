// The worker side of runImportInThread: the ordinary pipeline, whose writes are sent to
// the parent thread and answered with their result. One write is in flight at a time,
// as in a single-thread import, so memory stays at about two batches.
import { parentPort, workerData } from 'node:worker_threads';
import { isDomainError } from '../core/errors.js';
import { type BatchResult, runImport } from './import-pipeline.js';
import type { FromWorker, SerializedError, ThreadSpec, ThreadStart, ToWorker } from './import-thread.js';

const port = parentPort;
if (!port) throw new Error('import-thread.worker runs as a worker thread only');

function post(message: FromWorker<unknown>): void {
  port?.postMessage(message);
}

function serialize(error: unknown): SerializedError {
  if (isDomainError(error)) return { message: error.message, problem: error.problem };
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

const waiting = new Map<number, (result: BatchResult) => void>();
port.on('message', (message: ToWorker) => {
  waiting.get(message.id)?.(message.result);
  waiting.delete(message.id);
});

async function main(start: ThreadStart<unknown>): Promise<void> {
  const module = (await import(start.job.module)) as Record<string, unknown>;
  const factory = module[start.job.factory];
  if (typeof factory !== 'function') throw new Error(`${start.job.module} exports no function ${start.job.factory}`);
  const spec = factory(start.job.args) as ThreadSpec<string, unknown, unknown>;
  let nextId = 0;
  const send = (payload: unknown): Promise<BatchResult> => {
    const id = nextId++;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      post({ type: 'batch', id, payload });
    });
  };
  const outcome = await runImport(
    start.file,
    {
      ...spec,
      writeBatch: (batch) => send(spec.prepareBatch(batch)),
      prepareBatch: (batch) => {
        const payload = spec.prepareBatch(batch);
        return () => send(payload);
      },
    },
    {
      ...start.options,
      onProgress: start.options.progress ? (progress) => post({ type: 'progress', progress }) : undefined,
    },
  );
  post({ type: 'done', outcome });
}

main(workerData as ThreadStart<unknown>).catch((error: unknown) => post({ type: 'error', error: serialize(error) }));
