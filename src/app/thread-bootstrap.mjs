// Worker threads start here: the sources are TypeScript, and on Node 20 a thread does not
// inherit the main thread's loader hooks, so each thread registers tsx itself before
// loading its entry module (named in workerData.entry).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
