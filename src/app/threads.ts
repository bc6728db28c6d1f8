import { Worker } from 'node:worker_threads';

// This module runs as .ts from the sources (tsx, vitest) or as .js from the compiled dist/.
const COMPILED = !import.meta.url.endsWith('.ts');

/**
 * A worker thread running one of our modules; `data` reaches it as workerData.data. Callers
 * name the module as in the sources (`new URL('./x.thread.ts', import.meta.url)`); from
 * the compiled build that is the .js beside it.
 */
export function typescriptWorker(entry: URL, data: unknown): Worker {
  const href = COMPILED ? entry.href.replace(/\.ts$/, '.js') : entry.href;
  return new Worker(new URL('./thread-bootstrap.mjs', import.meta.url), { workerData: { entry: href, data } });
}
