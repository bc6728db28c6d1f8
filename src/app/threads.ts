import { Worker } from 'node:worker_threads';

/** A worker thread running a TypeScript module; `data` reaches it as workerData.data. */
export function typescriptWorker(entry: URL, data: unknown): Worker {
  return new Worker(new URL('./thread-bootstrap.mjs', import.meta.url), { workerData: { entry: entry.href, data } });
}
