// Worker threads start here. From the sources the entry is TypeScript, and on Node 20 a
// thread does not inherit the main thread's loader hooks, so the thread registers tsx
// itself before loading its entry module (named in workerData.entry); from the compiled
// build (dist/) the entry is JavaScript and is loaded as it is.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
